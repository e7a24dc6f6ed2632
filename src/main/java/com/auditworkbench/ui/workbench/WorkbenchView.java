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
    @FXML private Tab reviewTab;
    @FXML private Tab teamTab;
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
        checklistTab.setContent(checklist.root());
        viewModel.checklist().setOnSaved(viewModel::refreshHistoryLabels);
        findingsTab.setContent(new FindingsRegisterView(viewModel.register(), dialogs, messages).root());
        reviewTab.setContent(new com.auditworkbench.ui.review.PolicyReviewView(viewModel.policyReview(), messages)
                .root());
        teamTab.setContent(new com.auditworkbench.ui.team.TeamView(viewModel.team(), messages, viewModel.people())
                .root());

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
        viewModel.loadPeople();

        exportButton.disableProperty().bind(viewModel.selectedPlanProperty().isNull()
                .or(viewModel.exportingProperty()));
        exportProgress.progressProperty().bind(viewModel.exportProgressProperty());
        exportProgress.visibleProperty().bind(viewModel.exportingProperty());
        cancelExportButton.visibleProperty().bind(viewModel.exportingProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        viewModel.loadPlans();
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
    private void onCancelExport() {
        viewModel.cancelExport();
    }

    @FXML
    private void onCampaigns() {
        CampaignWindow.open(root.getScene().getWindow(), viewModel.session(), viewModel.tasks(), dialogs, messages,
                today);
    }

    @FXML
    private void onClose() {
        viewModel.close(onClose);
    }
}
