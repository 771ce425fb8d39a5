package org.kabinet.ui.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kabinet.i18n.DateFormats;
import org.kabinet.model.AddressForm;
import org.kabinet.model.Channel;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientValidator;
import org.kabinet.model.Consents;
import org.kabinet.model.ContactDetails;
import org.kabinet.model.FieldError;
import org.kabinet.model.Goal;
import org.kabinet.model.GoalStatus;
import org.kabinet.model.PersonName;
import org.kabinet.model.ProblemTag;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.Sex;
import org.kabinet.model.Source;
import org.kabinet.model.Text;

/** The editable fields of the card, and the translation between them and a {@link Client}. */
final class CardFields {

    /** Every field that can show an error next to it. */
    static final List<String> ERROR_FIELDS = List.of(ClientValidator.FIRST_NAME,
            ClientValidator.LAST_NAME, ClientValidator.PATRONYMIC, ClientValidator.PHONES,
            ClientValidator.EMAIL, ClientValidator.BIRTH_DATE, ClientValidator.FIRST_CONTACT,
            ClientValidator.CONSENT_DATE, ClientValidator.REFERRED_BY, ClientValidator.GOALS,
            ClientValidator.CITY, ClientValidator.OCCUPATION, ClientValidator.MESSENGER,
            ClientValidator.ADDRESS, ClientValidator.LANGUAGE, ClientValidator.REQUEST,
            ClientValidator.END_REASON, ClientValidator.ASK_NEXT_TIME);

    final StringProperty lastName = new SimpleStringProperty("");
    final StringProperty firstName = new SimpleStringProperty("");
    final StringProperty patronymic = new SimpleStringProperty("");
    final StringProperty addressName = new SimpleStringProperty("");
    final BooleanProperty addressFormal = new SimpleBooleanProperty(true);
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty secondPhone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty messenger = new SimpleStringProperty("");
    final ObjectProperty<Channel> preferredChannel = new SimpleObjectProperty<>();
    final StringProperty birthDate = new SimpleStringProperty("");
    final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    final StringProperty city = new SimpleStringProperty("");
    final StringProperty occupation = new SimpleStringProperty("");
    final StringProperty language = new SimpleStringProperty("");
    final ObjectProperty<SessionFormat> format = new SimpleObjectProperty<>();
    final StringProperty firstContact = new SimpleStringProperty("");
    final ObjectProperty<Source> source = new SimpleObjectProperty<>();
    final StringProperty referredByText = new SimpleStringProperty("");
    final StringProperty request = new SimpleStringProperty("");
    final List<StringProperty> goalTexts = List.of(new SimpleStringProperty(""),
            new SimpleStringProperty(""), new SimpleStringProperty(""));
    final List<ObjectProperty<GoalStatus>> goalStatuses = List.of(
            new SimpleObjectProperty<>(GoalStatus.SET), new SimpleObjectProperty<>(GoalStatus.SET),
            new SimpleObjectProperty<>(GoalStatus.SET));
    final BooleanProperty consentData = new SimpleBooleanProperty(false);
    final StringProperty consentDate = new SimpleStringProperty("");
    final BooleanProperty sessionMessages = new SimpleBooleanProperty(false);
    final BooleanProperty birthdayGreetings = new SimpleBooleanProperty(false);
    final BooleanProperty doNotContact = new SimpleBooleanProperty(false);
    final ObjectProperty<ClientStatus> status = new SimpleObjectProperty<>(ClientStatus.ENQUIRY);
    final StringProperty endReason = new SimpleStringProperty("");
    final StringProperty askNextTime = new SimpleStringProperty("");

    /** Every property, so that one listener can notice any edit. */
    List<Observable> all() {
        List<Observable> all = new ArrayList<>(List.of(lastName, firstName, patronymic, addressName,
                addressFormal, phone, secondPhone, email, messenger, preferredChannel, birthDate, sex,
                city, occupation, language, format, firstContact, source, referredByText, request,
                consentData, consentDate, sessionMessages, birthdayGreetings, doNotContact, status,
                endReason, askNextTime));
        all.addAll(goalTexts);
        all.addAll(goalStatuses);
        return all;
    }

    void fill(Client c, DateFormats dates) {
        lastName.set(c.name().lastName());
        firstName.set(c.name().firstName());
        patronymic.set(c.name().patronymic());
        addressName.set(c.address().name());
        addressFormal.set(c.address().formal());
        List<String> phones = c.contacts().phones();
        phone.set(phones.isEmpty() ? "" : phones.get(0));
        secondPhone.set(phones.size() < 2 ? "" : String.join(", ", phones.subList(1, phones.size())));
        email.set(c.contacts().email());
        messenger.set(c.contacts().messenger());
        preferredChannel.set(c.contacts().preferred());
        birthDate.set(dates.format(c.birthDate()));
        sex.set(c.sex());
        city.set(c.city());
        occupation.set(c.occupation());
        language.set(c.language());
        format.set(c.format());
        firstContact.set(dates.format(c.firstContact()));
        referredByText.set("");
        request.set(c.request());
        for (int i = 0; i < goalTexts.size(); i++) {
            Goal g = i < c.goals().size() ? c.goals().get(i) : null;
            goalTexts.get(i).set(g == null ? "" : g.text());
            goalStatuses.get(i).set(g == null ? GoalStatus.SET : g.status());
        }
        consentData.set(c.consents().dataProcessingGiven());
        consentDate.set(dates.format(c.consents().dataProcessingDate()));
        sessionMessages.set(c.consents().sessionMessages());
        birthdayGreetings.set(c.consents().birthdayGreetings());
        doNotContact.set(c.consents().doNotContact());
        status.set(c.status());
        endReason.set(c.endReason());
        askNextTime.set(c.askNextTime());
    }

    /** Selects the source of the card among those offered (sources are loaded separately). */
    void selectSource(Long sourceId, List<Source> offered) {
        source.set(sourceId == null ? null
                : offered.stream().filter(s -> s.id() == sourceId).findFirst().orElse(null));
    }

    Client toClient(Client base, Set<ProblemTag> problems, Long referrer, DateFormats dates,
            LocalDate today, List<FieldError> problemsFound) {
        List<String> phones = new ArrayList<>();
        phones.add(phone.get());
        for (String extra : secondPhone.get().split("[,;]")) {
            phones.add(extra);
        }
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < goalTexts.size(); i++) {
            goals.add(new Goal(goalTexts.get(i).get(), goalStatuses.get(i).get()));
        }
        LocalDate consentOn = null;
        if (consentData.get()) {
            consentOn = Text.clean(consentDate.get()).isEmpty() ? today
                    : date(consentDate.get(), ClientValidator.CONSENT_DATE, dates, problemsFound);
        }
        return new ClientBuilder()
                .id(base == null ? 0 : base.id())
                .name(new PersonName(lastName.get(), firstName.get(), patronymic.get()))
                .address(new AddressForm(addressName.get(), addressFormal.get()))
                .contacts(new ContactDetails(phones, email.get(), messenger.get(), preferredChannel.get()))
                .birthDate(date(birthDate.get(), ClientValidator.BIRTH_DATE, dates, problemsFound))
                .sex(sex.get())
                .city(city.get())
                .occupation(occupation.get())
                .language(language.get())
                .format(format.get())
                .firstContact(date(firstContact.get(), ClientValidator.FIRST_CONTACT, dates, problemsFound))
                .sourceId(source.get() == null ? null : source.get().id())
                .referredById(referrer)
                .request(request.get())
                .goals(goals)
                .problems(problems)
                .consents(new Consents(consentOn, sessionMessages.get(), birthdayGreetings.get(),
                        doNotContact.get()))
                .status(status.get())
                .endReason(status.get() != null && status.get().endsWork() ? endReason.get() : "")
                .askNextTime(askNextTime.get())
                .build();
    }

    private static LocalDate date(String text, String field, DateFormats dates, List<FieldError> problemsFound) {
        String t = Text.clean(text);
        if (t.isEmpty()) {
            return null;
        }
        return dates.parse(t).orElseGet(() -> {
            problemsFound.add(new FieldError(field, "validation.date.format"));
            return null;
        });
    }
}
