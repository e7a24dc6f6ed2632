package com.auditworkbench.ui.checklist;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Result;
import com.auditworkbench.ui.common.ViewLoader;
import java.util.EnumMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;

/** The checklist: a table of item × department, and beside it the selected row's result and notes. */
public final class ChecklistView {

    private static final Duration NOTES_SAVE_DELAY = Duration.millis(600);

    private final ChecklistViewModel viewModel;
    private final Messages messages;
    private final Runnable onRaiseFinding;
    private final Parent root;
    private final Map<Result, ToggleButton> resultButtons = new EnumMap<>(Result.class);
    private final PauseTransition notesPause = new PauseTransition(NOTES_SAVE_DELAY);

    @FXML private ComboBox<Department> departmentFilter;
    @FXML private Label progressLabel;
    @FXML private TableView<ChecklistRow> checklistTable;
    @FXML private TableColumn<ChecklistRow, String> departmentColumn;
    @FXML private TableColumn<ChecklistRow, String> codeColumn;
    @FXML private TableColumn<ChecklistRow, String> categoryColumn;
    @FXML private TableColumn<ChecklistRow, String> titleColumn;
    @FXML private TableColumn<ChecklistRow, String> priorityColumn;
    @FXML private TableColumn<ChecklistRow, String> resultColumn;
    @FXML private TableColumn<ChecklistRow, String> notesColumn;
    @FXML private Label itemTitle;
    @FXML private Label itemArticles;
    @FXML private Label itemProcedure;
    @FXML private Label itemEvidence;
    @FXML private FlowPane resultBox;
    @FXML private TextArea notesArea;
    @FXML private Button raiseFindingButton;
    @FXML private Label signOffLabel;
    @FXML private Button signPreparerButton;
    @FXML private Button signReviewerButton;
    @FXML private Button reopenButton;

    private final com.auditworkbench.ui.common.DialogService dialogs;

    public ChecklistView(ChecklistViewModel viewModel, Messages messages,
            com.auditworkbench.ui.common.DialogService dialogs, Runnable onRaiseFinding) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.onRaiseFinding = onRaiseFinding;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        departmentFilter.getItems().add(null);
        viewModel.departments().addListener((javafx.collections.ListChangeListener<Department>) c -> {
            departmentFilter.getItems().setAll(viewModel.departments());
            departmentFilter.getItems().add(0, null);
        });
        departmentFilter.setButtonCell(departmentCell());
        departmentFilter.setCellFactory(list -> departmentCell());
        departmentFilter.valueProperty().bindBidirectional(viewModel.departmentFilterProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());

        checklistTable.setItems(viewModel.visibleRows());
        checklistTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        departmentColumn.setCellValueFactory(c -> text(c.getValue().department().name()));
        codeColumn.setCellValueFactory(c -> text(c.getValue().item().code()));
        categoryColumn.setCellValueFactory(c -> text(messages.get(c.getValue().item().category().messageKey())));
        titleColumn.setCellValueFactory(c -> text(c.getValue().item().title().in(messages.locale())));
        priorityColumn.setCellValueFactory(c -> text(c.getValue().item().priority() ? "★" : ""));
        resultColumn.setCellValueFactory(c -> text(messages.get(c.getValue().result().messageKey())));
        notesColumn.setCellValueFactory(c -> text(c.getValue().notes()));
        checklistTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        checklistTable.addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);

        ToggleGroup group = new ToggleGroup();
        for (Result result : Result.values()) {
            ToggleButton button = new ToggleButton(result.shortcut() + " " + messages.get(result.messageKey()));
            button.setId("result-" + result.code());
            button.setToggleGroup(group);
            button.setOnAction(e -> viewModel.recordResult(result));
            resultButtons.put(result, button);
            resultBox.getChildren().add(button);
        }
        viewModel.selectedProperty().addListener((obs, old, row) -> showDetails(row));
        showDetails(null);

        notesArea.textProperty().bindBidirectional(viewModel.notesDraftProperty());
        notesArea.textProperty().addListener((obs, old, value) -> notesPause.playFromStart());
        notesPause.setOnFinished(e -> viewModel.flushNotes());
        notesArea.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.flushNotes();
            }
        });
        raiseFindingButton.disableProperty().bind(viewModel.canRaiseFinding().not());
        var none = viewModel.selectedProperty().isNull();
        var locked = viewModel.selectedLocked();
        signPreparerButton.disableProperty().bind(none);
        signReviewerButton.disableProperty().bind(none);
        reopenButton.disableProperty().bind(none.or(locked.not()));
        notesArea.editableProperty().bind(locked.not());
    }

    private void onKeyTyped(KeyEvent event) {
        String typed = event.getCharacter();
        for (Result result : Result.values()) {
            if (typed.length() == 1 && typed.charAt(0) == result.shortcut()) {
                viewModel.recordResult(result);
                event.consume();
                return;
            }
        }
    }

    private void showDetails(ChecklistRow row) {
        boolean none = row == null;
        boolean locked = none || row.signOff().isLocked();
        notesArea.setDisable(none);
        resultButtons.values().forEach(b -> b.setDisable(locked));
        signOffLabel.setText(none ? "" : com.auditworkbench.ui.common.SignOffText.describe(row.signOff(), messages));
        if (none) {
            itemTitle.setText(messages.get("checklist.noSelection"));
            itemArticles.setText("");
            itemProcedure.setText("");
            itemEvidence.setText("");
            resultButtons.values().forEach(b -> b.setSelected(false));
            return;
        }
        itemTitle.setText(row.item().code() + "  " + row.item().title().in(messages.locale()) + "  —  "
                + row.department().name());
        itemArticles.setText(messages.get("checklist.articles", row.item().articlesInJapanese(),
                String.join(", ", row.item().isoControls())));
        itemProcedure.setText(row.item().procedure().in(messages.locale()));
        itemEvidence.setText(row.item().evidenceExamples().isEmpty() ? ""
                : messages.get("checklist.evidence", String.join("、", row.item().evidenceExamples())));
        resultButtons.forEach((result, button) -> button.setSelected(result == row.result()));
    }

    @FXML
    private void onSignPreparer() {
        viewModel.signAsPreparer();
    }

    @FXML
    private void onSignReviewer() {
        viewModel.signAsReviewer();
    }

    @FXML
    private void onReopen() {
        dialogs.askText(messages.get("finding.reopen.title"), messages.get("finding.reopen.prompt"))
                .ifPresent(viewModel::reopen);
    }

    private ListCell<Department> departmentCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Department item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.get("checklist.allDepartments") : item.name());
            }
        };
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    @FXML
    private void onRaiseFinding() {
        onRaiseFinding.run();
    }
}
