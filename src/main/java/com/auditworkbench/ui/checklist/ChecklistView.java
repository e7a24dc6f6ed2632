package com.auditworkbench.ui.checklist;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.Threat;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
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
    private static final Duration TEXT_FILTER_DELAY = Duration.millis(250);

    private final ChecklistViewModel viewModel;
    private final Messages messages;
    private final Runnable onRaiseFinding;
    private final Parent root;
    private final Map<Result, ToggleButton> resultButtons = new EnumMap<>(Result.class);
    private final PauseTransition notesPause = new PauseTransition(NOTES_SAVE_DELAY);
    private final PauseTransition textPause = new PauseTransition(TEXT_FILTER_DELAY);
    private boolean showingFilter;

    @FXML private ComboBox<Department> checklistAuditee;
    @FXML private ComboBox<Category> checklistCategory;
    @FXML private ComboBox<Segment> checklistSegment;
    @FXML private ComboBox<Threat> checklistThreat;
    @FXML private ComboBox<Result> checklistResult;
    @FXML private CheckBox checklistPriority;
    @FXML private TextField checklistText;
    @FXML private Label checklistShown;
    @FXML private TableColumn<ChecklistRow, String> evidenceColumn;
    @FXML private ListView<ChecklistViewModel.ProgressLine> auditeeProgressList;
    @FXML private ListView<ChecklistViewModel.ProgressLine> categoryProgressList;
    @FXML private VBox checklistEvidenceBox;
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
        checklistAuditee.getItems().add(null);
        viewModel.departments().addListener((javafx.collections.ListChangeListener<Department>) c -> {
            checklistAuditee.getItems().setAll(viewModel.departments());
            checklistAuditee.getItems().add(0, null);
        });
        checklistAuditee.setButtonCell(departmentCell());
        checklistAuditee.setCellFactory(list -> departmentCell());
        checklistAuditee.valueProperty().bindBidirectional(viewModel.departmentFilterProperty());
        progressLabel.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.loadingRestProperty())
                .then(messages.get("checklist.loadingRest")).otherwise(viewModel.progressTextProperty()));
        checklistShown.textProperty().bind(viewModel.shownTextProperty());
        setUpFilters();
        auditeeProgressList.setItems(viewModel.auditeeProgress());
        auditeeProgressList.setCellFactory(list -> new ProgressCell(false));
        categoryProgressList.setItems(viewModel.categoryProgress());
        categoryProgressList.setCellFactory(list -> new ProgressCell(true));
        viewModel.revealRequestProperty().addListener((obs, old, row) -> {
            if (row != null) {
                checklistTable.getSelectionModel().select(row);
                int index = checklistTable.getSelectionModel().getSelectedIndex();
                if (index >= 0) {
                    checklistTable.scrollTo(Math.max(0, index - 3));
                }
                checklistTable.requestFocus();
            }
        });

        checklistTable.itemsProperty().bind(viewModel.visibleRowsProperty());
        checklistTable.itemsProperty().addListener((obs, old, items) -> {
            ChecklistRow row = viewModel.selectedProperty().get();
            if (row != null && items.contains(row)) {
                checklistTable.getSelectionModel().select(row);
            }
        });
        checklistTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        departmentColumn.setCellValueFactory(c -> text(auditeeName(c.getValue().department())));
        codeColumn.setCellValueFactory(c -> text(c.getValue().item().code()));
        categoryColumn.setCellValueFactory(c -> text(messages.get(c.getValue().item().category().messageKey())));
        titleColumn.setCellValueFactory(c -> text(c.getValue().item().title().in(messages.locale())));
        priorityColumn.setCellValueFactory(c -> text(c.getValue().item().priority() ? "★" : ""));
        resultColumn.setCellValueFactory(c -> text(messages.get(c.getValue().result().messageKey())));
        notesColumn.setCellValueFactory(c -> text(c.getValue().notes()));
        evidenceColumn.setCellValueFactory(c -> {
            int count = viewModel.evidenceCount(c.getValue());
            return text(count == 0 ? "" : Integer.toString(count));
        });
        evidenceColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        viewModel.evidenceVersionProperty().addListener((obs, old, value) -> checklistTable.refresh());
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
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            showDetails(row);
            // a saved row replaces the shown one in the list; keep it selected, so the arrows go on from there
            if (row != null && checklistTable.getSelectionModel().getSelectedItem() != row
                    && checklistTable.getItems().contains(row)) {
                checklistTable.getSelectionModel().select(row);
            }
        });
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

    private void setUpFilters() {
        checklistCategory.getItems().add(null);
        checklistCategory.getItems().addAll(Category.values());
        checklistSegment.getItems().add(null);
        checklistSegment.getItems().addAll(Segment.values());
        checklistThreat.getItems().add(null);
        checklistThreat.getItems().addAll(Threat.values());
        checklistResult.getItems().add(null);
        checklistResult.getItems().addAll(Result.values());
        checklistCategory.setButtonCell(cell(Category::messageKey));
        checklistCategory.setCellFactory(list -> cell(Category::messageKey));
        checklistSegment.setButtonCell(cell(Segment::messageKey));
        checklistSegment.setCellFactory(list -> cell(Segment::messageKey));
        checklistThreat.setButtonCell(cell(Threat::messageKey));
        checklistThreat.setCellFactory(list -> cell(Threat::messageKey));
        checklistResult.setButtonCell(cell(Result::messageKey));
        checklistResult.setCellFactory(list -> cell(Result::messageKey));
        checklistCategory.valueProperty().addListener((o, a, v) -> change(f -> f.withCategory(v)));
        checklistSegment.valueProperty().addListener((o, a, v) -> change(f -> f.withSegment(v)));
        checklistThreat.valueProperty().addListener((o, a, v) -> change(f -> f.withThreat(v)));
        checklistResult.valueProperty().addListener((o, a, v) -> change(f -> f.withResult(v)));
        checklistPriority.selectedProperty().addListener((o, a, v) -> change(f -> f.withPriorityOnly(v)));
        checklistText.textProperty().addListener((o, a, v) -> textPause.playFromStart());
        textPause.setOnFinished(e -> change(f -> f.withText(checklistText.getText())));
        checklistText.setOnAction(e -> {
            textPause.stop();
            change(f -> f.withText(checklistText.getText()));
        });
        viewModel.filterProperty().addListener((obs, old, value) -> showFilter(value));
    }

    private void change(java.util.function.UnaryOperator<ChecklistFilter> edit) {
        if (!showingFilter) {
            viewModel.filterProperty().set(edit.apply(viewModel.filterProperty().get()));
        }
    }

    /** Puts the model's filter into the controls (after a reset), without feeding it back. */
    private void showFilter(ChecklistFilter filter) {
        showingFilter = true;
        try {
            checklistCategory.setValue(filter.category());
            checklistSegment.setValue(filter.segment());
            checklistThreat.setValue(filter.threat());
            checklistResult.setValue(filter.result());
            checklistPriority.setSelected(filter.priorityOnly());
            if (!checklistText.getText().strip().equals(filter.text())) {
                textPause.stop();
                checklistText.setText(filter.text());
                textPause.stop();
            }
        } finally {
            showingFilter = false;
        }
    }

    @FXML
    private void onClearFilters() {
        textPause.stop();
        viewModel.filterProperty().set(ChecklistFilter.NONE);
    }

    private <T> ListCell<T> cell(java.util.function.Function<T, String> key) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.get("checklist.filter.any") : messages.get(key.apply(item)));
            }
        };
    }

    /** One auditee's or category's progress: the name, a bar and done / total. */
    private final class ProgressCell extends ListCell<ChecklistViewModel.ProgressLine> {
        private final boolean labelIsKey;
        private final Label name = new Label();
        private final javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        private final Label figures = new Label();
        private final javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8, name, bar, figures);

        ProgressCell(boolean labelIsKey) {
            this.labelIsKey = labelIsKey;
            name.setMinWidth(90);
            name.setPrefWidth(120);
            name.setMaxWidth(160);
            bar.setPrefWidth(90);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ChecklistViewModel.ProgressLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            name.setText(labelIsKey ? messages.get(line.label()) : line.label());
            bar.setProgress(line.fraction());
            figures.setText(String.format("%,d / %,d", line.done(), line.total()));
            setGraphic(box);
        }
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
                setText(empty ? null : item == null ? messages.get("checklist.allDepartments") : auditeeName(item));
            }
        };
    }

    /**
     * Shows the evidence of the selected row in the details, through the pane the window made; evidence added or
     * unlinked there updates the row's count in the table.
     */
    public void embedEvidence(com.auditworkbench.ui.evidence.EvidencePane pane) {
        checklistEvidenceBox.getChildren().setAll(pane.root());
        pane.setOnChanged(viewModel::refreshEvidenceCounts);
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row == null) {
                pane.show(0, null);
            } else if (old == null || !old.key().equals(row.key())) {
                pane.show(row.planId(), com.auditworkbench.domain.EvidenceTarget.result(row));
            }
        });
    }

    private String auditeeName(Department department) {
        return department.isContractor() ? messages.get("checklist.contractorSuffix", department.name())
                : department.name();
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    @FXML
    private void onRaiseFinding() {
        onRaiseFinding.run();
    }
}
