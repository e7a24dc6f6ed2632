package com.auditworkbench.ui.workbench;

import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Role;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.service.FileFingerprint;
import com.auditworkbench.service.OutputTarget;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.ui.checklist.ChecklistViewModel;
import com.auditworkbench.ui.finding.FindingsRegisterViewModel;
import com.auditworkbench.ui.common.TaskRunner;
import com.auditworkbench.workbook.CommitteeWorkbook;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
    private final FindingsRegisterViewModel register;
    private final com.auditworkbench.ui.review.PolicyReviewViewModel policyReview;
    private final com.auditworkbench.ui.team.TeamViewModel team;
    private final ObservableList<Auditor> people = FXCollections.observableArrayList();
    private final ObjectProperty<Auditor> currentUser = new SimpleObjectProperty<>();
    private final StringProperty undoText = new SimpleStringProperty("");
    private final StringProperty redoText = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final DoubleProperty exportProgress = new SimpleDoubleProperty(0);
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private final StringProperty lastExportHash = new SimpleStringProperty("");
    private javafx.concurrent.Task<String> exportTask;
    private final com.auditworkbench.ui.phase.PhaseViewModel phase;
    private final com.auditworkbench.ui.phase.ExecutionPlanViewModel executionPlan;
    private final com.auditworkbench.ui.request.RequestListViewModel requests;
    private final com.auditworkbench.ui.home.HomeViewModel home;
    private final com.auditworkbench.ui.timeline.TimelineViewModel timeline;
    private Runnable onPlanCreated = () -> { };

    public WorkbenchViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, ShippedTemplates templates,
            Clock clock) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
        this.checklist = new ChecklistViewModel(session, tasks, this::showError);
        this.register = new FindingsRegisterViewModel(session, tasks, messages, LocalDate.now(clock), this::showError,
                status::set);
        this.policyReview = new com.auditworkbench.ui.review.PolicyReviewViewModel(session, tasks, this::showError);
        this.team = new com.auditworkbench.ui.team.TeamViewModel(session, tasks, this::showError);
        this.phase = new com.auditworkbench.ui.phase.PhaseViewModel(session, tasks, messages, this::showError,
                status::set);
        this.executionPlan = new com.auditworkbench.ui.phase.ExecutionPlanViewModel(session, tasks, messages,
                this::showError, status::set);
        this.requests = new com.auditworkbench.ui.request.RequestListViewModel(session, tasks, messages,
                LocalDate.now(clock), this::showError, status::set);
        this.home = new com.auditworkbench.ui.home.HomeViewModel(session, tasks, messages, this::showError);
        this.timeline = new com.auditworkbench.ui.timeline.TimelineViewModel(session, tasks, messages,
                LocalDate.now(clock), this::showError);
        phase.setOnChanged(this::refreshOverviews);
        executionPlan.setOnChanged(() -> {
            phase.refresh();
            timeline.load();
        });
        requests.setOnChanged(phase::refresh);
        session.onChangeLogged(phase::changedElsewhere);
        if (session.recoveredInterruptedChange()) {
            status.set(messages.get("workbench.recoveredInterruptedChange", session.file().getFileName()));
        }
        selectedPlan.addListener((obs, old, plan) -> {
            checklist.clear();
            register.clear();
            policyReview.clear();
            team.clear();
            phase.clear();
            executionPlan.clear();
            requests.clear();
            if (plan != null) {
                phase.load(plan.id()); // shown above every tab, the home screen's first of all
                checklist.load(plan.id(), plan.departments()); // rows read ahead are shown at once
                executionPlan.load(plan.id());
                requests.load(plan.id(), plan.departments());
                register.load(plan.id());
                policyReview.load(plan.id());
                team.load(plan);
            }
        });
        currentUser.addListener((obs, old, user) -> {
            if (user != null && (old == null || old.id() != user.id())) {
                tasks.run(() -> session.people().actAs(user),
                        () -> status.set(messages.get("people.actingAs", user.name())), this::showError);
            }
        });
    }

    public void loadPeople() {
        tasks.run(p -> session.people().all(), people::setAll, this::showError);
    }

    public void addPerson(String name, Role role, String homeDepartment) {
        tasks.run(p -> session.people().add(name, role, homeDepartment), added -> {
            people.add(added);
            currentUser.set(added);
        }, this::showError);
    }

    /** Undoes the last edit of this session, then shows the plan as it now stands. */
    public void undo() {
        afterHistory(tasks -> session.history().undo(), "history.undone");
    }

    public void redo() {
        afterHistory(tasks -> session.history().redo(), "history.redone");
    }

    private void afterHistory(java.util.function.Function<Object, java.util.Optional<String>> step, String key) {
        checklist.flushNotes();
        tasks.run(p -> step.apply(null), done -> {
            done.ifPresent(what -> status.set(messages.get(key, what)));
            refreshHistoryLabels();
            Plan plan = selectedPlan.get();
            if (plan != null) {
                checklist.load(plan.id(), plan.departments());
                register.load(plan.id());
            }
        }, failure -> {
            showError(failure);
            refreshHistoryLabels();
        });
    }

    public void refreshHistoryLabels() {
        undoText.set(session.history().nextUndo().orElse(""));
        redoText.set(session.history().nextRedo().orElse(""));
    }

    /**
     * Reads what the window opens to, before the window is built: the plans, with the first rows of the plan it
     * selects (so they wait on nothing drawn), then the people.
     */
    public void readFirstLook() {
        loadPlans();
        loadPeople();
    }

    public void loadPlans() {
        boolean selecting = selectedPlan.get() == null;
        tasks.run(p -> {
            List<Plan> loaded = session.plans().all();
            return new PlansRead(loaded, selecting && !loaded.isEmpty()
                    ? ChecklistViewModel.readFirstRows(session, loaded.get(0)) : null);
        }, read -> {
            plans.setAll(read.plans());
            refreshOverviews(); // the home screen is what the window opens to: its counts are read first
            if (!read.plans().isEmpty() && selectedPlan.get() == null) {
                checklist.offer(read.firstRows());
                selectedPlan.set(read.plans().get(0));
            }
        }, this::showError);
    }

    /** The plans, and the first rows of the one to select (null when a plan was selected already). */
    private record PlansRead(List<Plan> plans, ChecklistViewModel.FirstRows firstRows) {
    }

    /** What the plan dialog starts from: the template and the open findings earlier plans could carry forward. */
    public record PlanStart(ChecklistTemplate template, List<Finding> openFindings,
            java.util.Map<Long, Integer> yearOfPlan) {
    }

    /** Reads the template and the open findings in the background, then hands them to the dialog. */
    public void withPlanStart(Consumer<PlanStart> then) {
        tasks.run(p -> new PlanStart(templates.defaultAudit(), session.findings().openBefore(Integer.MAX_VALUE),
                session.plans().all().stream().collect(java.util.stream.Collectors.toMap(Plan::id,
                        plan -> plan.fiscalYear().year()))), then, this::showError);
    }

    public void createPlan(NewPlan plan, ChecklistTemplate template, List<Finding> carryForward,
            Consumer<String> onFailure) {
        tasks.run(p -> session.plans().create(plan, template, carryForward), created -> {
            plans.add(0, created);
            selectedPlan.set(created);
            refreshOverviews();
            onPlanCreated.run();
            status.set(messages.get("workbench.planCreated", created.title(), created.code()));
        }, onFailure);
    }

    public void raiseFinding(NewFinding finding, Consumer<String> onFailure) {
        tasks.run(p -> session.findings().raise(finding), raised -> {
            register.added(raised);
            refreshHistoryLabels();
            status.set(messages.get("workbench.findingRaised", raised.reference(), raised.title()));
        }, onFailure);
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
        policyReview.saveAll();
        exporting.set(true);
        exportProgress.set(0);
        status.set(messages.get("workbench.exporting"));
        exportTask = tasks.run(progress -> {
            // The save dialog asked before an existing file is replaced; a workbench or its evidence never is.
            Path target = OutputTarget.protecting(session.file()).check(out, true);
            var report = session.reports().committeeReport(plan.id());
            new CommitteeWorkbook(messages, clock.getZone()).write(report, target, progress);
            String hash = FileFingerprint.sha256(target);
            session.reports().recordExport(plan.id(), out.getFileName().toString(), hash);
            session.activity().anchorHead("export " + out.getFileName() + " " + hash);
            return hash;
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

    public String suggestedBackupName() {
        String name = session.file().getFileName().toString().replaceFirst("\\.awb$", "");
        return name + "-" + java.time.LocalDate.now(clock) + ".awbbackup";
    }

    /** Writes a backup of the workbench and its evidence in the background; editing may go on meanwhile. */
    public void backup(Path out) {
        checklist.flushNotes();
        policyReview.saveAll();
        status.set(messages.get("workbench.backingUp"));
        tasks.run(progress -> session.backups().backup(out, progress),
                made -> status.set(messages.get("workbench.backedUp", made.file().getFileName(), made.sha256())),
                this::showError);
    }

    public void cancelExport() {
        if (exportTask != null) {
            exportTask.cancel();
        }
    }

    /** Saves what is pending, then closes the workbench; {@code then} runs on the FX thread afterwards. */
    public void close(Runnable then) {
        checklist.flushNotes();
        policyReview.saveAll();
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

    /** Called on the FX thread once a new plan is created and selected: the window shows its checklist. */
    public void setOnPlanCreated(Runnable onPlanCreated) {
        this.onPlanCreated = onPlanCreated;
    }

    /** Reads the home screen and the timeline again, after a change they show. */
    public void refreshOverviews() {
        home.load();
        timeline.load();
    }

    /** Selects the audit with this id, if it is in the list. */
    public void selectPlan(long planId) {
        plans.stream().filter(p -> p.id() == planId).findFirst().ifPresent(selectedPlan::set);
    }

    public com.auditworkbench.ui.phase.PhaseViewModel phase() {
        return phase;
    }

    public com.auditworkbench.ui.phase.ExecutionPlanViewModel executionPlan() {
        return executionPlan;
    }

    public com.auditworkbench.ui.request.RequestListViewModel requests() {
        return requests;
    }

    public com.auditworkbench.ui.home.HomeViewModel home() {
        return home;
    }

    public com.auditworkbench.ui.timeline.TimelineViewModel timeline() {
        return timeline;
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

    public com.auditworkbench.ui.team.TeamViewModel team() {
        return team;
    }

    public com.auditworkbench.ui.review.PolicyReviewViewModel policyReview() {
        return policyReview;
    }

    public FindingsRegisterViewModel register() {
        return register;
    }

    public ObservableList<Auditor> people() {
        return people;
    }

    public ObjectProperty<Auditor> currentUserProperty() {
        return currentUser;
    }

    public StringProperty undoTextProperty() {
        return undoText;
    }

    public StringProperty redoTextProperty() {
        return redoText;
    }

    public WorkbenchSession session() {
        return session;
    }

    public TaskRunner tasks() {
        return tasks;
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
