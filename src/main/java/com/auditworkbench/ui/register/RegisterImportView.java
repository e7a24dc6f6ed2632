package com.auditworkbench.ui.register;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.RegisterColumn;
import com.auditworkbench.domain.RegisterImportPreview.PreviewRow;
import com.auditworkbench.service.RegisterImportService;
import com.auditworkbench.ui.common.Converters;
import com.auditworkbench.ui.common.Styles;
import com.auditworkbench.ui.common.ViewLoader;
import com.auditworkbench.workbook.RegisterReader;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The import dialog: which column holds which field (guessed from the headers), a preview of every row and every
 * problem; the import is offered only when no row has one.
 */
public final class RegisterImportView {

    private final RegisterImportViewModel viewModel;
    private final Messages messages;
    private final Parent root;
    private Stage stage;
    private Consumer<RegisterImportService.Result> onImported = r -> { };

    @FXML private Label fileLabel;
    @FXML private ComboBox<RegisterReader.Encoding> encodingBox;
    @FXML private GridPane mappingGrid;
    @FXML private CheckBox createDepartmentsBox;
    @FXML private Label summaryLabel;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private TableColumn<PreviewRow, String> rowColumn;
    @FXML private TableColumn<PreviewRow, String> actionColumn;
    @FXML private TableColumn<PreviewRow, String> nameColumn;
    @FXML private TableColumn<PreviewRow, String> departmentColumn;
    @FXML private TableColumn<PreviewRow, String> segmentColumn;
    @FXML private TableColumn<PreviewRow, String> classificationColumn;
    @FXML private TableColumn<PreviewRow, String> notesColumn;
    @FXML private ListView<String> problemList;
    @FXML private ProgressIndicator importBusy;
    @FXML private Button confirmImportButton;

    public RegisterImportView(RegisterImportViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    @FXML
    private void initialize() {
        fileLabel.setText(viewModel.file().getFileName().toString());
        encodingBox.getItems().setAll(RegisterReader.Encoding.values());
        encodingBox.setConverter(Converters.of(e -> messages.get(e.messageKey())));
        encodingBox.valueProperty().bindBidirectional(viewModel.encodingProperty());
        RegisterColumn[] fields = RegisterColumn.values();
        for (int i = 0; i < fields.length; i++) {
            RegisterColumn field = fields[i];
            Label label = new Label(messages.get(field.messageKey()) + (field.required() ? " *" : ""));
            ComboBox<RegisterImportViewModel.ColumnChoice> box = new ComboBox<>(viewModel.columns());
            box.setId("mapping-" + field.code());
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().bindBidirectional(viewModel.mapping(field));
            mappingGrid.add(label, (i % 2) * 2, i / 2);
            mappingGrid.add(box, (i % 2) * 2 + 1, i / 2);
        }
        createDepartmentsBox.selectedProperty().bindBidirectional(viewModel.createDepartmentsProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        previewTable.setItems(viewModel.rows());
        column(rowColumn, r -> Integer.toString(r.rowNumber()));
        column(actionColumn, r -> messages.get(r.action().messageKey()));
        column(nameColumn, r -> r.entry().name());
        column(departmentColumn, r -> r.entry().departmentName());
        column(segmentColumn, r -> r.entry().segment() == null ? "" : messages.get(r.entry().segment().messageKey()));
        column(classificationColumn, r -> r.entry().classification().confidentiality() + " / "
                + r.entry().classification().integrity() + " / " + r.entry().classification().availability());
        column(notesColumn, r -> r.entry().notes());
        problemList.setItems(viewModel.problems());
        problemList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String sentence, boolean empty) {
                super.updateItem(sentence, empty);
                setText(empty ? null : sentence);
                getStyleClass().remove(Styles.ERROR);
                if (!empty) {
                    getStyleClass().add(Styles.ERROR);
                }
            }
        });
        importBusy.visibleProperty().bind(viewModel.workingProperty());
        confirmImportButton.disableProperty().bind(viewModel.importableProperty().not()
                .or(viewModel.workingProperty()));
        viewModel.read();
    }

    /** Shows the dialog; {@code imported} is told the result when the import went through. */
    public Stage show(Window owner, Consumer<RegisterImportService.Result> imported) {
        this.onImported = imported;
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = new Scene(root, 1000, 700);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(messages.get("register.import.title"));
        stage.show();
        return stage;
    }

    @FXML
    private void onImport() {
        viewModel.importNow(result -> {
            onImported.accept(result);
            stage.close();
        });
    }

    @FXML
    private void onCancel() {
        stage.close();
    }

    private static void column(TableColumn<PreviewRow, String> column, Function<PreviewRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
