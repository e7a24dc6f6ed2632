package com.auditworkbench.ui.request;

import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.DocumentRequest;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.RequestStatus;
import com.auditworkbench.ui.common.Converters;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.ViewLoader;
import com.auditworkbench.ui.phase.ScreenDates;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The request list of the selected audit: a table, the status buttons, a form, the seed and the export. */
public final class RequestListView {

    private final RequestListViewModel viewModel;
    private final Messages messages;
    private final DialogService dialogs;
    private final Parent root;

    @FXML private ComboBox<Department> departmentFilter;
    @FXML private TableView<DocumentRequest> requestTable;
    @FXML private TableColumn<DocumentRequest, String> numberColumn;
    @FXML private TableColumn<DocumentRequest, String> departmentColumn;
    @FXML private TableColumn<DocumentRequest, String> titleColumn;
    @FXML private TableColumn<DocumentRequest, String> itemColumn;
    @FXML private TableColumn<DocumentRequest, String> requestedColumn;
    @FXML private TableColumn<DocumentRequest, String> dueColumn;
    @FXML private TableColumn<DocumentRequest, String> statusColumn;
    @FXML private TableColumn<DocumentRequest, String> receivedColumn;
    @FXML private TableColumn<DocumentRequest, String> noteColumn;
    @FXML private ComboBox<Department> requestDepartmentBox;
    @FXML private TextField requestTitle;
    @FXML private DatePicker requestedOnPicker;
    @FXML private DatePicker dueOnPicker;
    @FXML private ComboBox<RequestStatus> statusBox;
    @FXML private DatePicker receivedOnPicker;
    @FXML private TextField requestItem;
    @FXML private TextArea requestNote;
    @FXML private Label requestError;
    @FXML private Button receivedButton;
    @FXML private Button notAvailableButton;
    @FXML private Button requestedAgainButton;
    @FXML private Button deleteRequestButton;
    @FXML private javafx.scene.control.CheckBox priorityOnlyCheck;

    public RequestListView(RequestListViewModel viewModel, Messages messages, DialogService dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
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
            requestDepartmentBox.getItems().setAll(viewModel.departments());
        });
        departmentFilter.setButtonCell(departmentCell());
        departmentFilter.setCellFactory(list -> departmentCell());
        departmentFilter.valueProperty().bindBidirectional(viewModel.departmentFilterProperty());
        requestDepartmentBox.setConverter(Converters.of(d -> d.name()));
        requestDepartmentBox.valueProperty().bindBidirectional(viewModel.departmentProperty());

        requestTable.setItems(viewModel.visible());
        column(numberColumn, DocumentRequest::reference);
        column(departmentColumn, q -> q.department().name());
        column(titleColumn, DocumentRequest::title);
        column(itemColumn, DocumentRequest::itemCode);
        column(requestedColumn, q -> ScreenDates.date(q.requestedOn(), messages));
        column(dueColumn, q -> ScreenDates.date(q.dueOn(), messages));
        column(statusColumn, q -> messages.get(q.status().messageKey()));
        column(receivedColumn, q -> ScreenDates.date(q.receivedOn(), messages));
        column(noteColumn, DocumentRequest::note);
        LocalDate today = viewModel.today();
        requestTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(DocumentRequest q, boolean empty) {
                super.updateItem(q, empty);
                getStyleClass().remove("overdue");
                if (!empty && q != null && q.isOverdue(today)) {
                    getStyleClass().add("overdue");
                }
            }
        });
        requestTable.getSelectionModel().selectedItemProperty().addListener((obs, old, q) -> {
            if (q != null) {
                viewModel.selectedProperty().set(q);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, q) -> {
            if (q == null) {
                requestTable.getSelectionModel().clearSelection();
            } else if (requestTable.getSelectionModel().getSelectedItem() != q) {
                requestTable.getSelectionModel().select(q);
                requestTable.scrollTo(q);
            }
        });

        requestTitle.textProperty().bindBidirectional(viewModel.titleProperty());
        requestItem.textProperty().bindBidirectional(viewModel.itemCodeProperty());
        requestNote.textProperty().bindBidirectional(viewModel.noteProperty());
        requestedOnPicker.valueProperty().bindBidirectional(viewModel.requestedOnProperty());
        dueOnPicker.valueProperty().bindBidirectional(viewModel.dueOnProperty());
        receivedOnPicker.valueProperty().bindBidirectional(viewModel.receivedOnProperty());
        statusBox.getItems().setAll(RequestStatus.values());
        statusBox.setConverter(Converters.of(s -> messages.get(s.messageKey())));
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        receivedOnPicker.disableProperty().bind(viewModel.statusProperty().isNotEqualTo(RequestStatus.RECEIVED));
        requestError.textProperty().bind(viewModel.errorProperty());
        var none = viewModel.selectedProperty().isNull();
        receivedButton.disableProperty().bind(none);
        notAvailableButton.disableProperty().bind(none);
        requestedAgainButton.disableProperty().bind(none);
        deleteRequestButton.disableProperty().bind(none);
    }

    @FXML
    private void onSeed() {
        Department target = viewModel.departmentFilterProperty().get();
        viewModel.seedFromEvidence(target == null ? viewModel.departmentProperty().get() : target,
                priorityOnlyCheck.isSelected());
    }

    @FXML
    private void onExport() {
        dialogs.chooseFileToSave(messages.get("request.export"), viewModel.suggestedExportName(),
                DialogService.FileKind.WORKBOOK).ifPresent(viewModel::export);
    }

    @FXML
    private void onReceived() {
        viewModel.setStatus(RequestStatus.RECEIVED);
    }

    @FXML
    private void onNotAvailable() {
        viewModel.setStatus(RequestStatus.NOT_AVAILABLE);
    }

    @FXML
    private void onRequested() {
        viewModel.setStatus(RequestStatus.REQUESTED);
    }

    @FXML
    private void onNew() {
        viewModel.newRequest();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onDelete() {
        viewModel.delete();
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

    private static void column(TableColumn<DocumentRequest, String> column, Function<DocumentRequest, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
