package com.auditworkbench.ui.workbench;

import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.ui.checklist.ChecklistView;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.ViewLoader;
import com.auditworkbench.ui.finding.FindingEditorView;
import com.auditworkbench.ui.finding.FindingEditorViewModel;
import com.auditworkbench.ui.plan.PlanEditorView;
import com.auditworkbench.ui.plan.PlanEditorViewModel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The open workbench: plans on the left, the selected plan's checklist and findings, the export. */
public final class WorkbenchView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");

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
    @FXML private TableView<Finding> findingsTable;
    @FXML private TableColumn<Finding, String> findingNumberColumn;
    @FXML private TableColumn<Finding, String> findingDepartmentColumn;
    @FXML private TableColumn<Finding, String> findingItemColumn;
    @FXML private TableColumn<Finding, String> findingTitleColumn;
    @FXML private TableColumn<Finding, String> findingSeverityColumn;
    @FXML private TableColumn<Finding, String> findingDateColumn;
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

        ChecklistView checklist = new ChecklistView(viewModel.checklist(), messages, this::raiseFinding);
        checklistTab.setContent(checklist.root());

        findingsTable.setItems(viewModel.findings());
        findingNumberColumn.setCellValueFactory(c -> text(c.getValue().reference()));
        findingDepartmentColumn.setCellValueFactory(c -> text(c.getValue().department().name()));
        findingItemColumn.setCellValueFactory(c -> text(c.getValue().itemCode()));
        findingTitleColumn.setCellValueFactory(c -> text(c.getValue().title()));
        findingSeverityColumn.setCellValueFactory(c -> text(messages.get(c.getValue().severity().messageKey())));
        findingDateColumn.setCellValueFactory(c -> text(DAY.format(c.getValue().createdAt()
                .atZone(java.time.ZoneId.systemDefault()))));

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
        viewModel.withDefaultTemplate(template -> editPlan(new PlanEditorViewModel(messages, template, today)));
    }

    private void editPlan(PlanEditorViewModel editor) {
        ChecklistTemplate template = editor.template();
        new PlanEditorView(editor, messages).showAndWait(root.getScene().getWindow()).ifPresent(
                (NewPlan plan) -> viewModel.createPlan(plan, template, failure -> {
                    editor.errorProperty().set(failure);
                    editPlan(editor);
                }));
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
    private void onClose() {
        viewModel.close(onClose);
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }
}
