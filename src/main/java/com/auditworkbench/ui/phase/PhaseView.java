package com.auditworkbench.ui.phase;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.OpenItem;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The stepper at the top of an audit and, under it, what is left in the current phase as links. */
public final class PhaseView {

    /** Style class of every link in the list, for the stylesheet and for tests. */
    public static final String LINK = "what-is-left-link";
    /** Style class of a kind's heading line. */
    public static final String HEADING = "what-is-left-heading";

    private final PhaseViewModel viewModel;
    private final Messages messages;
    private final DialogService dialogs;
    private final OpenItemNavigator navigator;
    private final Parent root;

    @FXML private HBox stepperBox;
    @FXML private Label leftSummary;
    @FXML private VBox refusalBox;
    @FXML private Label refusalLabel;
    @FXML private ListView<LeftRow> leftList;

    public PhaseView(PhaseViewModel viewModel, Messages messages, DialogService dialogs, OpenItemNavigator navigator) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        PhaseStepper stepper = new PhaseStepper(messages);
        stepper.phaseProperty().bind(viewModel.phaseProperty());
        stepper.setOnMove(viewModel::move);
        stepperBox.getChildren().add(0, stepper);
        leftSummary.textProperty().bind(viewModel.summaryProperty());
        refusalLabel.textProperty().bind(viewModel.refusalProperty());
        refusalBox.visibleProperty().bind(viewModel.refusalProperty().isNotEmpty());
        refusalBox.managedProperty().bind(refusalBox.visibleProperty());
        leftList.setItems(viewModel.rows());
        leftList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LeftRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(HEADING);
                setGraphic(null);
                setText(null);
                if (empty || row == null) {
                    return;
                }
                if (row.isHeading()) {
                    getStyleClass().add(HEADING);
                    setText(viewModel.heading(row));
                    return;
                }
                OpenItem item = row.item();
                Hyperlink link = new Hyperlink(viewModel.subject(item));
                link.getStyleClass().add(LINK);
                link.setOnAction(e -> navigator.open(item));
                setGraphic(link);
            }
        });
    }

    @FXML
    private void onRefresh() {
        viewModel.refresh();
    }

    @FXML
    private void onOverride() {
        dialogs.askText(messages.get("phase.override.title"), messages.get("phase.override.prompt"))
                .ifPresent(viewModel::override);
    }
}
