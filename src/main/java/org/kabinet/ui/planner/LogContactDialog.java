package org.kabinet.ui.planner;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.RuleException;
import org.kabinet.logic.SessionWarning;
import org.kabinet.logic.UnconfirmedWarningsException;
import org.kabinet.logic.followup.LogContact;
import org.kabinet.model.Contact;
import org.kabinet.model.ContactDirection;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.FollowUp;
import org.kabinet.model.Lesson;
import org.kabinet.model.ProgramProgress;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.ui.main.ScreenContext;

/**
 * Logs how a contact went, in one step with what follows: the planned call it settles is done, a
 * session can be booked (the next lesson for a client active in a program, else a single session;
 * the same warnings as any booking, put to her and accepted) and the next call planned.
 */
public final class LogContactDialog {

    /** What the booking starts from: the kind of session, and the lesson when in a program. */
    record Booking(SessionKind kind, Long enrolmentId, Lesson lesson, LocalTime usualTime) {
    }

    /** What one try to save gave: the contact, or the warnings about the booking to put to her. */
    private record Outcome(Contact saved, List<SessionWarning> warnings) {
    }

    private final ScreenContext context;
    private final Messages messages;
    private final CallTarget target;
    private final Runnable onLogged;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final LogContactForm form;
    private final Set<SessionWarning.Kind> accepted = EnumSet.noneOf(SessionWarning.Kind.class);
    private Booking booking = new Booking(SessionKind.SINGLE, null, null, null);
    private boolean saving;

    private LogContactDialog(ScreenContext context, CallTarget target, Runnable onLogged) {
        this.context = context;
        this.messages = context.messages();
        this.target = target;
        this.onLogged = onLogged;
        this.form = new LogContactForm(messages, context.dates());
        fill();
        dialog.setTitle(messages.get("logContact.title", target.name()));
        dialog.setHeaderText(messages.get("logContact.header", target.name()));
        dialog.initOwner(context.dialogs().owner());
        dialog.setResizable(true);
        dialog.getDialogPane().setId("logContactDialog");
        dialog.getDialogPane().setContent(form.root);
        ButtonType save = context.dialogs().button("logContact.save", ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, context.dialogs().button("button.cancel",
                ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("logContactSaveButton");
        // The dialog keeps the size it opened with; a part shown later would push the buttons out of it.
        for (javafx.beans.Observable part : List.of(form.book.selectedProperty(), form.next.selectedProperty(),
                form.doNotContactHint.visibleProperty(), form.error.visibleProperty())) {
            part.addListener(x -> javafx.application.Platform.runLater(this::fitToContent));
        }
        // The dialog stays open while saving: a warning or a missing outcome needs her answer first.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save();
        });
    }

    private void fitToContent() {
        var window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
        if (window != null) {
            window.sizeToScene();
        }
    }

    /** Opens the dialog; {@code onLogged} runs after the contact (and what follows) is saved. */
    public static void open(ScreenContext context, CallTarget target, Runnable onLogged) {
        LogContactDialog d = new LogContactDialog(context, target, onLogged);
        d.dialog.setOnShown(e -> d.form.outcome.requestFocus());
        d.dialog.show();
        d.readBooking();
    }

    private void fill() {
        LocalDateTime now = context.practice().sessions().now();
        form.setDate(form.date, now.toLocalDate());
        form.time.setText(LogContactForm.HH_MM.format(now));
        form.channel.setValue(target.preferred() != null ? target.preferred() : org.kabinet.model.Channel.CALL);
        form.direction.setValue(ContactDirection.OUTGOING);
        form.purpose.setText(target.purpose());
        LocalDate today = now.toLocalDate();
        form.setDate(form.bookDate, today.plusWeeks(1));
        form.bookTime.setText("10:00");
        form.bookMinutes.setText(String.valueOf(Session.DEFAULT_MINUTES));
        form.bookKind.setText(messages.of(SessionKind.SINGLE));
        form.setDate(form.nextDate, today.plusWeeks(1));
    }

    /** Reads, in the background, whether the booking is the next lesson and at what time she usually sees the client. */
    private void readBooking() {
        long clientId = target.clientId();
        context.executor().run(() -> {
            List<Session> sessions = context.practice().sessions().forClient(clientId);
            LocalTime usual = sessions.stream().max(Comparator.comparing(Session::start))
                    .map(s -> s.start().toLocalTime()).orElse(null);
            for (ProgramProgress p : context.practice().enrolments().progress(clientId)) {
                if (p.enrolment().status() == EnrolmentStatus.ACTIVE && p.nextLesson().isPresent()) {
                    return new Booking(SessionKind.LESSON, p.enrolment().id(), p.nextLesson().get(), usual);
                }
            }
            return new Booking(SessionKind.SINGLE, null, null, usual);
        }, read -> {
            booking = read;
            if (read.usualTime() != null) {
                form.bookTime.setText(LogContactForm.HH_MM.format(read.usualTime()));
            }
            form.bookKind.setText(read.lesson() == null ? messages.of(read.kind())
                    : messages.of(read.kind()) + ": " + org.kabinet.i18n.ProgramLabels.lesson(read.lesson(), messages));
        }, context.onError());
    }

    private void save() {
        if (saving) {
            return;
        }
        form.clearError();
        Optional<LogContact> request = read();
        if (request.isEmpty()) {
            return;
        }
        saving = true;
        Set<SessionWarning.Kind> agreed = EnumSet.noneOf(SessionWarning.Kind.class);
        agreed.addAll(accepted);
        LogContact withAccepted = new LogContact(request.get().contact(), request.get().answering(),
                request.get().book(), agreed, request.get().next());
        context.executor().run(() -> {
            try {
                return new Outcome(context.practice().followUps().log(withAccepted), List.of());
            } catch (UnconfirmedWarningsException e) {
                return new Outcome(null, e.warnings());
            }
        }, outcome -> {
            saving = false;
            if (outcome.saved() != null) {
                dialog.close();
                onLogged.run();
            } else if (confirm(outcome.warnings())) {
                outcome.warnings().forEach(w -> accepted.add(w.kind()));
                save();
            }
        }, this::failed);
    }

    /** The contact and what follows as typed; empty (with the reason shown) when something is missing. */
    Optional<LogContact> read() {
        if (form.outcome.getValue() == null) {
            form.fail(messages.get("logContact.error.outcome"));
            return Optional.empty();
        }
        Optional<LocalDateTime> at = form.moment(form.date, form.time, "logContact.when");
        if (at.isEmpty()) {
            return Optional.empty();
        }
        Long followUpId = target.followUp() == null ? null : target.followUp().id();
        Contact contact = new Contact(0, target.clientId(), at.get(), form.channel.getValue(),
                form.direction.getValue(), form.purpose.getText(), form.outcome.getValue(), form.note.getText(),
                followUpId);
        Session book = null;
        if (form.book.isSelected()) {
            Optional<LocalDateTime> start = form.moment(form.bookDate, form.bookTime, "logContact.book");
            Optional<Integer> minutes = minutes();
            if (start.isEmpty() || minutes.isEmpty()) {
                return Optional.empty();
            }
            Session planned = Session.planned(target.clientId(), start.get(), booking.kind());
            book = new Session(0, planned.clientId(), planned.start(), minutes.get(), planned.format(),
                    planned.kind(), planned.status(), false, null, false, booking.enrolmentId(),
                    booking.lesson() == null ? null : booking.lesson().id());
        }
        FollowUp next = null;
        if (form.next.isSelected()) {
            Optional<LocalDate> due = form.day(form.nextDate, "logContact.next");
            if (due.isEmpty()) {
                return Optional.empty();
            }
            String reason = form.nextReason.getText();
            next = FollowUp.planned(target.clientId(), due.get(),
                    org.kabinet.model.Text.clean(reason).isEmpty() ? target.rule() : null, reason);
        }
        return Optional.of(new LogContact(contact, target.reasons(), book, Set.of(), next));
    }

    private Optional<Integer> minutes() {
        try {
            int m = Integer.parseInt(org.kabinet.model.Text.clean(form.bookMinutes.getText()));
            if (m > 0) {
                return Optional.of(m);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        form.fail(messages.get("logContact.error.minutes"));
        return Optional.empty();
    }

    private boolean confirm(List<SessionWarning> warnings) {
        String text = warnings.stream().map(w -> switch (w.kind()) {
            case OVERLAP -> messages.get("session.warning.overlap", w.others().stream()
                    .map(s -> context.dates().format(s.start().toLocalDate()) + " "
                            + LogContactForm.HH_MM.format(s.start()) + "–" + LogContactForm.HH_MM.format(s.end()))
                    .collect(Collectors.joining("; ")));
            case LESSON_ALREADY_DONE -> messages.get("session.warning.lessonAlreadyDone", w.others().stream()
                    .map(s -> context.dates().format(s.start().toLocalDate())).collect(Collectors.joining(", ")));
        }).collect(Collectors.joining("\n\n"));
        return context.dialogs().confirm(messages.get("sessionDialog.warning.title"), text,
                "sessionDialog.saveAnyway");
    }

    private void failed(Throwable error) {
        saving = false;
        if (error instanceof RuleException rule) {
            form.fail(messages.get(rule.messageKey(), rule.args()));
        } else if (error instanceof org.kabinet.logic.ValidationException v) {
            form.fail(v.errors().stream().map(e -> messages.get(e.messageKey())).distinct()
                    .collect(Collectors.joining("\n")));
        } else {
            context.onError().accept(error);
        }
    }
}
