package com.auditworkbench.ui.activity;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.ui.common.Styles;
import com.auditworkbench.ui.common.ViewLoader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The activity log window (Art. 13). */
public final class ActivityLogView {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final ActivityLogViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private TextField filterField;
    @FXML private CheckBox planOnlyCheck;
    @FXML private Label verificationLabel;
    @FXML private TableView<ActivityEvent> eventsTable;
    @FXML private TableColumn<ActivityEvent, String> seqColumn;
    @FXML private TableColumn<ActivityEvent, String> atColumn;
    @FXML private TableColumn<ActivityEvent, String> actorColumn;
    @FXML private TableColumn<ActivityEvent, String> actionColumn;
    @FXML private TableColumn<ActivityEvent, String> summaryColumn;
    @FXML private TableColumn<ActivityEvent, String> changeColumn;

    public ActivityLogView(ActivityLogViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        planOnlyCheck.selectedProperty().bindBidirectional(viewModel.thisPlanOnlyProperty());
        verificationLabel.textProperty().bind(viewModel.verificationProperty());
        viewModel.verificationFailedProperty().addListener((obs, was, failed) -> {
            verificationLabel.getStyleClass().remove(Styles.ERROR);
            if (failed) {
                verificationLabel.getStyleClass().add(Styles.ERROR);
            }
        });
        eventsTable.setItems(viewModel.events());
        eventsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        seqColumn.setCellValueFactory(c -> text(Long.toString(c.getValue().sequence())));
        atColumn.setCellValueFactory(c -> text(AT.format(c.getValue().occurredAt().atZone(ZoneId.systemDefault()))));
        actorColumn.setCellValueFactory(c -> text(c.getValue().actor()));
        actionColumn.setCellValueFactory(c -> text(actionLabel(c.getValue().action())));
        summaryColumn.setCellValueFactory(c -> text(c.getValue().summary()));
        changeColumn.setCellValueFactory(c -> text(c.getValue().before() + " → " + c.getValue().after()));
    }

    public void show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("activity.title"));
        Scene scene = new Scene(root, 1000, 600);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        viewModel.reload();
    }

    @FXML
    private void onVerify() {
        viewModel.verify();
    }

    /** The action in words; an action this version has no words for is shown as it is stored. */
    private String actionLabel(String action) {
        String key = "activity.action." + action;
        String label = messages.get(key);
        return label.equals(key) ? action : label;
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }
}
