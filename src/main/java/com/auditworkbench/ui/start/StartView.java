package com.auditworkbench.ui.start;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.ViewLoader;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The start screen: binds the view model to StartView.fxml and delegates every action. */
public final class StartView {

    private final StartViewModel viewModel;
    private final DialogService dialogs;
    private final Messages messages;
    private final Parent root;

    @FXML private Label samplePassphraseLabel;
    @FXML private ListView<Path> recentList;
    @FXML private VBox welcomePane;
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
    @FXML private javafx.scene.layout.HBox openingBox;

    public StartView(StartViewModel viewModel, DialogService dialogs, Messages messages) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        samplePassphraseLabel.setText(messages.get("start.sample.passphrase", viewModel.samplePassphrase()));
        recentList.setItems(viewModel.recent());
        recentList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.getFileName() + "  —  " + item.getParent());
            }
        });
        recentList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && recentList.getSelectionModel().getSelectedItem() != null) {
                viewModel.showOpen(recentList.getSelectionModel().getSelectedItem());
                passphraseField.requestFocus();
            }
        });
        var creating = viewModel.modeProperty().isEqualTo(StartViewModel.Mode.CREATE);
        var none = viewModel.modeProperty().isEqualTo(StartViewModel.Mode.NONE);
        welcomePane.visibleProperty().bind(none);
        welcomePane.managedProperty().bind(none);
        formPane.visibleProperty().bind(none.not());
        formPane.managedProperty().bind(none.not());
        formTitle.textProperty().bind(Bindings.when(creating).then(messages.get("start.create.title"))
                .otherwise(messages.get("start.open.title")));
        submitButton.textProperty().bind(Bindings.when(creating).then(messages.get("start.create.submit"))
                .otherwise(messages.get("start.open.submit")));
        confirmationLabel.visibleProperty().bind(creating);
        confirmationField.visibleProperty().bind(creating);
        fileField.textProperty().bindBidirectional(viewModel.filePathProperty());
        passphraseField.textProperty().bindBidirectional(viewModel.passphraseProperty());
        confirmationField.textProperty().bindBidirectional(viewModel.confirmationProperty());
        strengthLabel.textProperty().bind(viewModel.strengthTextProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        submitButton.disableProperty().bind(viewModel.canSubmit().not());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        openingBox.visibleProperty().bind(viewModel.busyProperty());
        openingBox.managedProperty().bind(viewModel.busyProperty());
    }

    /** The open form with this file chosen and the passphrase field focused; a missing file is said at once. */
    public void choose(Path file) {
        viewModel.choose(file);
        passphraseField.requestFocus();
    }

    @FXML
    private void onCreate() {
        viewModel.showCreate();
        fileField.requestFocus();
    }

    @FXML
    private void onOpen() {
        viewModel.showOpen(null);
        fileField.requestFocus();
    }

    @FXML
    private void onOpenSample() {
        viewModel.openSample();
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
