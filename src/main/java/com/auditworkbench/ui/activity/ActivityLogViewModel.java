package com.auditworkbench.ui.activity;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.ChainVerification;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The whole activity log, newest first, filterable, and the check of its hash chain. */
public final class ActivityLogViewModel {

    private static final int SHOWN = 2_000;

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Long planId;
    private final ObservableList<ActivityEvent> events = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty thisPlanOnly = new SimpleBooleanProperty(true);
    private final StringProperty verification = new SimpleStringProperty("");
    private final BooleanProperty verificationFailed = new SimpleBooleanProperty(false);

    public ActivityLogViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, Long planId) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.planId = planId;
        thisPlanOnly.set(planId != null);
        filter.addListener(o -> reload());
        thisPlanOnly.addListener(o -> reload());
    }

    public void reload() {
        Long plan = thisPlanOnly.get() ? planId : null;
        String text = filter.get();
        tasks.run(p -> session.activity().latest(plan, text, SHOWN), events::setAll, verification::set);
    }

    public void verify() {
        verification.set(messages.get("activity.verifying"));
        tasks.run(p -> session.activity().verifyChain(), (ChainVerification result) -> {
            verificationFailed.set(!result.intact());
            verification.set(result.intact() ? messages.get("cli.verify.chainIntact", result.eventsChecked())
                    : messages.get("cli.verify.chainBroken", String.valueOf(result.firstBrokenSequence()),
                            messages.get(result.problemKey()), result.eventsChecked()));
        }, verification::set);
    }

    public ObservableList<ActivityEvent> events() {
        return events;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty thisPlanOnlyProperty() {
        return thisPlanOnly;
    }

    public StringProperty verificationProperty() {
        return verification;
    }

    public BooleanProperty verificationFailedProperty() {
        return verificationFailed;
    }
}
