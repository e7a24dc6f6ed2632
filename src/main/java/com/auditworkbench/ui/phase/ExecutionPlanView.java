package com.auditworkbench.ui.phase;

import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.OnSiteDay;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

/** The execution plan (実施計画) tab of an audit. */
public final class ExecutionPlanView {

    private final ExecutionPlanViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private TextArea executionObjectiveArea;
    @FXML private Label scopeLabel;
    @FXML private TextArea systemsArea;
    @FXML private FlowPane executionSegmentBox;
    @FXML private DatePicker reportDatePicker;
    @FXML private Label teamLabel;
    @FXML private Label auditPlanError;
    @FXML private ListView<OnSiteDay> onSiteDayList;
    @FXML private ComboBox<Department> dayDepartmentBox;
    @FXML private DatePicker dayPicker;
    @FXML private TextField dayNoteField;
    @FXML private Button removeDayButton;

    public ExecutionPlanView(ExecutionPlanViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        executionObjectiveArea.textProperty().bindBidirectional(viewModel.objectiveProperty());
        systemsArea.textProperty().bindBidirectional(viewModel.systemsProperty());
        for (Segment segment : Segment.values()) {
            CheckBox box = new CheckBox(messages.get(segment.messageKey()));
            box.setId("segment-" + segment.code());
            box.selectedProperty().bindBidirectional(viewModel.segment(segment));
            executionSegmentBox.getChildren().add(box);
        }
        reportDatePicker.valueProperty().bindBidirectional(viewModel.reportDateProperty());
        scopeLabel.textProperty().bind(viewModel.scopeProperty());
        teamLabel.textProperty().bind(viewModel.teamProperty());
        auditPlanError.textProperty().bind(viewModel.errorProperty());
        onSiteDayList.setItems(viewModel.onSiteDays());
        onSiteDayList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OnSiteDay day, boolean empty) {
                super.updateItem(day, empty);
                setText(empty || day == null ? null : ScreenDates.date(day.date(), messages) + "　"
                        + day.department().name() + (day.note().isEmpty() ? "" : "　" + day.note()));
            }
        });
        dayDepartmentBox.setItems(viewModel.departments());
        dayDepartmentBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Department d) {
                return d == null ? "" : d.name();
            }

            @Override
            public Department fromString(String text) {
                return null;
            }
        });
        dayDepartmentBox.valueProperty().bindBidirectional(viewModel.newDayDepartmentProperty());
        dayPicker.valueProperty().bindBidirectional(viewModel.newDayProperty());
        dayNoteField.textProperty().bindBidirectional(viewModel.newDayNoteProperty());
        removeDayButton.disableProperty().bind(onSiteDayList.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onAddDay() {
        viewModel.addOnSiteDay();
    }

    @FXML
    private void onRemoveDay() {
        viewModel.removeOnSiteDay(onSiteDayList.getSelectionModel().getSelectedItem());
    }
}
