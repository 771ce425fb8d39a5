package org.kabinet.testutil;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kabinet.model.AddressForm;
import org.kabinet.model.Channel;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Consents;
import org.kabinet.model.ContactDetails;
import org.kabinet.model.Goal;
import org.kabinet.model.GoalStatus;
import org.kabinet.model.ProblemTag;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.Sex;

/** Typical clients for tests, in the spirit of AddressBook's TypicalPersons. */
public final class ClientBuilders {

    private ClientBuilders() {
    }

    /** A full card: every field filled, as after a first consultation. */
    public static ClientBuilder olga() {
        return new ClientBuilder()
                .name("Иванова", "Ольга", "Петровна")
                .address(new AddressForm("Ольга Петровна", true))
                .contacts(new ContactDetails(List.of("+7 (916) 123-45-67", "8 495 765 43 21"),
                        "olga@example.org", "@olga_iv", Channel.MESSAGE))
                .birthDate(LocalDate.of(1984, 3, 15))
                .sex(Sex.FEMALE)
                .city("Москва")
                .occupation("бухгалтер")
                .firstContact(LocalDate.of(2026, 9, 1))
                .request("Не могу выстроить отношения с матерью")
                .goals(List.of(new Goal("Спокойно говорить с мамой", GoalStatus.IN_PROGRESS),
                        new Goal("Перестать винить себя", GoalStatus.SET)))
                .problems(Set.of(ProblemTag.RELATIONSHIPS, ProblemTag.SELF_DOUBT))
                .format(SessionFormat.IN_PERSON)
                .language("русский")
                .consents(new Consents(LocalDate.of(2026, 9, 1), true, true, false))
                .status(ClientStatus.ACTIVE)
                .askNextTime("Как прошёл разговор с мамой?");
    }

    /**
     * A second full card whose name has "ё" and whose phone is a mobile written in the usual
     * "+7 (…)" way, for search and duplicate tests.
     */
    public static ClientBuilder anna() {
        return new ClientBuilder()
                .name("Семёнова", "Анна", "Сергеевна")
                .contacts(new ContactDetails(List.of("+7 (912) 345-67-89"), "anna.s@example.com", "",
                        Channel.CALL))
                .birthDate(LocalDate.of(1990, 11, 25))
                .sex(Sex.FEMALE)
                .city("Тверь")
                .firstContact(LocalDate.of(2026, 10, 5))
                .format(SessionFormat.ONLINE)
                .consents(new Consents(LocalDate.of(2026, 10, 5), true, false, false))
                .status(ClientStatus.ENQUIRY);
    }

    /** The least a card can hold: a first name. */
    public static ClientBuilder minimal(String firstName) {
        return new ClientBuilder().name("", firstName, "");
    }
}
