package com.auditworkbench.ui.workbench;

import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.ui.activity.ActivityLogView;
import com.auditworkbench.ui.activity.ActivityLogViewModel;
import com.auditworkbench.ui.campaign.CampaignWindow;
import com.auditworkbench.ui.checklist.ChecklistView;
import com.auditworkbench.ui.finding.FindingsRegisterView;
import com.auditworkbench.ui.people.PersonEditorView;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.ViewLoader;
import com.auditworkbench.ui.finding.FindingEditorView;
import com.auditworkbench.ui.finding.FindingEditorViewModel;
import com.auditworkbench.ui.plan.PlanEditorView;
import com.auditworkbench.ui.plan.PlanEditorViewModel;
import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;

/** The open workbench: plans on the left, the selected plan's checklist and findings, the export. */
public final class WorkbenchView {

    private final WorkbenchViewModel viewModel;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable onClose;
    private final LocalDate today;
    private final Parent root;

    @FXML private Label fileLabel;
    @FXML private Button newPlanButton;
    @FXML private Button exportButton;
    @FXML private ListView<Plan> planList;
    @FXML private Label planSummary;
    @FXML private Tab checklistTab;
    @FXML private Tab findingsTab;
    @FXML private Tab evidenceTab;
    @FXML private Tab interviewsTab;
    @FXML private javafx.scene.control.TextField searchField;
    @FXML private javafx.scene.control.MenuItem searchMenuItem;
    private com.auditworkbench.ui.interview.InterviewViewModel interviews;
    private com.auditworkbench.ui.search.SearchView search;
    private Tab searchTab;
    @FXML private Tab reviewTab;
    @FXML private Tab teamTab;
    @FXML private Tab homeTab;
    @FXML private Tab executionPlanTab;
    @FXML private Tab requestsTab;
    @FXML private Tab timelineTab;
    @FXML private javafx.scene.control.TabPane planTabs;
    @FXML private javafx.scene.layout.VBox phaseBox;
    private ChecklistView checklistView;
    @FXML private ComboBox<Auditor> userBox;
    @FXML private Button undoButton;
    @FXML private javafx.scene.control.MenuItem undoMenuItem;
    @FXML private javafx.scene.control.MenuItem redoMenuItem;
    @FXML private Label statusLabel;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;

    public WorkbenchView(WorkbenchViewModel viewModel, DialogService dialogs, Messages messages, LocalDate today,
            Runnable onClose) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.messages = messages;
        this.today = today;
        this.onClose = onClose;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        fileLabel.setText(viewModel.file().getFileName().toString());
        fileLabel.setTooltip(new javafx.scene.control.Tooltip(viewModel.file().toString()));
        planList.setItems(viewModel.plans());
        planList.setCellFactory(list -> new ListCell<>() {
            {
                // A long title wraps within the list's width instead of being cut or scrolled sideways.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Plan plan, boolean empty) {
                super.updateItem(plan, empty);
                setText(empty || plan == null ? null : plan.title() + "\n" + plan.fiscalYear().fullName() + "  "
                        + plan.code());
            }
        });
        planList.getSelectionModel().selectedItemProperty().addListener((obs, old, plan) -> {
            if (plan != null) {
                viewModel.selectedPlanProperty().set(plan);
            }
        });
        viewModel.selectedPlanProperty().addListener((obs, old, plan) -> planList.getSelectionModel().select(plan));
        planSummary.textProperty().bind(viewModel.planSummary());

        ChecklistView checklist = new ChecklistView(viewModel.checklist(), messages, dialogs, this::raiseFinding);
        checklistView = checklist;
        checklistTab.setContent(checklist.root());
        viewModel.checklist().setOnSaved(() -> {
            viewModel.refreshHistoryLabels();
            viewModel.phase().refresh();
        });
        installPhaseScreens();
        LazyTab.install(findingsTab, () -> new FindingsRegisterView(viewModel.register(), dialogs, messages).root());
        LazyTab.install(evidenceTab, this::evidenceScreen);
        LazyTab.install(interviewsTab, this::interviewScreen);
        checklistView.embedEvidence(evidencePane());
        search = new com.auditworkbench.ui.search.SearchView(new com.auditworkbench.ui.search.SearchViewModel(
                viewModel.session(), viewModel.tasks(), messages, () -> {
                    Plan plan = viewModel.selectedPlanProperty().get();
                    return plan == null ? null : plan.id();
                }, this::openHit), messages);
        searchMenuItem.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        LazyTab.install(reviewTab, () -> new com.auditworkbench.ui.review.PolicyReviewView(viewModel.policyReview(),
                messages).root());
        LazyTab.install(teamTab, () -> new com.auditworkbench.ui.team.TeamView(viewModel.team(), messages,
                viewModel.people()).root());

        userBox.setItems(viewModel.people());
        userBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Auditor auditor) {
                return auditor == null ? "" : auditor.name() + "（" + messages.get(auditor.role().messageKey()) + "）";
            }

            @Override
            public Auditor fromString(String text) {
                return null;
            }
        });
        userBox.valueProperty().bindBidirectional(viewModel.currentUserProperty());
        undoButton.disableProperty().bind(viewModel.undoTextProperty().isEmpty());
        undoMenuItem.disableProperty().bind(viewModel.undoTextProperty().isEmpty());
        redoMenuItem.disableProperty().bind(viewModel.redoTextProperty().isEmpty());
        undoMenuItem.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        redoMenuItem.setAccelerator(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        undoButton.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new javafx.scene.control.Tooltip(viewModel.undoTextProperty().get()),
                viewModel.undoTextProperty()));

        exportButton.disableProperty().bind(viewModel.selectedPlanProperty().isNull()
                .or(viewModel.exportingProperty()));
        exportProgress.progressProperty().bind(viewModel.exportProgressProperty());
        exportProgress.visibleProperty().bind(viewModel.exportingProperty());
        cancelExportButton.visibleProperty().bind(viewModel.exportingProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
    }

    /** The stepper and what is left above the tabs; home, execution plan, requests and timeline in them. */
    private void installPhaseScreens() {
        phaseBox.getChildren().add(new com.auditworkbench.ui.phase.PhaseView(viewModel.phase(), messages, dialogs,
                new WorkbenchNavigator(planTabs, this::selectChecklistRow, viewModel)).root());
        phaseBox.visibleProperty().bind(viewModel.selectedPlanProperty().isNotNull());
        phaseBox.managedProperty().bind(phaseBox.visibleProperty());
        planTabs.getSelectionModel().select(homeTab);
        LazyTab.install(homeTab, () -> new com.auditworkbench.ui.home.HomeView(viewModel.home(), messages, audit -> {
            viewModel.selectPlan(audit.plan().id());
            planTabs.getSelectionModel().select(executionPlanTab);
        }, action -> {
            viewModel.selectPlan(action.plan().id());
            planTabs.getSelectionModel().select(findingsTab);
            WorkbenchNavigator.selectFinding(viewModel.register(), action.finding().id());
        }).root());
        LazyTab.install(executionPlanTab, () -> new com.auditworkbench.ui.phase.ExecutionPlanView(
                viewModel.executionPlan(), messages).root());
        LazyTab.install(requestsTab, () -> new com.auditworkbench.ui.request.RequestListView(viewModel.requests(),
                messages, dialogs).root());
        LazyTab.install(timelineTab, () -> new com.auditworkbench.ui.timeline.TimelineView(viewModel.timeline(),
                messages).root());
        viewModel.setOnPlanCreated(() -> planTabs.getSelectionModel().select(checklistTab));
        planTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> viewModel.phase()
                .refresh());
    }

    private com.auditworkbench.ui.evidence.EvidencePane evidencePane() {
        return new com.auditworkbench.ui.evidence.EvidencePane(viewModel.session(), viewModel.tasks(), dialogs,
                messages, () -> today, viewModel.statusProperty()::set);
    }

    /** Selects a checklist row for a "what is left" link: filters that hide it are cleared. */
    private void selectChecklistRow(long departmentId, String itemCode) {
        viewModel.checklist().reveal(departmentId, itemCode);
    }

    @FXML
    private void onNewPlan() {
        viewModel.withPlanStart(start -> editPlan(new PlanEditorViewModel(messages, start.template(), today,
                start.openFindings(), start.yearOfPlan())));
    }

    private void editPlan(PlanEditorViewModel editor) {
        ChecklistTemplate template = editor.template();
        new PlanEditorView(editor, messages).showAndWait(root.getScene().getWindow()).ifPresent(
                (NewPlan plan) -> viewModel.createPlan(plan, template, editor.chosenCarryForward(), failure -> {
                    editor.errorProperty().set(failure);
                    editPlan(editor);
                }));
    }

    @FXML
    private void onAddPerson() {
        new PersonEditorView(messages).showAndWait(root.getScene().getWindow())
                .ifPresent(p -> viewModel.addPerson(p.name(), p.role(), p.homeDepartment()));
    }

    @FXML
    private void onUndo() {
        viewModel.undo();
    }

    @FXML
    private void onRedo() {
        viewModel.redo();
    }

    @FXML
    private void onActivity() {
        Plan plan = viewModel.selectedPlanProperty().get();
        new ActivityLogView(new ActivityLogViewModel(viewModel.session(), viewModel.tasks(), messages,
                plan == null ? null : plan.id()), messages).show(root.getScene().getWindow());
    }

    @FXML
    private void onTemplates() {
        com.auditworkbench.ui.template.TemplateBrowserWindow.open(root.getScene().getWindow(), viewModel.session(),
                viewModel.tasks(), dialogs, messages, viewModel.selectedPlanProperty(), upgraded -> {
                    viewModel.plans().replaceAll(p -> p.id() == upgraded.id() ? upgraded : p);
                    viewModel.selectedPlanProperty().set(upgraded);
                });
    }

    /**
     * The evidence index of the selected plan, built when its tab is first shown; reloaded whenever it is shown,
     * since panes elsewhere add to it, and when another plan is chosen while it is showing.
     */
    private javafx.scene.Node evidenceScreen() {
        var evidence = new com.auditworkbench.ui.evidence.EvidenceViewModel(viewModel.session(), viewModel.tasks(),
                messages, sentence -> dialogs.showError(messages.get("evidence.pane.title"), sentence));
        Runnable reload = () -> {
            Plan plan = viewModel.selectedPlanProperty().get();
            evidence.load(plan == null ? null : plan.id());
        };
        viewModel.selectedPlanProperty().addListener((obs, old, plan) -> {
            if (evidenceTab.isSelected()) {
                reload.run();
            }
        });
        evidenceTab.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                reload.run();
            }
        });
        reload.run();
        return new com.auditworkbench.ui.evidence.EvidenceView(evidence, dialogs, messages).root();
    }

    /** The interviews of the selected plan, built and read when the tab is first shown. */
    private javafx.scene.Node interviewScreen() {
        interviews = new com.auditworkbench.ui.interview.InterviewViewModel(viewModel.session(), viewModel.tasks(),
                messages, () -> {
                    var row = viewModel.checklist().selectedProperty().get();
                    return row == null ? null : row.item().code();
                });
        var interviewView = new com.auditworkbench.ui.interview.InterviewView(interviews, messages,
                viewModel.people());
        interviewView.embedEvidence(evidencePane());
        viewModel.selectedPlanProperty().addListener((obs, old, plan) -> interviews.show(plan));
        interviews.show(viewModel.selectedPlanProperty().get());
        return interviewView.root();
    }

    private void raiseFinding() {
        NewFinding draft = viewModel.checklist().draftFinding();
        var row = viewModel.checklist().selectedProperty().get();
        String item = row.item().code() + " " + row.item().title().in(messages.locale()) + "  —  "
                + row.department().name();
        editFinding(new FindingEditorViewModel(messages, draft, item));
    }

    private void editFinding(FindingEditorViewModel editor) {
        new FindingEditorView(editor, messages).showAndWait(root.getScene().getWindow()).ifPresent(
                finding -> viewModel.raiseFinding(finding, failure -> {
                    editor.errorProperty().set(failure);
                    editFinding(editor);
                }));
    }

    @FXML
    private void onExport() {
        dialogs.chooseFileToSave(messages.get("workbench.export.choose"), viewModel.suggestedExportName(),
                DialogService.FileKind.WORKBOOK).ifPresent(viewModel::export);
    }

    @FXML
    private void onBackup() {
        dialogs.chooseFileToSave(messages.get("workbench.backup.choose"), viewModel.suggestedBackupName(),
                DialogService.FileKind.ANY).ifPresent(viewModel::backup);
    }

    @FXML
    private void onCancelExport() {
        viewModel.cancelExport();
    }

    @FXML
    private void onRegister() {
        com.auditworkbench.ui.register.RegisterWindow.open(root.getScene().getWindow(), viewModel.session(),
                viewModel.tasks(), dialogs, messages, today);
    }

    @FXML
    private void onRisk() {
        com.auditworkbench.ui.risk.RiskWindow.open(root.getScene().getWindow(), viewModel.session(),
                viewModel.tasks(), dialogs, messages, today);
    }

    @FXML
    private void onMidTerm() {
        com.auditworkbench.ui.midterm.MidTermWindow.open(root.getScene().getWindow(), viewModel.session(),
                viewModel.tasks(), dialogs, messages, today, this::newPlanFromMidTerm);
    }

    /** The plan dialog pre-filled with the year and the departments of the medium-term plan's rotation. */
    private void newPlanFromMidTerm(int year, java.util.List<String> departments) {
        viewModel.withPlanStart(start -> {
            PlanEditorViewModel editor = new PlanEditorViewModel(messages, start.template(), today,
                    start.openFindings(), start.yearOfPlan());
            editor.fiscalYearProperty().set(year);
            editor.departmentsProperty().set(String.join("\n", departments));
            editPlan(editor);
        });
    }

    @FXML
    private void onCampaigns() {
        CampaignWindow.open(root.getScene().getWindow(), viewModel.session(), viewModel.tasks(), dialogs, messages,
                today);
    }

    @FXML
    private void onSearch() {
        showSearch();
        search.search(searchField.getText());
    }

    @FXML
    private void onSearchMenu() {
        showSearch();
        searchField.requestFocus();
    }

    /** The search tab, added the first time it is needed and selected. */
    private void showSearch() {
        var tabs = checklistTab.getTabPane();
        if (searchTab == null) {
            searchTab = new Tab(messages.get("search.title"), search.root());
            searchTab.setId("searchTab");
            tabs.getTabs().add(searchTab);
        }
        tabs.getSelectionModel().select(searchTab);
    }

    /** Goes to what a search hit points at: its plan, then the checklist row, the interview or the finding. */
    private void openHit(com.auditworkbench.domain.SearchHit hit) {
        Plan plan = viewModel.plans().stream().filter(p -> p.id() == hit.planId()).findFirst().orElse(null);
        if (plan == null) {
            return;
        }
        Runnable go = () -> {
            var tabs = checklistTab.getTabPane().getSelectionModel();
            switch (hit.kind()) {
                case RESULT -> {
                    String[] parts = hit.key().split("/", 3);
                    tabs.select(checklistTab);
                    viewModel.checklist().reveal(Long.parseLong(parts[1]), parts[2]);
                }
                case INTERVIEW -> {
                    tabs.select(interviewsTab);
                    // a tab shown for the first time reads its interviews now; reveal once they are there
                    viewModel.tasks().run(() -> { }, () -> interviews.reveal(Long.parseLong(hit.key())),
                            viewModel.statusProperty()::set);
                }
                case FINDING -> {
                    tabs.select(findingsTab);
                    viewModel.register().reveal(Long.parseLong(hit.key()));
                }
                default -> throw new IllegalStateException(hit.kind().name());
            }
        };
        if (viewModel.selectedPlanProperty().get() != null && viewModel.selectedPlanProperty().get().id() == plan.id()) {
            go.run();
        } else {
            viewModel.selectedPlanProperty().set(plan);
            // the plan's rows load in the background; go once they are there
            viewModel.tasks().run(() -> { }, go, viewModel.statusProperty()::set);
        }
    }

    @FXML
    private void onAuditees() {
        new com.auditworkbench.ui.auditee.AuditeesWindow(new com.auditworkbench.ui.auditee.AuditeesViewModel(
                viewModel.session(), viewModel.tasks(), messages, viewModel.selectedPlanProperty().get(), updated -> {
                    viewModel.plans().replaceAll(p -> p.id() == updated.id() ? updated : p);
                    viewModel.selectedPlanProperty().set(updated);
                }), messages).show(root.getScene().getWindow());
    }

    @FXML
    private void onClose() {
        viewModel.close(onClose);
    }
}
