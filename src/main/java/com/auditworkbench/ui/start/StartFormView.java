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
import javafx.scene.layout.HBox;

/**
 * The start screen's create / open / restore form: binds the view model to StartFormView.fxml. Built the first time the form
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
    @FXML private Label restoreNote;
    @FXML private Label fileRowLabel;
    @FXML private TextField fileField;
    @FXML private Label targetLabel;
    @FXML private HBox targetRow;
    @FXML private TextField targetField;
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
        var restoring = viewModel.modeProperty().isEqualTo(StartViewModel.Mode.RESTORE);
        var none = viewModel.modeProperty().isEqualTo(StartViewModel.Mode.NONE);
        formPane.visibleProperty().bind(none.not());
        formPane.managedProperty().bind(none.not());
        formTitle.textProperty().bind(byMode(messages.get("start.create.title"), messages.get("start.open.title"),
                messages.get("start.restore.title")));
        submitButton.textProperty().bind(byMode(messages.get("start.create.submit"),
                messages.get("start.open.submit"), messages.get("start.restore.submit")));
        fileRowLabel.textProperty().bind(Bindings.when(restoring).then(messages.get("start.restore.backup"))
                .otherwise(messages.get("start.file")));
        fileField.promptTextProperty().bind(Bindings.when(restoring)
                .then(messages.get("start.restore.backup.prompt")).otherwise(messages.get("start.file.prompt")));
        for (javafx.scene.Node restoreOnly : new javafx.scene.Node[] {restoreNote, targetLabel, targetRow}) {
            restoreOnly.visibleProperty().bind(restoring);
            restoreOnly.managedProperty().bind(restoring);
        }
        // Opening asks for the passphrase once: the confirmation and strength rows take no room then, so 「開く」
        // sits right under the passphrase instead of two empty rows below it.
        for (javafx.scene.Node createOnly : new javafx.scene.Node[] {confirmationLabel, confirmationField,
            strengthLabel}) {
            createOnly.visibleProperty().bind(creating);
            createOnly.managedProperty().bind(creating);
        }
        fileField.textProperty().bindBidirectional(viewModel.filePathProperty());
        targetField.textProperty().bindBidirectional(viewModel.targetPathProperty());
        passphraseField.textProperty().bindBidirectional(viewModel.passphraseProperty());
        confirmationField.textProperty().bindBidirectional(viewModel.confirmationProperty());
        strengthLabel.textProperty().bind(viewModel.strengthTextProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        submitButton.disableProperty().bind(viewModel.canSubmit().not());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
    }

    /** One of three texts, by the form's mode: creating, opening, restoring. */
    private javafx.beans.binding.StringBinding byMode(String create, String open, String restore) {
        return Bindings.createStringBinding(() -> switch (viewModel.modeProperty().get()) {
            case CREATE -> create;
            case RESTORE -> restore;
            default -> open;
        }, viewModel.modeProperty());
    }

    void focusFile() {
        fileField.requestFocus();
    }

    void focusPassphrase() {
        passphraseField.requestFocus();
    }

    @FXML
    private void onBrowse() {
        (switch (viewModel.modeProperty().get()) {
            case CREATE -> dialogs.chooseFileToSave(messages.get("start.create.choose"), "audit.awb",
                    DialogService.FileKind.WORKBENCH);
            case RESTORE -> dialogs.chooseFileToOpen(messages.get("start.restore.chooseBackup"),
                    DialogService.FileKind.ANY);
            default -> dialogs.chooseFileToOpen(messages.get("start.open.choose"), DialogService.FileKind.WORKBENCH);
        }).ifPresent(path -> viewModel.filePathProperty().set(path.toString()));
    }

    /** The new workbench's name, offered as NAME-restored.awb (the field already holds it beside the backup). */
    @FXML
    private void onBrowseTarget() {
        String suggested = viewModel.targetPathProperty().get().isBlank() ? "restored.awb"
                : java.nio.file.Path.of(viewModel.targetPathProperty().get().strip()).getFileName().toString();
        dialogs.chooseFileToSave(messages.get("start.restore.chooseTarget"), suggested,
                DialogService.FileKind.WORKBENCH).ifPresent(path -> viewModel.targetPathProperty().set(path.toString()));
        passphraseField.requestFocus();
    }

    @FXML
    private void onSubmit() {
        viewModel.submit();
    }
}
