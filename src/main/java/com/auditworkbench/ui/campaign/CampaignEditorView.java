package com.auditworkbench.ui.campaign;

import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewCampaign;
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

/** The dialog in which the lead starts a self-inspection campaign. */
public final class CampaignEditorView {

    private final CampaignEditorViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private Spinner<Integer> campaignYearSpinner;
    @FXML private TextField campaignTitleField;
    @FXML private TextArea campaignDepartmentsArea;
    @FXML private DatePicker deadlinePicker;
    @FXML private TextField contactField;
    @FXML private ComboBox<String> campaignMarkingBox;
    @FXML private Label campaignTemplateLabel;
    @FXML private Label campaignErrorLabel;

    public CampaignEditorView(CampaignEditorViewModel viewModel, Messages messages) {
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
        campaignYearSpinner.setValueFactory(years);
        years.valueProperty().bindBidirectional(viewModel.fiscalYearProperty());
        campaignTitleField.textProperty().bindBidirectional(viewModel.titleProperty());
        campaignDepartmentsArea.textProperty().bindBidirectional(viewModel.departmentsProperty());
        deadlinePicker.valueProperty().bindBidirectional(viewModel.deadlineProperty());
        contactField.textProperty().bindBidirectional(viewModel.contactProperty());
        campaignMarkingBox.getItems().setAll(CampaignEditorViewModel.MARKINGS);
        campaignMarkingBox.valueProperty().bindBidirectional(viewModel.markingProperty());
        campaignTemplateLabel.setText(viewModel.templateDescription());
        campaignErrorLabel.textProperty().bind(viewModel.errorProperty());
    }

    /** Shows the dialog; it only closes with OK once the campaign is complete. */
    public Optional<NewCampaign> showAndWait(Window owner) {
        Dialog<NewCampaign> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("campaign.dialog.title"));
        dialog.setHeaderText(messages.get("campaign.dialog.header"));
        dialog.getDialogPane().setContent(root);
        dialog.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        ButtonType create = new ButtonType(messages.get("plan.dialog.create"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(create, cancel);
        dialog.getDialogPane().lookupButton(create).setId("createCampaignButton");
        dialog.getDialogPane().lookupButton(create).addEventFilter(ActionEvent.ACTION, e -> {
            if (viewModel.toNewCampaign().isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == create ? viewModel.toNewCampaign().orElse(null) : null);
        dialog.setResizable(true);
        return dialog.showAndWait();
    }
}
