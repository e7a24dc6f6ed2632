package com.auditworkbench.ui.common;

import com.auditworkbench.domain.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: the operating system's file chooser and JavaFX alerts. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final Messages messages;

    public FxDialogService(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialFileName, FileKind kind) {
        FileChooser chooser = chooser(title, kind);
        chooser.setInitialFileName(initialFileName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        return Optional.ofNullable(chooser(title, kind).showOpenDialog(owner)).map(File::toPath);
    }

    private FileChooser chooser(String title, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get(kind.messageKey()),
                kind.pattern()));
        return chooser;
    }

    @Override
    public Optional<String> askText(String title, String prompt) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        dialog.getEditor().setPrefColumnCount(40);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public java.util.List<Path> chooseFilesToOpen(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        java.util.List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? java.util.List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public boolean confirm(String title, String sentence) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, sentence, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setResizable(true);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public void showError(String title, String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.showAndWait();
    }
}
