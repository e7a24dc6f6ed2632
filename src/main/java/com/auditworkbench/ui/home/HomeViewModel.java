package com.auditworkbench.ui.home;

import com.auditworkbench.domain.HomeOverview;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The workbench's landing view: where this fiscal year's audits stand, overdue actions, self-inspection returns. */
public final class HomeViewModel {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<String> onError;

    private final ObservableList<HomeOverview.AuditStatus> audits = FXCollections.observableArrayList();
    private final ObservableList<HomeOverview.OverdueAction> overdue = FXCollections.observableArrayList();
    private final ObservableList<HomeOverview.CampaignReturns> campaigns = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty lastBackup = new SimpleStringProperty("");
    /** True while the overview is being read: on a large plan that takes seconds, and "no audits" would mislead. */
    private final javafx.beans.property.BooleanProperty loading = new javafx.beans.property.SimpleBooleanProperty();

    public HomeViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, Consumer<String> onError) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
    }

    public void load() {
        loading.set(true);
        tasks.run(p -> session.home().overview(), overview -> {
            heading.set(messages.get("home.heading", overview.fiscalYear().fullName()));
            audits.setAll(overview.audits());
            overdue.setAll(overview.overdueActions());
            campaigns.setAll(overview.campaigns());
            loading.set(false);
        }, message -> {
            loading.set(false);
            onError.accept(message);
        });
        tasks.run(p -> session.backups().lastBackup(), last -> lastBackup.set(last
                .map(b -> messages.get("home.lastBackup", java.time.format.DateTimeFormatter.ofPattern(
                        "yyyy-MM-dd HH:mm").format(b.madeAt().atZoneSameInstant(java.time.ZoneId.systemDefault())),
                        java.nio.file.Path.of(b.fileName()).getFileName()))
                .orElse(messages.get("home.noBackup"))), onError);
    }

    /** When the last backup was made, or that none was. */
    public StringProperty lastBackupProperty() {
        return lastBackup;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ObservableList<HomeOverview.AuditStatus> audits() {
        return audits;
    }

    public ObservableList<HomeOverview.OverdueAction> overdue() {
        return overdue;
    }

    public ObservableList<HomeOverview.CampaignReturns> campaigns() {
        return campaigns;
    }

    public StringProperty headingProperty() {
        return heading;
    }
}
