package com.auditworkbench.ui.finding;

import com.auditworkbench.domain.ActionStatus;
import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FollowUpNote;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.ReviewNote;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.ui.common.Converters;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.ViewLoader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The findings register: filters, counts as charts, and the selected finding in full. */
public final class FindingsRegisterView {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final FindingsRegisterViewModel viewModel;
    private final DialogService dialogs;
    private final Messages messages;
    private final Parent root;

    @FXML private ComboBox<Severity> severityFilter;
    @FXML private ComboBox<ActionStatus> statusFilter;
    @FXML private CheckBox overdueFilter;
    @FXML private TextField textFilter;
    @FXML private TableView<Finding> findingsTable;
    @FXML private TableColumn<Finding, String> numberColumn;
    @FXML private TableColumn<Finding, String> departmentColumn;
    @FXML private TableColumn<Finding, String> titleColumn;
    @FXML private TableColumn<Finding, String> severityColumn;
    @FXML private TableColumn<Finding, String> statusColumn;
    @FXML private TableColumn<Finding, String> dueColumn;
    @FXML private TableColumn<Finding, String> signOffColumn;
    @FXML private BarChart<String, Number> severityChart;
    @FXML private BarChart<String, Number> statusChart;
    @FXML private Label findingSignOffLabel;
    @FXML private TextField findingTitle;
    @FXML private TextArea findingCondition;
    @FXML private TextArea findingCriteria;
    @FXML private TextArea findingCause;
    @FXML private TextArea findingEffect;
    @FXML private TextArea findingRecommendation;
    @FXML private ComboBox<Severity> findingSeverity;
    @FXML private CheckBox violationCheck;
    @FXML private TextField violationToField;
    @FXML private DatePicker violationOnPicker;
    @FXML private TextArea responseArea;
    @FXML private TextField actionOwnerField;
    @FXML private DatePicker dueDatePicker;
    @FXML private ComboBox<ActionStatus> actionStatusBox;
    @FXML private Button findingSaveButton;
    @FXML private Button findingSignPreparer;
    @FXML private Button findingSignReviewer;
    @FXML private Button findingReopen;
    @FXML private ListView<FollowUpNote> followUpList;
    @FXML private DatePicker followUpDate;
    @FXML private TextField followUpText;
    @FXML private ListView<ReviewNote> reviewList;
    @FXML private ListView<ActivityEvent> historyList;

    @FXML private javafx.scene.control.Tab findingEvidenceTab;

    public FindingsRegisterView(FindingsRegisterViewModel viewModel, DialogService dialogs, Messages messages) {
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
        setUpFilters();
        setUpTable();
        setUpEditor();
        setUpLists();
        setUpEvidence();
        viewModel.findings().addListener((ListChangeListener<Finding>) c -> updateCharts());
        updateCharts();
    }

    /** The selected finding's evidence, in its own tab. */
    private void setUpEvidence() {
        com.auditworkbench.ui.evidence.EvidencePane pane = viewModel.evidencePane(dialogs);
        findingEvidenceTab.setContent(pane.root());
        Runnable show = () -> {
            Finding f = viewModel.selectedProperty().get();
            pane.show(f == null ? 0 : f.planId(),
                    f == null ? null : com.auditworkbench.domain.EvidenceTarget.finding(f.id()));
        };
        viewModel.selectedProperty().addListener((obs, old, f) -> show.run());
        findingEvidenceTab.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                show.run();
            }
        });
        show.run();
        pane.countProperty().addListener((obs, old, n) -> findingEvidenceTab.setText(
                messages.get("finding.tab.evidenceCount", n.intValue())));
    }

    private void setUpFilters() {
        severityFilter.getItems().add(null);
        severityFilter.getItems().addAll(Severity.values());
        severityFilter.setConverter(Converters.ofNullable(s -> s == null ? messages.get("finding.filter.all")
                : messages.get(s.messageKey())));
        severityFilter.valueProperty().bindBidirectional(viewModel.severityFilterProperty());
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(ActionStatus.values());
        statusFilter.setConverter(Converters.ofNullable(s -> s == null ? messages.get("finding.filter.all")
                : messages.get(s.messageKey())));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        overdueFilter.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        textFilter.textProperty().bindBidirectional(viewModel.textFilterProperty());
    }

    private void setUpTable() {
        findingsTable.setItems(viewModel.visible());
        findingsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        numberColumn.setCellValueFactory(c -> text(c.getValue().reference()
                + (c.getValue().isCarriedForward() ? " ↻" : "")));
        departmentColumn.setCellValueFactory(c -> text(c.getValue().department().name()));
        titleColumn.setCellValueFactory(c -> text(c.getValue().title()
                + (c.getValue().content().violation().flagged() ? "　【第14条】" : "")));
        severityColumn.setCellValueFactory(c -> text(messages.get(c.getValue().severity().messageKey())));
        statusColumn.setCellValueFactory(c -> text(messages.get(c.getValue().content().response().status()
                .messageKey())));
        dueColumn.setCellValueFactory(c -> text(c.getValue().content().response().dueDate() == null ? ""
                : c.getValue().content().response().dueDate().toString()));
        signOffColumn.setCellValueFactory(c -> text(messages.get(c.getValue().signOff().stateKey())));
        findingsTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(Finding item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                if (!empty && item != null && viewModel.isOverdue(item)) {
                    getStyleClass().add("overdue");
                }
            }
        });
        findingsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> {
            if (f != null) {
                viewModel.selectedProperty().set(f);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, f) -> {
            if (f != null && findingsTable.getSelectionModel().getSelectedItem() != f) {
                findingsTable.getSelectionModel().select(f);
                findingsTable.scrollTo(f);
            }
        });
        if (viewModel.selectedProperty().get() != null) { // the view is built when its tab is first shown
            findingsTable.getSelectionModel().select(viewModel.selectedProperty().get());
        }
    }

    private void setUpEditor() {
        findingTitle.textProperty().bindBidirectional(viewModel.titleProperty());
        findingCondition.textProperty().bindBidirectional(viewModel.conditionProperty());
        findingCriteria.textProperty().bindBidirectional(viewModel.criteriaProperty());
        findingCause.textProperty().bindBidirectional(viewModel.causeProperty());
        findingEffect.textProperty().bindBidirectional(viewModel.effectProperty());
        findingRecommendation.textProperty().bindBidirectional(viewModel.recommendationProperty());
        findingSeverity.getItems().setAll(Severity.values());
        findingSeverity.setConverter(Converters.of(s -> messages.get(s.messageKey())));
        findingSeverity.valueProperty().bindBidirectional(viewModel.severityProperty());
        violationCheck.selectedProperty().bindBidirectional(viewModel.violationProperty());
        violationToField.textProperty().bindBidirectional(viewModel.violationNotifiedToProperty());
        violationOnPicker.valueProperty().bindBidirectional(viewModel.violationNotifiedOnProperty());
        responseArea.textProperty().bindBidirectional(viewModel.responseProperty());
        actionOwnerField.textProperty().bindBidirectional(viewModel.actionOwnerProperty());
        dueDatePicker.valueProperty().bindBidirectional(viewModel.dueDateProperty());
        actionStatusBox.getItems().setAll(ActionStatus.values());
        actionStatusBox.setConverter(Converters.of(s -> messages.get(s.messageKey())));
        actionStatusBox.valueProperty().bindBidirectional(viewModel.actionStatusProperty());
        findingSignOffLabel.textProperty().bind(viewModel.signOffTextProperty());

        var locked = viewModel.locked();
        for (var control : new javafx.scene.control.Control[] {findingTitle, findingCondition, findingCriteria, findingCause,
            findingEffect, findingRecommendation, findingSeverity, violationCheck, violationToField, violationOnPicker,
            responseArea, actionOwnerField, dueDatePicker, actionStatusBox}) {
            control.disableProperty().bind(locked);
        }
        findingSaveButton.disableProperty().bind(locked.or(viewModel.dirty().not()));
        var none = viewModel.selectedProperty().isNull();
        findingSignPreparer.disableProperty().bind(none.or(viewModel.dirty()));
        findingSignReviewer.disableProperty().bind(none.or(viewModel.dirty()));
        findingReopen.disableProperty().bind(none.or(locked.not()));
    }

    private void setUpLists() {
        followUpList.setItems(viewModel.followUps());
        followUpList.setCellFactory(list -> cell(n -> n.notedOn() + "　" + n.note()
                + (n.author().isEmpty() ? "" : "（" + n.author() + "）")));
        reviewList.setItems(viewModel.reviewNotes());
        reviewList.setCellFactory(list -> cell(this::describe));
        historyList.setItems(viewModel.history());
        historyList.setCellFactory(list -> cell(e -> AT.format(e.occurredAt().atZone(ZoneId.systemDefault())) + "　"
                + e.actor() + "　" + actionLabel(e.action()) + "　" + e.summary()));
    }

    private String describe(ReviewNote note) {
        StringBuilder text = new StringBuilder("[" + messages.get(note.status().messageKey()) + "]");
        for (ReviewNote.Entry entry : note.entries()) {
            text.append("\n").append(entry.author() == null ? "" : entry.author().name()).append("：")
                    .append(entry.text());
        }
        return text.toString();
    }

    private void updateCharts() {
        fill(severityChart, viewModel.countsBySeverity(), s -> messages.get(s.messageKey()));
        fill(statusChart, viewModel.countsByStatus(), s -> messages.get(s.messageKey()));
    }

    private static <K> void fill(BarChart<String, Number> chart, Map<K, Integer> counts, Function<K, String> label) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        counts.forEach((key, count) -> series.getData().add(new XYChart.Data<>(label.apply(key), count)));
        chart.getData().setAll(java.util.List.of(series));
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        };
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

    @FXML
    private void onSave() {
        viewModel.save();
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

    @FXML
    private void onAddFollowUp() {
        if (!followUpText.getText().isBlank()) {
            viewModel.addFollowUp(followUpDate.getValue(), followUpText.getText());
            followUpText.clear();
        }
    }

    @FXML
    private void onOpenReviewNote() {
        dialogs.askText(messages.get("review.open.title"), messages.get("review.open.prompt"))
                .ifPresent(viewModel::openReviewNote);
    }

    @FXML
    private void onAnswerReviewNote() {
        ReviewNote note = reviewList.getSelectionModel().getSelectedItem();
        if (note != null) {
            dialogs.askText(messages.get("review.answer.title"), messages.get("review.answer.prompt"))
                    .ifPresent(text -> viewModel.answerReviewNote(note, text));
        }
    }

    @FXML
    private void onClearReviewNote() {
        ReviewNote note = reviewList.getSelectionModel().getSelectedItem();
        if (note != null) {
            viewModel.clearReviewNote(note, messages.get("review.clearedText"));
        }
    }
}
