package com.auditworkbench.ui.finding;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.ui.common.Styles;
import com.auditworkbench.ui.common.ViewLoader;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The dialog in which a finding is raised from a deviating checklist row. */
public final class FindingEditorView {

    private final FindingEditorViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private Label itemLabel;
    @FXML private TextField titleField;
    @FXML private TextArea conditionArea;
    @FXML private TextArea criteriaArea;
    @FXML private TextArea recommendationArea;
    @FXML private ComboBox<Severity> severityBox;
    @FXML private Label errorLabel;

    public FindingEditorView(FindingEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    @FXML
    private void initialize() {
        itemLabel.setText(viewModel.itemDescription());
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        conditionArea.textProperty().bindBidirectional(viewModel.conditionProperty());
        criteriaArea.textProperty().bindBidirectional(viewModel.criteriaProperty());
        recommendationArea.textProperty().bindBidirectional(viewModel.recommendationProperty());
        severityBox.getItems().setAll(Severity.values());
        severityBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Severity severity) {
                return severity == null ? "" : messages.get(severity.messageKey());
            }

            @Override
            public Severity fromString(String text) {
                return null;
            }
        });
        severityBox.valueProperty().bindBidirectional(viewModel.severityProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
    }

    public Optional<NewFinding> showAndWait(Window owner) {
        Dialog<NewFinding> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("finding.dialog.title"));
        dialog.setHeaderText(messages.get("finding.dialog.header"));
        dialog.getDialogPane().setContent(root);
        dialog.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        ButtonType raise = new ButtonType(messages.get("finding.dialog.raise"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(raise, cancel);
        dialog.getDialogPane().lookupButton(raise).setId("raiseFindingConfirm");
        dialog.getDialogPane().lookupButton(raise).addEventFilter(ActionEvent.ACTION, e -> {
            if (viewModel.toNewFinding().isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == raise ? viewModel.toNewFinding().orElse(null) : null);
        dialog.setResizable(true);
        return dialog.showAndWait();
    }
}
