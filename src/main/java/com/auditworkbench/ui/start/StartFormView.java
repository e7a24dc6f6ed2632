package com.auditworkbench.ui.start;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The start screen's create / open form: binds the view model to StartFormView.fxml. Built the first time the form
 * is needed, not with the start screen: its text fields and progress indicator were a third of the start screen's
 * first drawing (docs/decisions/0005, addendum of 2026-11-28).
 */
final class StartFormView {

    private final StartViewModel viewModel;
    private final DialogService dialogs;
    private final Messages messages;
    private final Parent root;

    @FXML private GridPane formPane;
    @FXML private Label formTitle;
    @FXML private TextField fileField;
    @FXML private PasswordField passphraseField;
    @FXML private Label confirmationLabel;
    @FXML private PasswordField confirmationField;
    @FXML private Label strengthLabel;
    @FXML private Label errorLabel;
    @FXML private Button submitButton;
    @FXML private ProgressIndicator busyIndicator;

    StartFormView(StartViewModel viewModel, DialogService dialogs, Messages messages) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        var creating = viewModel.modeProperty().isEqualTo(StartViewModel.Mode.CREATE);
        var none = viewModel.modeProperty().isEqualTo(StartViewModel.Mode.NONE);
        formPane.visibleProperty().bind(none.not());
        formPane.managedProperty().bind(none.not());
        formTitle.textProperty().bind(Bindings.when(creating).then(messages.get("start.create.title"))
                .otherwise(messages.get("start.open.title")));
        submitButton.textProperty().bind(Bindings.when(creating).then(messages.get("start.create.submit"))
                .otherwise(messages.get("start.open.submit")));
        // Opening asks for the passphrase once: the confirmation and strength rows take no room then, so 「開く」
        // sits right under the passphrase instead of two empty rows below it.
        for (javafx.scene.Node createOnly : new javafx.scene.Node[] {confirmationLabel, confirmationField,
            strengthLabel}) {
            createOnly.visibleProperty().bind(creating);
            createOnly.managedProperty().bind(creating);
        }
        fileField.textProperty().bindBidirectional(viewModel.filePathProperty());
        passphraseField.textProperty().bindBidirectional(viewModel.passphraseProperty());
        confirmationField.textProperty().bindBidirectional(viewModel.confirmationProperty());
        strengthLabel.textProperty().bind(viewModel.strengthTextProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        submitButton.disableProperty().bind(viewModel.canSubmit().not());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
    }

    void focusFile() {
        fileField.requestFocus();
    }

    void focusPassphrase() {
        passphraseField.requestFocus();
    }

    @FXML
    private void onBrowse() {
        String title = messages.get(viewModel.modeProperty().get() == StartViewModel.Mode.CREATE
                ? "start.create.choose" : "start.open.choose");
        (viewModel.modeProperty().get() == StartViewModel.Mode.CREATE
                ? dialogs.chooseFileToSave(title, "audit.awb", DialogService.FileKind.WORKBENCH)
                : dialogs.chooseFileToOpen(title, DialogService.FileKind.WORKBENCH))
                .ifPresent(path -> viewModel.filePathProperty().set(path.toString()));
    }

    @FXML
    private void onSubmit() {
        viewModel.submit();
    }
}
