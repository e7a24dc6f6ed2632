package com.auditworkbench.ui.interview;

import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Interview;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.ui.common.Converters;
import com.auditworkbench.ui.common.ViewLoader;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Interview records of the plan: the list on the left, the record being written on the right. */
public final class InterviewView {

    private static final DateTimeFormatter HELD_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final InterviewViewModel viewModel;
    private final Messages messages;
    private final ObservableList<Auditor> people;
    private final Parent root;

    @FXML private TableView<Interview> interviewTable;
    @FXML private TableColumn<Interview, String> heldAtColumn;
    @FXML private TableColumn<Interview, String> auditeeColumn;
    @FXML private TableColumn<Interview, String> intervieweeColumn;
    @FXML private TableColumn<Interview, String> roleColumn;
    @FXML private TableColumn<Interview, String> interviewerColumn;
    @FXML private TableColumn<Interview, String> itemsColumn;
    @FXML private Label interviewHeading;
    @FXML private ComboBox<Department> auditeeBox;
    @FXML private TextField intervieweeField;
    @FXML private TextField roleField;
    @FXML private DatePicker datePicker;
    @FXML private TextField timeField;
    @FXML private ComboBox<Auditor> interviewerBox;
    @FXML private TextField itemsField;
    @FXML private TextArea summaryArea;
    @FXML private Label interviewError;
    @FXML private Label interviewStatus;
    @FXML private VBox interviewEvidenceBox;

    public InterviewView(InterviewViewModel viewModel, Messages messages, ObservableList<Auditor> people) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.people = people;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    /** Shows the evidence of the selected interview through the pane the window made. */
    public void embedEvidence(com.auditworkbench.ui.evidence.EvidencePane pane) {
        interviewEvidenceBox.getChildren().setAll(pane.root());
        viewModel.selectedProperty().addListener((obs, old, value) -> pane.show(value == null ? 0 : value.planId(),
                value == null ? null : com.auditworkbench.domain.EvidenceTarget.interview(value.id())));
    }

    @FXML
    private void initialize() {
        interviewTable.setItems(viewModel.interviews());
        interviewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        heldAtColumn.setCellValueFactory(c -> text(c.getValue().heldAt().format(HELD_AT)));
        auditeeColumn.setCellValueFactory(c -> text(c.getValue().department().name()));
        intervieweeColumn.setCellValueFactory(c -> text(c.getValue().interviewee()));
        roleColumn.setCellValueFactory(c -> text(c.getValue().intervieweeRole()));
        interviewerColumn.setCellValueFactory(c -> text(c.getValue().interviewer().map(Auditor::name).orElse("")));
        itemsColumn.setCellValueFactory(c -> text(String.join(", ", c.getValue().itemCodes())));
        interviewTable.getSelectionModel().selectedItemProperty().addListener((obs, old, value) -> {
            if (value != null && value != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(value);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, value) -> {
            if (value == null) {
                interviewTable.getSelectionModel().clearSelection();
            } else if (interviewTable.getSelectionModel().getSelectedItem() != value) {
                interviewTable.getSelectionModel().select(value);
                interviewTable.scrollTo(value);
            }
            interviewHeading.setText(messages.get(value == null ? "interview.heading.new" : "interview.heading.edit"));
        });
        interviewHeading.setText(messages.get("interview.heading.new"));

        auditeeBox.setItems(viewModel.auditees());
        auditeeBox.setConverter(Converters.of(Department::name));
        auditeeBox.valueProperty().bindBidirectional(viewModel.auditeeProperty());
        intervieweeField.textProperty().bindBidirectional(viewModel.intervieweeProperty());
        roleField.textProperty().bindBidirectional(viewModel.roleProperty());
        datePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        timeField.textProperty().bindBidirectional(viewModel.timeProperty());
        interviewerBox.setItems(people);
        interviewerBox.setConverter(Converters.of(Auditor::name));
        interviewerBox.valueProperty().bindBidirectional(viewModel.interviewerProperty());
        itemsField.textProperty().bindBidirectional(viewModel.itemsProperty());
        summaryArea.textProperty().bindBidirectional(viewModel.summaryProperty());
        interviewError.textProperty().bind(viewModel.errorProperty());
        interviewStatus.textProperty().bind(viewModel.statusProperty());
    }

    @FXML
    private void onNew() {
        viewModel.newRecord();
        intervieweeField.requestFocus();
    }

    @FXML
    private void onAddItem() {
        viewModel.addSelectedItem();
    }

    @FXML
    private void onSave() {
        viewModel.save(saved -> { });
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }
}
