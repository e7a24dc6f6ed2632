package com.auditworkbench.ui.midterm;

import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.MidTermPlan;
import com.auditworkbench.domain.PlanKind;
import com.auditworkbench.domain.YearPlanEntry;
import com.auditworkbench.ui.common.Converters;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.Styles;
import com.auditworkbench.ui.common.ViewLoader;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.util.StringConverter;

/** The medium-term plan: its rotation matrix with the rows left out flagged, and the year plans drawn from it. */
public final class MidTermView {

    private final MidTermViewModel viewModel;
    private final DialogService dialogs;
    private final Messages messages;
    private final BiConsumer<Integer, List<String>> openPlanDialog;
    private final Parent root;

    @FXML private ListView<MidTermPlan> planList;
    @FXML private TextField titleField;
    @FXML private Spinner<Integer> firstYearSpinner;
    @FXML private Spinner<Integer> yearsSpinner;
    @FXML private TextArea themesArea;
    @FXML private TableView<MidTermViewModel.RotationItem> rotationTable;
    @FXML private TableColumn<MidTermViewModel.RotationItem, String> rowNameColumn;
    @FXML private TableColumn<MidTermViewModel.RotationItem, String> rowOwnerColumn;
    @FXML private ComboBox<Department> departmentBox;
    @FXML private ComboBox<InformationAsset> systemBox;
    @FXML private Button savePlanButton;
    @FXML private Button removeRowButton;
    @FXML private ListView<String> flagList;
    @FXML private Spinner<Integer> planYearSpinner;
    @FXML private TableView<YearPlanEntry> yearPlanTable;
    @FXML private TableColumn<YearPlanEntry, String> yearPlanCodeColumn;
    @FXML private TableColumn<YearPlanEntry, String> yearPlanTitleColumn;
    @FXML private TableColumn<YearPlanEntry, String> yearPlanKindColumn;
    @FXML private TableColumn<YearPlanEntry, String> yearPlanDepartmentsColumn;
    @FXML private Button toggleKindButton;
    @FXML private Label midtermStatusLabel;

    public MidTermView(MidTermViewModel viewModel, DialogService dialogs, Messages messages,
            BiConsumer<Integer, List<String>> openPlanDialog) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.messages = messages;
        this.openPlanDialog = openPlanDialog;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        planList.setItems(viewModel.plans());
        planList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MidTermPlan plan, boolean empty) {
                super.updateItem(plan, empty);
                setText(empty || plan == null ? null : plan.title() + "\n" + plan.firstYear().japaneseName() + "〜"
                        + plan.lastYear().japaneseName());
            }
        });
        planList.getSelectionModel().selectedItemProperty().addListener((obs, old, plan) -> {
            if (plan != null && plan != viewModel.selectedProperty().get()) {
                viewModel.select(plan);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, plan) -> planList.getSelectionModel().select(plan));
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        themesArea.textProperty().bindBidirectional(viewModel.themesProperty());
        yearSpinner(firstYearSpinner, viewModel.firstYearProperty().get());
        firstYearSpinner.getValueFactory().valueProperty().bindBidirectional(viewModel.firstYearProperty());
        yearsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                MidTermViewModel.MAX_YEARS, 3));
        yearsSpinner.getValueFactory().valueProperty().bindBidirectional(viewModel.yearsProperty());
        viewModel.firstYearProperty().addListener((obs, old, v) -> rebuildYearColumns());
        viewModel.yearsProperty().addListener((obs, old, v) -> rebuildYearColumns());
        rotationTable.setItems(viewModel.rotation());
        rowNameColumn.setCellValueFactory(c -> text(c.getValue().name()));
        rowOwnerColumn.setCellValueFactory(c -> text(c.getValue().isDepartment()
                ? messages.get("midterm.rowDepartment") : messages.get("midterm.rowSystem", c.getValue().owner())));
        rebuildYearColumns();
        departmentBox.setItems(viewModel.departments());
        departmentBox.setConverter(Converters.of(Department::name));
        systemBox.setItems(viewModel.systems());
        systemBox.setConverter(Converters.of(InformationAsset::name));
        removeRowButton.disableProperty().bind(rotationTable.getSelectionModel().selectedItemProperty().isNull());
        savePlanButton.disableProperty().bind(viewModel.editingProperty().not());
        flagList.setItems(viewModel.flags());
        flagList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String sentence, boolean empty) {
                super.updateItem(sentence, empty);
                setText(empty ? null : sentence);
                getStyleClass().remove(Styles.WARNING);
                if (!empty && viewModel.hasGaps()) {
                    getStyleClass().add(Styles.WARNING);
                }
            }
        });
        bindYearPlans();
        midtermStatusLabel.textProperty().bind(viewModel.statusProperty());
        viewModel.errorProperty().addListener((obs, old, sentence) -> {
            if (!sentence.isEmpty()) {
                dialogs.showError(messages.get("midterm.window.title"), sentence);
            }
        });
        viewModel.load();
    }

    private void bindYearPlans() {
        yearSpinner(planYearSpinner, viewModel.planYearProperty().get());
        planYearSpinner.getValueFactory().valueProperty().bindBidirectional(viewModel.planYearProperty());
        yearPlanTable.setItems(viewModel.yearPlans());
        yearPlanCodeColumn.setCellValueFactory(c -> text(c.getValue().plan().code()));
        yearPlanTitleColumn.setCellValueFactory(c -> text(c.getValue().plan().title()));
        yearPlanKindColumn.setCellValueFactory(c -> text(messages.get(c.getValue().kind().messageKey())));
        yearPlanDepartmentsColumn.setCellValueFactory(c -> text(String.join("、",
                c.getValue().plan().departments().stream().map(Department::name).toList())));
        toggleKindButton.disableProperty().bind(yearPlanTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private void rebuildYearColumns() {
        rotationTable.getColumns().remove(2, rotationTable.getColumns().size());
        Integer first = viewModel.firstYearProperty().get();
        Integer count = viewModel.yearsProperty().get();
        if (first == null || count == null) {
            return;
        }
        for (int i = 0; i < Math.min(count, MidTermViewModel.MAX_YEARS); i++) {
            int index = i;
            TableColumn<MidTermViewModel.RotationItem, Boolean> column = new TableColumn<>(
                    new FiscalYear(first + i).japaneseName());
            column.setPrefWidth(90);
            column.setEditable(true);
            column.setCellValueFactory(c -> c.getValue().year(index));
            column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
            rotationTable.getColumns().add(column);
        }
    }

    private static void yearSpinner(Spinner<Integer> spinner, int initial) {
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2019, 2100, initial));
        spinner.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer year) {
                return year == null ? "" : new FiscalYear(year).japaneseName();
            }

            @Override
            public Integer fromString(String text) {
                String digits = text == null ? "" : text.replaceAll("\\D", "");
                if (digits.length() == 4) {
                    return Integer.parseInt(digits);
                }
                return digits.isEmpty() ? spinner.getValue() : 2018 + Integer.parseInt(digits);
            }
        });
    }

    @FXML
    private void onNew() {
        viewModel.newPlan();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onAddDepartment() {
        viewModel.addDepartment(departmentBox.getValue());
    }

    @FXML
    private void onAddSystem() {
        viewModel.addSystem(systemBox.getValue());
    }

    @FXML
    private void onRemoveRow() {
        viewModel.remove(rotationTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onCreateYearPlan() {
        viewModel.createYearPlan(openPlanDialog);
    }

    @FXML
    private void onToggleKind() {
        YearPlanEntry entry = yearPlanTable.getSelectionModel().getSelectedItem();
        viewModel.setKind(entry, entry.kind() == PlanKind.SPECIAL ? PlanKind.REGULAR : PlanKind.SPECIAL);
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }
}
