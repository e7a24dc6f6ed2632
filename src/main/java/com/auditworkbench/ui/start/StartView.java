package com.auditworkbench.ui.start;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.ViewLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The start screen: binds the view model to StartView.fxml and delegates every action. The create / open / restore
 * form ({@link StartFormView}) is added the first time it is asked for, so the first drawing has only what it
 * shows.
 */
public final class StartView {

    private final StartViewModel viewModel;
    private final DialogService dialogs;
    private final Messages messages;
    private final Parent root;
    private StartFormView form;

    @FXML private Label samplePassphraseLabel;
    @FXML private VBox recentList;
    @FXML private Label noRecentLabel;
    @FXML private VBox welcomePane;
    @FXML private StackPane centerPane;
    @FXML private HBox openingBox;

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
        showRecent();
        viewModel.recent().addListener((ListChangeListener<Path>) change -> showRecent());
        var none = viewModel.modeProperty().isEqualTo(StartViewModel.Mode.NONE);
        welcomePane.visibleProperty().bind(none);
        welcomePane.managedProperty().bind(none);
        openingBox.visibleProperty().bind(viewModel.busyProperty());
        openingBox.managedProperty().bind(viewModel.busyProperty());
        viewModel.modeProperty().addListener((obs, old, mode) -> form());
        viewModel.errorProperty().addListener((obs, old, error) -> form()); // where the sentence is shown
    }

    /**
     * One button per recently used workbench: its name, then its folder (cut in the middle when long). Buttons, not a
     * list control: eight entries at most, each reached with Tab and opened with a click, Enter or Space, and the
     * start screen's first drawing builds no list skin, cells or scroll bars (docs/decisions/0005).
     */
    private void showRecent() {
        List<Button> entries = new ArrayList<>();
        for (Path file : viewModel.recent()) {
            Button entry = new Button(file.getFileName() + "  —  " + file.getParent());
            entry.getStyleClass().setAll("recent-entry");
            entry.setMaxWidth(Double.MAX_VALUE);
            entry.setMnemonicParsing(false);
            entry.setOnAction(e -> {
                viewModel.showOpen(file);
                form().focusPassphrase();
            });
            entries.add(entry);
        }
        recentList.getChildren().setAll(entries);
        noRecentLabel.setVisible(entries.isEmpty());
        noRecentLabel.setManaged(entries.isEmpty());
    }

    /** The form, built and added on first use. */
    private StartFormView form() {
        if (form == null) {
            form = new StartFormView(viewModel, dialogs, messages);
            centerPane.getChildren().add(form.root());
        }
        return form;
    }

    /** The open form with this file chosen and the passphrase field focused; a missing file is said at once. */
    public void choose(Path file) {
        viewModel.choose(file);
        form().focusPassphrase();
    }

    @FXML
    private void onCreate() {
        viewModel.showCreate();
        form().focusFile();
    }

    @FXML
    private void onOpen() {
        viewModel.showOpen(null);
        form().focusFile();
    }

    @FXML
    private void onRestore() {
        viewModel.showRestore();
        form().focusFile();
    }

    @FXML
    private void onOpenSample() {
        viewModel.openSample();
    }
}
