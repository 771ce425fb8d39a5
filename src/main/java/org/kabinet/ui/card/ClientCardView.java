package org.kabinet.ui.card;

import org.kabinet.ui.planner.CallTarget;
import org.kabinet.ui.planner.LogContactDialog;
import org.kabinet.ui.planner.PlanCallDialog;
import org.kabinet.ui.planner.PlanRowView;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import java.util.function.LongConsumer;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.SearchableClient;
import org.kabinet.model.Channel;
import org.kabinet.model.Client;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientValidator;
import org.kabinet.model.GoalStatus;
import org.kabinet.model.ProblemTag;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.Sex;
import org.kabinet.ui.common.Choices;
import org.kabinet.ui.common.DateField;
import org.kabinet.ui.common.FieldErrors;
import org.kabinet.ui.common.Fxml;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.Tooltips;
import org.kabinet.ui.main.CardTab;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.notes.NotesTab;
import org.kabinet.ui.common.TabKey;

/** The client card on screen: binds every field to {@link ClientCardViewModel}. */
public final class ClientCardView {

    private final ClientCardViewModel vm;
    private final Messages messages;
    private final DateFormats dates;
    private final StackPane root;
    private final ScreenContext context;
    private final CardActivityViewModel activity;
    private boolean sessionsBuilt;
    private boolean programBuilt;
    private HomeworkTab homework;
    private NotesTab notes;
    private TimelineTab timeline;

    @FXML private StackPane cardRoot;
    @FXML private VBox emptyState;
    @FXML private VBox cardPane;
    @FXML private Label titleLabel;
    @FXML private Label statusBadge;
    @FXML private Label factsLabel;
    @FXML private Label askNextTimeBanner;
    @FXML private HBox askNextTimeBar;
    @FXML private Button clearAskButton;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private MenuButton moreButton;
    @FXML private MenuItem logContactItem;
    @FXML private MenuItem planCallItem;
    @FXML private Label lastContactLabel;
    @FXML private MenuItem archiveItem;
    @FXML private MenuItem restoreItem;
    @FXML private MenuItem deleteItem;
    @FXML private TabPane cardTabs;
    @FXML private Tab profileTab;
    @FXML private Tab sessionsTab;
    @FXML private Tab programTab;
    @FXML private Tab homeworkTab;
    @FXML private Tab notesTab;
    @FXML private Tab timelineTab;
    @FXML private TextField lastNameField;
    @FXML private TextField firstNameField;
    @FXML private TextField patronymicField;
    @FXML private TextField addressField;
    @FXML private CheckBox formalCheck;
    @FXML private HBox birthDateBox;
    @FXML private ComboBox<Sex> sexCombo;
    @FXML private TextField cityField;
    @FXML private TextField occupationField;
    @FXML private TextField languageField;
    @FXML private TextField phoneField;
    @FXML private TextField secondPhoneField;
    @FXML private TextField emailField;
    @FXML private TextField messengerField;
    @FXML private ComboBox<Channel> channelCombo;
    @FXML private ComboBox<SessionFormat> formatCombo;
    @FXML private HBox firstContactBox;
    @FXML private ComboBox<org.kabinet.model.Source> sourceCombo;
    @FXML private Button editSourcesButton;
    @FXML private TextField referredByField;
    @FXML private TextArea requestArea;
    @FXML private TextField goal1Field;
    @FXML private TextField goal2Field;
    @FXML private TextField goal3Field;
    @FXML private ComboBox<GoalStatus> goal1Status;
    @FXML private ComboBox<GoalStatus> goal2Status;
    @FXML private ComboBox<GoalStatus> goal3Status;
    @FXML private FlowPane problemsPane;
    @FXML private CheckBox consentDataCheck;
    @FXML private HBox consentDateBox;
    @FXML private CheckBox sessionMessagesCheck;
    @FXML private CheckBox birthdayCheck;
    @FXML private CheckBox doNotContactCheck;
    @FXML private ComboBox<ClientStatus> statusCombo;
    @FXML private Label endReasonLabel;
    @FXML private TextField endReasonField;
    @FXML private TextArea askNextTimeArea;
    @FXML private Label lastNameError;
    @FXML private Label firstNameError;
    @FXML private Label patronymicError;
    @FXML private Label addressError;
    @FXML private Label birthDateError;
    @FXML private Label cityError;
    @FXML private Label occupationError;
    @FXML private Label languageError;
    @FXML private Label phonesError;
    @FXML private Label emailError;
    @FXML private Label messengerError;
    @FXML private Label firstContactError;
    @FXML private Label referredByError;
    @FXML private Label requestError;
    @FXML private Label goalsError;
    @FXML private Label consentDateError;
    @FXML private Label endReasonError;
    @FXML private Label askNextTimeError;

    private DateField birthDateField;
    private DateField firstContactField;
    private DateField consentDateField;

    /**
     * @param activityChanged told the client's id after a session or enrolment changed from the
     *     card, so the list row can show it
     */
    public ClientCardView(ClientCardViewModel vm, ScreenContext context, LongConsumer activityChanged) {
        this.vm = vm;
        this.context = context;
        this.messages = context.messages();
        this.dates = context.dates();
        this.activity = new CardActivityViewModel(context.practice(), context.executor(), context.onError(),
                activityChanged);
        this.root = Fxml.load(this, messages);
        root.getStylesheets().add(CardStyles.sheets().get(1));
        new CardHeader(vm, messages, dates).bind(titleLabel, statusBadge, factsLabel, askNextTimeBanner,
                askNextTimeBar);
        clearAskButton.setGraphic(Icons.of(Icon.CLEAR));
        Tooltips.set(clearAskButton, messages.get("notes.ask.clear.tip"));
        clearAskButton.setOnAction(e -> clearPinned());
        bindActivityTabs();
    }

    public StackPane root() {
        return root;
    }

    @FXML
    private void initialize() {
        emptyState.visibleProperty().bind(vm.original().isNull());
        cardPane.visibleProperty().bind(vm.original().isNotNull());
        birthDateField = dateField(birthDateBox, "birthDateField");
        firstContactField = dateField(firstContactBox, "firstContactField");
        consentDateField = dateField(consentDateBox, "consentDateField");
        bindTexts();
        bindChoices();
        bindProblems();
        bindErrors();
        bindButtons();
    }

    private DateField dateField(HBox box, String id) {
        DateField field = new DateField(messages, dates);
        field.setFieldId(id);
        box.getChildren().add(field);
        return field;
    }

    private void bindTexts() {
        lastNameField.textProperty().bindBidirectional(vm.lastName());
        firstNameField.textProperty().bindBidirectional(vm.firstName());
        patronymicField.textProperty().bindBidirectional(vm.patronymic());
        addressField.textProperty().bindBidirectional(vm.addressName());
        addressField.setPromptText(messages.get("field.address.prompt"));
        formalCheck.selectedProperty().bindBidirectional(vm.addressFormal());
        birthDateField.textProperty().bindBidirectional(vm.birthDate());
        cityField.textProperty().bindBidirectional(vm.city());
        occupationField.textProperty().bindBidirectional(vm.occupation());
        languageField.textProperty().bindBidirectional(vm.language());
        phoneField.textProperty().bindBidirectional(vm.phone());
        secondPhoneField.textProperty().bindBidirectional(vm.secondPhone());
        emailField.textProperty().bindBidirectional(vm.email());
        messengerField.textProperty().bindBidirectional(vm.messenger());
        firstContactField.textProperty().bindBidirectional(vm.firstContact());
        referredByField.textProperty().bindBidirectional(vm.referredByText());
        requestArea.textProperty().bindBidirectional(vm.request());
        TabKey.movesFocus(requestArea);
        List<TextField> goals = List.of(goal1Field, goal2Field, goal3Field);
        for (int i = 0; i < goals.size(); i++) {
            goals.get(i).textProperty().bindBidirectional(vm.goalText(i));
            goals.get(i).setPromptText(messages.get("field.goal.prompt", i + 1));
        }
        consentDataCheck.selectedProperty().bindBidirectional(vm.consentData());
        consentDateField.textProperty().bindBidirectional(vm.consentDate());
        consentDateField.disableProperty().bind(vm.consentData().not());
        sessionMessagesCheck.selectedProperty().bindBidirectional(vm.sessionMessages());
        birthdayCheck.selectedProperty().bindBidirectional(vm.birthdayGreetings());
        doNotContactCheck.selectedProperty().bindBidirectional(vm.doNotContact());
        endReasonField.textProperty().bindBidirectional(vm.endReason());
        askNextTimeArea.textProperty().bindBidirectional(vm.askNextTime());
        TabKey.movesFocus(askNextTimeArea);
        var endsWork = Bindings.createBooleanBinding(
                () -> vm.status().get() != null && vm.status().get().endsWork(), vm.status());
        endReasonField.visibleProperty().bind(endsWork);
        endReasonLabel.visibleProperty().bind(endsWork);
    }

    private void bindChoices() {
        Choices.ofEnum(sexCombo, messages, true, Sex.values());
        sexCombo.valueProperty().bindBidirectional(vm.sex());
        Choices.ofEnum(channelCombo, messages, true, Channel.preferable());
        channelCombo.valueProperty().bindBidirectional(vm.preferredChannel());
        Choices.ofEnum(formatCombo, messages, true, SessionFormat.values());
        formatCombo.valueProperty().bindBidirectional(vm.format());
        Choices.ofEnum(statusCombo, messages, false, ClientStatus.values());
        statusCombo.valueProperty().bindBidirectional(vm.status());
        List<ComboBox<GoalStatus>> goalStatuses = List.of(goal1Status, goal2Status, goal3Status);
        for (int i = 0; i < goalStatuses.size(); i++) {
            Choices.ofEnum(goalStatuses.get(i), messages, false, GoalStatus.values());
            goalStatuses.get(i).valueProperty().bindBidirectional(vm.goalStatus(i));
        }
        SourceChoice.bind(sourceCombo, vm, messages);
        editSourcesButton.setGraphic(Icons.of(Icon.EDIT));
        Tooltips.set(editSourcesButton, messages.get("sources.edit"));
    }

    private void bindProblems() {
        for (ProblemTag tag : ProblemTag.values()) {
            ToggleButton chip = new ToggleButton(messages.of(tag));
            chip.setId("problem" + tag.name());
            chip.getStyleClass().add("chip");
            chip.setSelected(vm.problems().contains(tag));
            chip.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    vm.problems().add(tag);
                } else {
                    vm.problems().remove(tag);
                }
            });
            vm.problems().addListener((javafx.collections.SetChangeListener<ProblemTag>) change ->
                    chip.setSelected(vm.problems().contains(tag)));
            problemsPane.getChildren().add(chip);
        }
    }

    private void bindErrors() {
        FieldErrors.bind(lastNameError, vm.error(ClientValidator.LAST_NAME), messages, lastNameField);
        FieldErrors.bind(firstNameError, vm.error(ClientValidator.FIRST_NAME), messages, firstNameField);
        FieldErrors.bind(patronymicError, vm.error(ClientValidator.PATRONYMIC), messages, patronymicField);
        FieldErrors.bind(addressError, vm.error(ClientValidator.ADDRESS), messages, addressField);
        FieldErrors.bind(birthDateError, vm.error(ClientValidator.BIRTH_DATE), messages, birthDateField.editor());
        FieldErrors.bind(cityError, vm.error(ClientValidator.CITY), messages, cityField);
        FieldErrors.bind(occupationError, vm.error(ClientValidator.OCCUPATION), messages, occupationField);
        FieldErrors.bind(languageError, vm.error(ClientValidator.LANGUAGE), messages, languageField);
        FieldErrors.bind(phonesError, vm.error(ClientValidator.PHONES), messages, phoneField, secondPhoneField);
        FieldErrors.bind(emailError, vm.error(ClientValidator.EMAIL), messages, emailField);
        FieldErrors.bind(messengerError, vm.error(ClientValidator.MESSENGER), messages, messengerField);
        FieldErrors.bind(firstContactError, vm.error(ClientValidator.FIRST_CONTACT), messages, firstContactField.editor());
        FieldErrors.bind(referredByError, vm.error(ClientValidator.REFERRED_BY), messages, referredByField);
        FieldErrors.bind(requestError, vm.error(ClientValidator.REQUEST), messages, requestArea);
        FieldErrors.bind(goalsError, vm.error(ClientValidator.GOALS), messages, goal1Field, goal2Field, goal3Field);
        FieldErrors.bind(consentDateError, vm.error(ClientValidator.CONSENT_DATE), messages, consentDateField.editor());
        FieldErrors.bind(endReasonError, vm.error(ClientValidator.END_REASON), messages, endReasonField);
        FieldErrors.bind(askNextTimeError, vm.error(ClientValidator.ASK_NEXT_TIME), messages, askNextTimeArea);
    }

    private void bindButtons() {
        saveButton.setGraphic(Icons.of(Icon.SAVE));
        saveButton.disableProperty().bind(vm.dirty().not().or(vm.saving()));
        revertButton.disableProperty().bind(vm.dirty().not());
        moreButton.setGraphic(Icons.of(Icon.MORE));
        Tooltips.set(moreButton, messages.get("card.more"));
        archiveItem.setGraphic(Icons.of(Icon.ARCHIVE));
        restoreItem.setGraphic(Icons.of(Icon.RESTORE));
        deleteItem.setGraphic(Icons.of(Icon.DELETE));
        showMenuFor(vm.original().get());
        vm.original().addListener((obs, old, card) -> showMenuFor(card));
        logContactItem.setGraphic(Icons.of(Icon.CALLS));
        planCallItem.setGraphic(Icons.of(Icon.ADD));
        logContactItem.setOnAction(e -> logContact());
        planCallItem.setOnAction(e -> planCall());
        vm.original().addListener((obs, old, card) -> {
            if (old == null || card == null || old.id() != card.id()) {
                readLastContact();
            }
        });
    }

    /** Logs a contact with the open client, from the card's menu. */
    private void logContact() {
        Client card = vm.original().get();
        if (card == null || card.isNew()) {
            return;
        }
        LogContactDialog.open(context, CallTarget.of(card.id(), card.name().full(), card.contacts().preferred()),
                this::contactsChanged);
    }

    private void planCall() {
        Client card = vm.original().get();
        if (card != null && !card.isNew()) {
            PlanCallDialog.open(context, card.id(), card.name().full(), this::contactsChanged);
        }
    }

    /** A contact was logged or a call planned: the card's line, the timeline and the calls due follow. */
    private void contactsChanged() {
        readLastContact();
        if (timeline != null && cardTabs.getSelectionModel().getSelectedItem() == timelineTab) {
            timeline.load(savedId());
        }
        context.navigator().callsChanged();
    }

    /** "Last contact 12/11/2026, Phone call, No answer" under the header, or nothing before any contact. */
    private void readLastContact() {
        long id = savedId();
        lastContactLabel.setVisible(false);
        lastContactLabel.setManaged(false);
        if (id == 0) {
            return;
        }
        context.executor().run(() -> context.practice().followUps().contacts(id).stream().findFirst(), last -> {
            if (savedId() != id || last.isEmpty()) {
                return;
            }
            lastContactLabel.setText(PlanRowView.lastContact(last.get(), messages, dates));
            lastContactLabel.setVisible(true);
            lastContactLabel.setManaged(true);
        }, context.onError());
    }

    /** Archive for a saved card, restore for an archived one; nothing to do for a new one. */
    private void showMenuFor(Client card) {
        boolean saved = card != null && !card.isNew();
        boolean archived = saved && card.status() == ClientStatus.ARCHIVED;
        moreButton.setDisable(!saved);
        archiveItem.setVisible(saved && !archived);
        restoreItem.setVisible(archived);
    }

    /** Wires the header's buttons and menu to what the screen around the card does. */
    public void setActions(Runnable save, Runnable revert, Runnable archive, Runnable restore,
            Runnable delete, Runnable editSources) {
        saveButton.setOnAction(e -> save.run());
        revertButton.setOnAction(e -> revert.run());
        archiveItem.setOnAction(e -> archive.run());
        restoreItem.setOnAction(e -> restore.run());
        deleteItem.setOnAction(e -> delete.run());
        editSourcesButton.setOnAction(e -> editSources.run());
    }

    /** Offers the clients matching what is typed in "referred by". */
    public void setReferralSuggestions(List<SearchableClient> clients) {
        ReferralSuggestions.attach(referredByField, clients, vm);
    }

    /**
     * The sessions, program and homework tabs: open only for a saved client, built on first look, and read
     * from the file only while one of them is shown (and again when another client opens).
     */
    private void bindActivityTabs() {
        var unsaved = Bindings.createBooleanBinding(() -> savedId() == 0, vm.original());
        sessionsTab.disableProperty().bind(unsaved);
        programTab.disableProperty().bind(unsaved);
        homeworkTab.disableProperty().bind(unsaved);
        notesTab.disableProperty().bind(unsaved);
        timelineTab.disableProperty().bind(unsaved);
        cardTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> loadIfShown());
        vm.original().addListener((obs, old, card) -> {
            long id = savedId();
            if (id == 0 && activityShown()) {
                cardTabs.getSelectionModel().select(profileTab);
            }
            if (notes != null && (old == null || card == null || old.id() != card.id())) {
                // Another client: the open note's last words are written now, not a moment later.
                notes.load(id);
            }
            if (id != activity.clientId()) {
                activity.forget();
                loadIfShown();
            }
        });
    }

    private long savedId() {
        Client card = vm.original().get();
        return card == null || card.isNew() ? 0 : card.id();
    }

    private boolean activityShown() {
        Tab tab = cardTabs.getSelectionModel().getSelectedItem();
        return tab == sessionsTab || tab == programTab || tab == homeworkTab || tab == notesTab
                || tab == timelineTab;
    }

    private void loadIfShown() {
        Tab tab = cardTabs.getSelectionModel().getSelectedItem();
        if (tab == sessionsTab && !sessionsBuilt) {
            sessionsTab.setContent(new SessionsTab(context, activity).root());
            sessionsBuilt = true;
        } else if (tab == programTab && !programBuilt) {
            programTab.setContent(new ProgramTab(context, activity).root());
            programBuilt = true;
        } else if (tab == homeworkTab) {
            if (homework == null) {
                homework = new HomeworkTab(context);
                homeworkTab.setContent(homework.root());
            }
            homework.load(savedId());
            return;
        } else if (tab == notesTab) {
            notes().load(savedId());
            return;
        } else if (tab == timelineTab) {
            if (timeline == null) {
                timeline = new TimelineTab(context, entry -> show(TimelineTab.tabOf(entry), TimelineTab.idOf(entry)));
                timelineTab.setContent(timeline.root());
            }
            timeline.load(savedId());
            return;
        }
        if (activityShown() && savedId() != 0) {
            activity.load(savedId());
        }
    }

    private NotesTab notes() {
        if (notes == null) {
            notes = new NotesTab(context);
            notes.setOnPinned(vm::askNextTimeChanged);
            notesTab.setContent(notes.root());
        }
        return notes;
    }

    /** She has asked: "next time, ask about…" is cleared in the file and on the card. */
    private void clearPinned() {
        long id = savedId();
        if (id == 0) {
            return;
        }
        context.executor().run(() -> {
            context.practice().notes().clearPinned(id);
            return null;
        }, x -> {
            if (savedId() == id) {
                vm.askNextTimeChanged("");
            }
        }, context.onError());
    }

    /**
     * Shows one tab of the open client, with the item whose id is {@code itemId} selected there
     * (0: none), once the tab has it.
     */
    public void show(CardTab tab, long itemId) {
        switch (tab) {
            case PROFILE -> cardTabs.getSelectionModel().select(profileTab);
            case SESSIONS -> cardTabs.getSelectionModel().select(sessionsTab);
            case PROGRAM -> cardTabs.getSelectionModel().select(programTab);
            case HOMEWORK -> {
                cardTabs.getSelectionModel().select(homeworkTab);
                if (itemId != 0 && homework != null) {
                    homework.select(itemId);
                }
            }
            case NOTES -> {
                cardTabs.getSelectionModel().select(notesTab);
                if (itemId != 0) {
                    notes().select(itemId);
                }
            }
            case TIMELINE -> cardTabs.getSelectionModel().select(timelineTab);
        }
    }

    /** Puts the cursor in the first name, for a new card. */
    public void focusFirstField() {
        cardTabs.getSelectionModel().select(0);
        if (vm.lastName().get().isEmpty()) {
            lastNameField.requestFocus();
        } else {
            firstNameField.requestFocus();
        }
    }
}
