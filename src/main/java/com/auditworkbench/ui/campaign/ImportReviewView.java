package com.auditworkbench.ui.campaign;

import com.auditworkbench.domain.AnswerChange;
import com.auditworkbench.domain.CampaignAnswer;
import com.auditworkbench.domain.ImportPreview;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.ui.campaign.ImportReviewViewModel.FileRow;
import com.auditworkbench.ui.common.Styles;
import com.auditworkbench.ui.common.ViewLoader;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;

/** The import review: the picked files with what each holds, the selected file's problems and diff, the import. */
public final class ImportReviewView {

    private final ImportReviewViewModel viewModel;
    private final Messages messages;
    private final Runnable onImport;
    private final Parent root;

    @FXML private Label importSummary;
    @FXML private Button importChosenButton;
    @FXML private TableView<FileRow> fileTable;
    @FXML private TableColumn<FileRow, Boolean> fileChosenColumn;
    @FXML private TableColumn<FileRow, String> fileNameColumn;
    @FXML private TableColumn<FileRow, String> fileDepartmentColumn;
    @FXML private TableColumn<FileRow, String> fileAnsweredColumn;
    @FXML private TableColumn<FileRow, String> fileChangesColumn;
    @FXML private TableColumn<FileRow, String> fileStateColumn;
    @FXML private Label detailHeading;
    @FXML private ListView<String> problemList;
    @FXML private TableView<AnswerChange> diffTable;
    @FXML private TableColumn<AnswerChange, String> diffCodeColumn;
    @FXML private TableColumn<AnswerChange, String> diffQuestionColumn;
    @FXML private TableColumn<AnswerChange, String> diffBeforeColumn;
    @FXML private TableColumn<AnswerChange, String> diffAfterColumn;
    @FXML private TableColumn<AnswerChange, String> diffCommentBeforeColumn;
    @FXML private TableColumn<AnswerChange, String> diffCommentAfterColumn;

    public ImportReviewView(ImportReviewViewModel viewModel, Messages messages, Runnable onImport) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.onImport = onImport;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        importSummary.textProperty().bind(viewModel.summaryProperty());
        importChosenButton.disableProperty().bind(viewModel.canImport().not());
        fileTable.setItems(viewModel.files());
        fileChosenColumn.setCellValueFactory(c -> c.getValue().chosenProperty());
        fileChosenColumn.setCellFactory(column -> new CheckBoxTableCell<>() {
            @Override
            public void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                FileRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setEditable(row != null && !row.locked());
            }
        });
        fileNameColumn.setCellValueFactory(c -> text(c.getValue().preview().returned().fileName()));
        fileDepartmentColumn.setCellValueFactory(c -> text(department(c.getValue().preview())));
        fileAnsweredColumn.setCellValueFactory(c -> text(answered(c.getValue().preview())));
        fileChangesColumn.setCellValueFactory(c -> text(changes(c.getValue().preview())));
        fileStateColumn.setCellValueFactory(c -> c.getValue().stateProperty());
        fileStateColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String state, boolean empty) {
                super.updateItem(state, empty);
                setText(empty ? null : state);
                getStyleClass().removeAll(Styles.ERROR, Styles.WARNING);
                FileRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !row.preview().importable()) {
                    getStyleClass().add(Styles.ERROR);
                } else if (row != null && row.preview().needsConfirmation()) {
                    getStyleClass().add(Styles.WARNING);
                }
            }
        });
        fileTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> fileTable.getSelectionModel().select(row));
        detailHeading.textProperty().bind(viewModel.detailHeadingProperty());
        problemList.setItems(viewModel.problems());
        diffTable.setItems(viewModel.changes());
        diffCodeColumn.setCellValueFactory(c -> text(c.getValue().item().code()));
        diffQuestionColumn.setCellValueFactory(c -> text(c.getValue().item().question().in(messages.locale())));
        diffBeforeColumn.setCellValueFactory(c -> text(answer(c.getValue().before())));
        diffAfterColumn.setCellValueFactory(c -> text(answer(c.getValue().after())));
        diffCommentBeforeColumn.setCellValueFactory(c -> text(c.getValue().before().comment()));
        diffCommentAfterColumn.setCellValueFactory(c -> text(c.getValue().after().comment()));
    }

    private String department(ImportPreview preview) {
        return preview.department() == null ? "—" : preview.department().name();
    }

    private String answered(ImportPreview preview) {
        return preview.department() == null || !preview.importable() ? "—"
                : preview.answered() + " / " + preview.questions();
    }

    private String changes(ImportPreview preview) {
        if (!preview.importable()) {
            return "—";
        }
        return preview.isReimport() ? Integer.toString(preview.changes().size()) : messages.get("campaign.import.first");
    }

    private String answer(CampaignAnswer answer) {
        return answer.answer() == null ? messages.get("campaign.column.unanswered")
                : messages.get(answer.answer().messageKey());
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    @FXML
    private void onImportChosen() {
        onImport.run();
    }
}
