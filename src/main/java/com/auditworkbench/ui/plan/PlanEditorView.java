package com.auditworkbench.ui.plan;

import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.ui.common.Styles;
import com.auditworkbench.ui.common.ViewLoader;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The dialog in which the lead creates a fiscal-year plan. */
public final class PlanEditorView {

    private final PlanEditorViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private Spinner<Integer> yearSpinner;
    @FXML private TextField titleField;
    @FXML private TextArea objectiveArea;
    @FXML private TextArea departmentsArea;
    @FXML private DatePicker startPicker;
    @FXML private DatePicker endPicker;
    @FXML private ComboBox<String> markingBox;
    @FXML private TextField leadField;
    @FXML private Label templateLabel;
    @FXML private Label errorLabel;
    @FXML private Label carryLabel;
    @FXML private javafx.scene.control.ListView<PlanEditorViewModel.Offer> carryList;

    public PlanEditorView(PlanEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    @FXML
    private void initialize() {
        SpinnerValueFactory.IntegerSpinnerValueFactory years =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(2019, 2100, viewModel.fiscalYearProperty().get());
        years.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer year) {
                return year == null ? "" : new FiscalYear(year).fullName();
            }

            @Override
            public Integer fromString(String text) {
                String digits = text.replaceAll("\\D", "");
                return digits.length() >= 4 ? Integer.valueOf(digits.substring(digits.length() - 4)) : years.getValue();
            }
        });
        yearSpinner.setValueFactory(years);
        years.valueProperty().bindBidirectional(viewModel.fiscalYearProperty());
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        objectiveArea.textProperty().bindBidirectional(viewModel.objectiveProperty());
        departmentsArea.textProperty().bindBidirectional(viewModel.departmentsProperty());
        startPicker.valueProperty().bindBidirectional(viewModel.periodStartProperty());
        endPicker.valueProperty().bindBidirectional(viewModel.periodEndProperty());
        markingBox.getItems().setAll(PlanEditorViewModel.MARKINGS);
        markingBox.valueProperty().bindBidirectional(viewModel.markingProperty());
        leadField.textProperty().bindBidirectional(viewModel.leadAuditorProperty());
        templateLabel.setText(viewModel.templateDescription());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        carryList.setItems(viewModel.offers());
        carryList.setCellFactory(javafx.scene.control.cell.CheckBoxListCell.forListView(
                PlanEditorViewModel.Offer::chosenProperty));
        var none = javafx.beans.binding.Bindings.isEmpty(viewModel.offers());
        carryList.visibleProperty().bind(none.not());
        carryList.managedProperty().bind(none.not());
        carryLabel.visibleProperty().bind(none.not());
        carryLabel.managedProperty().bind(none.not());
    }

    /** Shows the dialog; it only closes with OK once the plan is complete. */
    public Optional<NewPlan> showAndWait(Window owner) {
        Dialog<NewPlan> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("plan.dialog.title"));
        dialog.setHeaderText(messages.get("plan.dialog.header"));
        dialog.getDialogPane().setContent(root);
        dialog.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        ButtonType create = new ButtonType(messages.get("plan.dialog.create"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(create, cancel);
        dialog.getDialogPane().lookupButton(create).setId("createPlanButton");
        dialog.getDialogPane().lookupButton(create).addEventFilter(ActionEvent.ACTION, e -> {
            if (viewModel.toNewPlan().isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == create ? viewModel.toNewPlan().orElse(null) : null);
        dialog.setResizable(true);
        return dialog.showAndWait();
    }
}
