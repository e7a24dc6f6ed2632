package com.auditworkbench.ui.workbench;

import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.service.FileFingerprint;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.ui.checklist.ChecklistViewModel;
import com.auditworkbench.ui.common.TaskRunner;
import com.auditworkbench.workbook.CommitteeWorkbook;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** An open workbench: its plans, the selected plan's checklist and findings, and the committee export. */
public final class WorkbenchViewModel {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ShippedTemplates templates;
    private final Clock clock;
    private final ChecklistViewModel checklist;

    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final ObjectProperty<Plan> selectedPlan = new SimpleObjectProperty<>();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final DoubleProperty exportProgress = new SimpleDoubleProperty(0);
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private final StringProperty lastExportHash = new SimpleStringProperty("");
    private javafx.concurrent.Task<String> exportTask;

    public WorkbenchViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, ShippedTemplates templates,
            Clock clock) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
        this.checklist = new ChecklistViewModel(session, tasks, this::showError);
        selectedPlan.addListener((obs, old, plan) -> {
            checklist.clear();
            findings.clear();
            if (plan != null) {
                checklist.load(plan.id(), plan.departments());
                loadFindings(plan.id());
            }
        });
    }

    public void loadPlans() {
        tasks.run(p -> session.plans().all(), loaded -> {
            plans.setAll(loaded);
            if (!loaded.isEmpty() && selectedPlan.get() == null) {
                selectedPlan.set(loaded.get(0));
            }
        }, this::showError);
    }

    /** Reads the template a new plan starts from in the background, then hands it to the dialog. */
    public void withDefaultTemplate(Consumer<ChecklistTemplate> then) {
        tasks.run(p -> templates.defaultAudit(), then, this::showError);
    }

    public void createPlan(NewPlan plan, ChecklistTemplate template, Consumer<String> onFailure) {
        tasks.run(p -> session.plans().create(plan, template), created -> {
            plans.add(0, created);
            selectedPlan.set(created);
            status.set(messages.get("workbench.planCreated", created.title(), created.code()));
        }, onFailure);
    }

    public void raiseFinding(NewFinding finding, Consumer<String> onFailure) {
        tasks.run(p -> session.findings().raise(finding), raised -> {
            findings.add(raised);
            status.set(messages.get("workbench.findingRaised", raised.reference(), raised.title()));
        }, onFailure);
    }

    private void loadFindings(long planId) {
        tasks.run(p -> session.findings().byPlan(planId), findings::setAll, this::showError);
    }

    public String suggestedExportName() {
        Plan plan = selectedPlan.get();
        return "committee-" + (plan == null ? "plan" : plan.code()) + ".xlsx";
    }

    /** Writes the committee workbook in the background; the status shows its SHA-256 when done. */
    public void export(Path out) {
        Plan plan = selectedPlan.get();
        if (plan == null || exporting.get()) {
            return;
        }
        checklist.flushNotes();
        exporting.set(true);
        exportProgress.set(0);
        status.set(messages.get("workbench.exporting"));
        exportTask = tasks.run(progress -> {
            var report = session.reports().committeeReport(plan.id());
            new CommitteeWorkbook(messages, clock.getZone()).write(report, out, progress);
            return FileFingerprint.sha256(out);
        }, hash -> {
            exportProgress.unbind();
            exporting.set(false);
            exportProgress.set(1);
            lastExportHash.set(hash);
            status.set(messages.get("workbench.exported", out.getFileName(), hash));
        }, failure -> {
            exportProgress.unbind();
            exporting.set(false);
            exportProgress.set(0);
            showError(failure);
        });
        javafx.concurrent.Task<String> task = exportTask;
        exportProgress.bind(Bindings.createDoubleBinding(() -> Math.max(0, task.getProgress()),
                task.progressProperty()));
    }

    public void cancelExport() {
        if (exportTask != null) {
            exportTask.cancel();
        }
    }

    /** Saves what is pending, then closes the workbench; {@code then} runs on the FX thread afterwards. */
    public void close(Runnable then) {
        checklist.flushNotes();
        tasks.run(session::close, then, failure -> {
            showError(failure);
            then.run();
        });
    }

    private void showError(String sentence) {
        error.set(sentence);
        status.set(sentence);
    }

    public StringBinding planSummary() {
        return Bindings.createStringBinding(() -> {
            Plan plan = selectedPlan.get();
            if (plan == null) {
                return messages.get("workbench.noPlan");
            }
            String departments = plan.departments().stream().map(Department::name).collect(Collectors.joining("、"));
            return messages.get("workbench.planSummary", plan.fiscalYear().fullName(), plan.code(), plan.marking(),
                    plan.templateTitle().in(messages.locale()), plan.templateVersion(), departments);
        }, selectedPlan);
    }

    public Path file() {
        return session.file();
    }

    public ChecklistViewModel checklist() {
        return checklist;
    }

    public ObservableList<Plan> plans() {
        return plans;
    }

    public ObjectProperty<Plan> selectedPlanProperty() {
        return selectedPlan;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public DoubleProperty exportProgressProperty() {
        return exportProgress;
    }

    public BooleanProperty exportingProperty() {
        return exporting;
    }

    public StringProperty lastExportHashProperty() {
        return lastExportHash;
    }
}
