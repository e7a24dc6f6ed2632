package com.auditworkbench.ui.phase;

import com.auditworkbench.domain.AuditPhase;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.OpenItem;
import com.auditworkbench.domain.PhaseGateException;
import com.auditworkbench.domain.PolicyReviewInput;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The audit's phase, what is left in it, and moves between phases, the report gate and its override included. */
public final class PhaseViewModel {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<String> onError;
    private final Consumer<String> onStatus;

    private final ObjectProperty<AuditPhase> phase = new SimpleObjectProperty<>();
    private final ObservableList<OpenItem> left = FXCollections.observableArrayList();
    private final ObservableList<LeftRow> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty refusal = new SimpleStringProperty("");
    private final ObjectProperty<AuditPhase> refusedMove = new SimpleObjectProperty<>();
    private Runnable onChanged = () -> { };
    private final java.util.concurrent.atomic.AtomicBoolean refreshPending =
            new java.util.concurrent.atomic.AtomicBoolean();
    private Long planId;

    public PhaseViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, Consumer<String> onError,
            Consumer<String> onStatus) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        this.onStatus = onStatus;
    }

    /** Called after the phase changed, for screens that show it too (home, timeline). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void load(long planId) {
        this.planId = planId;
        refusal.set("");
        refusedMove.set(null);
        refresh();
    }

    public void clear() {
        planId = null;
        phase.set(null);
        left.clear();
        rows.clear();
        summary.set("");
        refusal.set("");
        refusedMove.set(null);
    }

    /**
     * Called from any thread when a change was logged: one refresh is queued behind the work that made the change,
     * however many changes come in meanwhile.
     */
    public void changedElsewhere() {
        if (refreshPending.compareAndSet(false, true)) {
            javafx.application.Platform.runLater(this::refresh);
        }
    }

    /** Reads the phase and what is left again; queued behind any save, so it sees it. */
    public void refresh() {
        Long plan = planId;
        if (plan == null) {
            refreshPending.set(false);
            return;
        }
        tasks.run(p -> {
            refreshPending.set(false);
            return new State(session.phases().phase(plan), session.phases().whatIsLeft(plan));
        }, state -> {
            if (plan.equals(planId)) {
                phase.set(state.phase());
                left.setAll(state.left());
                rows.setAll(LeftRow.group(state.left()));
                if (state.left().stream().noneMatch(OpenItem::essential)) {
                    refusal.set("");
                    refusedMove.set(null);
                }
                long essential = state.left().stream().filter(OpenItem::essential).count();
                summary.set(state.left().isEmpty() ? messages.get("whatIsLeft.nothing")
                        : messages.get("whatIsLeft.summary", state.left().size(), essential));
            }
        }, onError);
    }

    private record State(AuditPhase phase, List<OpenItem> left) {
    }

    /** Moves the audit; a refused move into 報告 shows what blocks it and offers the lead's override. */
    public void move(AuditPhase to) {
        Long plan = planId;
        if (plan == null || to == null) {
            return;
        }
        tasks.run(p -> {
            try {
                session.phases().advance(plan, to);
                return List.<OpenItem>of();
            } catch (PhaseGateException refused) {
                return refused.blocking();
            }
        }, blocking -> {
            if (blocking.isEmpty()) {
                refusal.set("");
                refusedMove.set(null);
                boolean back = phase.get() != null && to.ordinal() < phase.get().ordinal();
                onStatus.accept(messages.get(back ? "phase.movedBack" : "phase.moved", messages.get(to.messageKey())));
                onChanged.run();
            } else {
                refusal.set(messages.get("phase.error.gateRefused", blocking.size()) + "\n"
                        + String.join("\n", blocking.stream().map(i -> "・" + describe(i)).toList()));
                refusedMove.set(to);
            }
            refresh();
        }, onError);
    }

    /** The audit lead moves into 報告 although essential work is open, with the reason recorded. */
    public void override(String reason) {
        Long plan = planId;
        AuditPhase to = refusedMove.get();
        if (plan == null || to == null) {
            return;
        }
        tasks.run(p -> session.phases().override(plan, to, reason), moved -> {
            refusal.set("");
            refusedMove.set(null);
            onStatus.accept(messages.get("phase.overridden", messages.get(moved.messageKey())));
            onChanged.run();
            refresh();
        }, onError);
    }

    /** The entry as the list shows it. */
    public String describe(OpenItem item) {
        return messages.get(item.kind().messageKey(), subject(item));
    }

    public ObjectProperty<AuditPhase> phaseProperty() {
        return phase;
    }

    public ObservableList<OpenItem> left() {
        return left;
    }

    /** The list as shown: each kind's heading and count, then its entries. */
    public ObservableList<LeftRow> rows() {
        return rows;
    }

    /** A kind's heading: what it is, how many, and (★) whether it blocks the report. */
    public String heading(LeftRow row) {
        return (row.kind().essential() ? "★ " : "") + messages.get("whatIsLeft.group." + row.kind().code(),
                row.count());
    }

    /** An entry under its heading: what it names. */
    public String subject(OpenItem item) {
        if (item.reviewInput() == null) {
            return item.subject();
        }
        return item.subject() + " " + PolicyReviewInput.of(item.reviewInput()).map(i -> messages.get(i.messageKey()))
                .orElse("");
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty refusalProperty() {
        return refusal;
    }

    public ObjectProperty<AuditPhase> refusedMoveProperty() {
        return refusedMove;
    }
}
