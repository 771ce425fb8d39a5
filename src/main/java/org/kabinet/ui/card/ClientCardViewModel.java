package org.kabinet.ui.card;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.kabinet.i18n.DateFormats;
import org.kabinet.logic.ClientService;
import org.kabinet.logic.ValidationException;
import org.kabinet.model.Channel;
import org.kabinet.model.Client;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.ClientValidator;
import org.kabinet.model.FieldError;
import org.kabinet.model.GoalStatus;
import org.kabinet.model.PersonName;
import org.kabinet.model.PossibleDuplicate;
import org.kabinet.model.ProblemTag;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.Sex;
import org.kabinet.model.Source;
import org.kabinet.ui.common.TaskExecutor;

/**
 * The client card being viewed or edited. Holds every field as an observable property for the
 * view to bind, knows whether there are unsaved edits, and saves in the background. Field
 * problems come back as message keys next to their fields ({@link #error}).
 */
public final class ClientCardViewModel {

    /** Asks the user whether to save a card that may duplicate saved clients. */
    public interface DuplicatePrompt {
        boolean saveAnyway(List<PossibleDuplicate> duplicates);
    }

    private final ClientService service;
    private final TaskExecutor executor;
    private final DateFormats dates;
    private final LongFunction<Optional<PersonName>> clientNames;
    private final Consumer<Throwable> onError;
    private DuplicatePrompt duplicatePrompt = d -> true;
    /** The open client's list row: last and next session, progress in the program. */
    private final ObjectProperty<ClientSummary> activity = new SimpleObjectProperty<>();

    final CardFields fields = new CardFields();
    private final ObservableSet<ProblemTag> problems = FXCollections.observableSet(EnumSet.noneOf(ProblemTag.class));
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final Map<String, StringProperty> errors = new HashMap<>();

    private final ReadOnlyObjectWrapper<Client> original = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Long> referredById = new SimpleObjectProperty<>();
    private final StringProperty referredByName = new SimpleStringProperty("");
    private boolean loading;
    private boolean triedToSave;

    public ClientCardViewModel(ClientService service, TaskExecutor executor, DateFormats dates,
            LongFunction<Optional<PersonName>> clientNames, Consumer<Throwable> onError) {
        this.service = service;
        this.executor = executor;
        this.dates = dates;
        this.clientNames = clientNames;
        this.onError = onError;
        for (String field : CardFields.ERROR_FIELDS) {
            errors.put(field, new SimpleStringProperty(""));
        }
        List<Observable> watched = new ArrayList<>(fields.all());
        watched.add(problems);
        watched.add(referredById);
        watched.add(referredByName);
        watched.forEach(o -> o.addListener(x -> edited()));
    }

    public void setDuplicatePrompt(DuplicatePrompt prompt) {
        this.duplicatePrompt = prompt;
    }

    /** Shows a saved card. */
    public void show(Client client) {
        loading = true;
        try {
            fields.fill(client, dates);
            fields.selectSource(client.sourceId(), sources);
            problems.clear();
            problems.addAll(client.problems());
            referredById.set(client.referredById());
            referredByName.set(client.referredById() == null ? ""
                    : clientNames.apply(client.referredById()).map(PersonName::full).orElse(""));
            fields.referredByText.set(referredByName.get());
            clearErrors();
            triedToSave = false;
            original.set(client);
        } finally {
            loading = false;
        }
        dirty.set(false);
    }

    /**
     * "Next time, ask about…" changed outside the card (a line pinned from a note, or cleared): the
     * header shows it at once, and so does the field unless she has unsaved words in it.
     */
    public void askNextTimeChanged(String ask) {
        Client before = original.get();
        if (before == null || before.isNew()) {
            return;
        }
        boolean untouched = fields.askNextTime.get().equals(before.askNextTime());
        Client after = org.kabinet.model.ClientBuilder.from(before).askNextTime(ask).build();
        loading = true;
        try {
            original.set(after);
            if (untouched) {
                fields.askNextTime.set(after.askNextTime());
            }
        } finally {
            loading = false;
        }
        edited();
    }

    /** Starts a new card, with today as the first contact and consent not yet given. */
    public void startNew() {
        show(Client.newCard(service.today()));
    }

    /** Leaves the card empty: nothing selected. */
    public void close() {
        original.set(null);
        dirty.set(false);
        clearErrors();
    }

    /** Throws away unsaved edits and shows the card as last saved. */
    public void revert() {
        Client c = original.get();
        if (c != null) {
            show(c);
        }
    }

    /** Picks the client who recommended this one (from the suggestions); null clears it. */
    public void setReferredBy(Long id, PersonName name) {
        referredById.set(id);
        referredByName.set(name == null ? "" : name.full());
    }

    /**
     * Validates and, when the card is right, checks for possible duplicates and saves in the
     * background. {@code onSaved} runs with the saved card; on field errors it does not run and
     * the errors show next to their fields.
     */
    public void save(Consumer<Client> onSaved) {
        if (original.get() == null || saving.get()) {
            return;
        }
        triedToSave = true;
        List<FieldError> problemsFound = new ArrayList<>();
        Client draft = draft(problemsFound);
        problemsFound.addAll(service.validate(draft));
        showErrors(problemsFound);
        if (!problemsFound.isEmpty()) {
            return;
        }
        saving.set(true);
        boolean checkDuplicates = needsDuplicateCheck(draft);
        executor.run(() -> checkDuplicates ? service.possibleDuplicates(draft) : List.<PossibleDuplicate>of(),
                duplicates -> {
                    if (!duplicates.isEmpty() && !duplicatePrompt.saveAnyway(duplicates)) {
                        saving.set(false);
                        return;
                    }
                    executor.run(() -> service.save(draft), saved -> {
                        saving.set(false);
                        show(saved);
                        onSaved.accept(saved);
                    }, this::saveFailed);
                }, this::saveFailed);
    }

    /** Archives the client shown; {@code onDone} gets the card as it now is. */
    public void archive(String reason, Consumer<Client> onDone) {
        long id = original.get().id();
        executor.run(() -> service.archive(id, reason), archived -> {
            show(archived);
            onDone.accept(archived);
        }, onError);
    }

    /** Brings the client shown back from the archive. */
    public void restoreFromArchive(Consumer<Client> onDone) {
        long id = original.get().id();
        executor.run(() -> service.restoreFromArchive(id), restored -> {
            show(restored);
            onDone.accept(restored);
        }, onError);
    }

    /**
     * Deletes the client shown for good when {@code typedName} is their full name;
     * {@code onDone} learns whether it happened.
     */
    public void deletePermanently(String typedName, Consumer<Boolean> onDone) {
        long id = original.get().id();
        executor.run(() -> service.deletePermanently(id, typedName), deleted -> {
            if (deleted) {
                close();
            }
            onDone.accept(deleted);
        }, onError);
    }

    private void saveFailed(Throwable error) {
        saving.set(false);
        if (error instanceof ValidationException v) {
            showErrors(v.errors());
        } else {
            onError.accept(error);
        }
    }

    /** Only a new card, or a change to what identifies a person, needs the duplicate check. */
    private boolean needsDuplicateCheck(Client draft) {
        Client before = original.get();
        return before.isNew() || !before.name().sameAs(draft.name())
                || !java.util.Objects.equals(before.birthDate(), draft.birthDate())
                || !before.contacts().phones().equals(draft.contacts().phones());
    }

    /** The card as the fields now say; dates that do not parse are reported in {@code problems}. */
    Client draft(List<FieldError> problemsFound) {
        Long referrer = referredById.get();
        if (!fields.referredByText.get().isBlank() && referrer == null) {
            problemsFound.add(new FieldError(ClientValidator.REFERRED_BY, "validation.referredBy.pick"));
        }
        if (fields.referredByText.get().isBlank()) {
            referrer = null;
        }
        return fields.toClient(original.get(), problems, referrer, dates, service.today(), problemsFound);
    }

    private void edited() {
        if (loading || original.get() == null) {
            return;
        }
        if (!fields.referredByText.get().equals(referredByName.get())) {
            referredById.set(null);
        }
        Client draft = draft(new ArrayList<>());
        dirty.set(!draft.equals(original.get()));
        if (triedToSave) {
            List<FieldError> found = new ArrayList<>();
            Client checked = draft(found);
            found.addAll(service.validate(checked));
            showErrors(found);
        }
    }

    private void showErrors(List<FieldError> found) {
        clearErrors();
        for (FieldError e : found) {
            StringProperty target = errors.get(e.field());
            if (target != null && target.get().isEmpty()) {
                target.set(e.messageKey());
            }
        }
    }

    private void clearErrors() {
        errors.values().forEach(p -> p.set(""));
    }

    /** The message key of the problem with {@code field}, or "" when there is none. */
    public StringProperty error(String field) {
        StringProperty p = errors.get(field);
        if (p == null) {
            throw new IllegalArgumentException("no such field: " + field);
        }
        return p;
    }

    public boolean hasErrors() {
        return errors.values().stream().anyMatch(p -> !p.get().isEmpty());
    }

    // Fields for the view to bind.
    public StringProperty lastName() { return fields.lastName; }
    public StringProperty firstName() { return fields.firstName; }
    public StringProperty patronymic() { return fields.patronymic; }
    public StringProperty addressName() { return fields.addressName; }
    public BooleanProperty addressFormal() { return fields.addressFormal; }
    public StringProperty phone() { return fields.phone; }
    public StringProperty secondPhone() { return fields.secondPhone; }
    public StringProperty email() { return fields.email; }
    public StringProperty messenger() { return fields.messenger; }
    public ObjectProperty<Channel> preferredChannel() { return fields.preferredChannel; }
    public StringProperty birthDate() { return fields.birthDate; }
    public ObjectProperty<Sex> sex() { return fields.sex; }
    public StringProperty city() { return fields.city; }
    public StringProperty occupation() { return fields.occupation; }
    public StringProperty language() { return fields.language; }
    public ObjectProperty<SessionFormat> format() { return fields.format; }
    public StringProperty firstContact() { return fields.firstContact; }
    public ObjectProperty<Source> source() { return fields.source; }
    public StringProperty referredByText() { return fields.referredByText; }
    public StringProperty request() { return fields.request; }
    public StringProperty goalText(int i) { return fields.goalTexts.get(i); }
    public ObjectProperty<GoalStatus> goalStatus(int i) { return fields.goalStatuses.get(i); }
    public ObservableSet<ProblemTag> problems() { return problems; }
    public BooleanProperty consentData() { return fields.consentData; }
    public StringProperty consentDate() { return fields.consentDate; }
    public BooleanProperty sessionMessages() { return fields.sessionMessages; }
    public BooleanProperty birthdayGreetings() { return fields.birthdayGreetings; }
    public BooleanProperty doNotContact() { return fields.doNotContact; }
    public ObjectProperty<ClientStatus> status() { return fields.status; }
    public StringProperty endReason() { return fields.endReason; }
    public StringProperty askNextTime() { return fields.askNextTime; }

    public ObservableList<Source> sources() { return sources; }
    public ReadOnlyObjectProperty<Client> original() { return original.getReadOnlyProperty(); }
    public ObjectProperty<ClientSummary> activity() { return activity; }
    public ReadOnlyBooleanProperty dirty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty saving() { return saving.getReadOnlyProperty(); }
    public ObjectProperty<Long> referredById() { return referredById; }
    public java.time.LocalDate today() { return service.today(); }
}
