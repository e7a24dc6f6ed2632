package com.auditworkbench.ui.register;

import com.auditworkbench.domain.AssetKind;
import com.auditworkbench.domain.ClassificationDimension;
import com.auditworkbench.domain.Incident;
import com.auditworkbench.domain.IncidentSeverity;
import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.ui.common.Converters;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.ViewLoader;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The register window: entries with their editor, the import, and the incidents. */
public final class RegisterView {

    private final RegisterViewModel viewModel;
    private final DialogService dialogs;
    private final RegisterDialogs choosers;
    private final Messages messages;
    private final Consumer<Path> openImport;
    private final Parent root;

    @FXML private Label schemeLabel;
    @FXML private TableView<InformationAsset> assetTable;
    @FXML private TableColumn<InformationAsset, String> nameColumn;
    @FXML private TableColumn<InformationAsset, String> kindColumn;
    @FXML private TableColumn<InformationAsset, String> departmentColumn;
    @FXML private TableColumn<InformationAsset, String> segmentColumn;
    @FXML private TableColumn<InformationAsset, String> confidentialityColumn;
    @FXML private TableColumn<InformationAsset, String> integrityColumn;
    @FXML private TableColumn<InformationAsset, String> availabilityColumn;
    @FXML private TableColumn<InformationAsset, String> notesColumn;
    @FXML private Label editorHeading;
    @FXML private TextField nameField;
    @FXML private ComboBox<AssetKind> kindBox;
    @FXML private ComboBox<String> departmentBox;
    @FXML private ComboBox<Segment> segmentBox;
    @FXML private ComboBox<String> confidentialityBox;
    @FXML private ComboBox<String> integrityBox;
    @FXML private ComboBox<String> availabilityBox;
    @FXML private TextArea notesArea;
    @FXML private Button deleteAssetButton;
    @FXML private TableView<Incident> incidentTable;
    @FXML private TableColumn<Incident, String> incidentDateColumn;
    @FXML private TableColumn<Incident, String> incidentDepartmentColumn;
    @FXML private TableColumn<Incident, String> incidentTitleColumn;
    @FXML private TableColumn<Incident, String> incidentSeverityColumn;
    @FXML private DatePicker incidentDatePicker;
    @FXML private ComboBox<String> incidentDepartmentBox;
    @FXML private TextField incidentTitleField;
    @FXML private ComboBox<IncidentSeverity> incidentSeverityBox;
    @FXML private Button deleteIncidentButton;
    @FXML private Label registerStatusLabel;

    public RegisterView(RegisterViewModel viewModel, DialogService dialogs, RegisterDialogs choosers,
            Messages messages, Consumer<Path> openImport) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.choosers = choosers;
        this.messages = messages;
        this.openImport = openImport;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        schemeLabel.textProperty().bind(viewModel.schemeProperty().map(s -> messages.get("register.scheme",
                s.name().in(messages.locale()))));
        bindAssets();
        bindEditor();
        bindIncidents();
        registerStatusLabel.textProperty().bind(viewModel.statusProperty());
        viewModel.errorProperty().addListener((obs, old, sentence) -> {
            if (!sentence.isEmpty()) {
                dialogs.showError(messages.get("register.window.title"), sentence);
            }
        });
        viewModel.load();
    }

    private void bindAssets() {
        assetTable.setItems(viewModel.assets());
        column(nameColumn, InformationAsset::name);
        column(kindColumn, a -> messages.get(a.kind().messageKey()));
        column(departmentColumn, a -> a.department().name());
        column(segmentColumn, a -> messages.get(a.segment().messageKey()));
        column(confidentialityColumn, a -> a.classification().confidentiality());
        column(integrityColumn, a -> a.classification().integrity());
        column(availabilityColumn, a -> a.classification().availability());
        column(notesColumn, InformationAsset::notes);
        assetTable.getSelectionModel().selectedItemProperty().addListener((obs, old, asset) -> {
            if (asset != null) {
                viewModel.selectedProperty().set(asset);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, asset) -> {
            if (asset == null) {
                assetTable.getSelectionModel().clearSelection();
            } else {
                assetTable.getSelectionModel().select(asset);
            }
        });
    }

    private void bindEditor() {
        editorHeading.textProperty().bind(viewModel.selectedProperty().map(a -> messages.get("register.editing",
                a.name())).orElse(messages.get("register.newEntry")));
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        kindBox.getItems().setAll(AssetKind.values());
        kindBox.setConverter(Converters.of(k -> messages.get(k.messageKey())));
        kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        departmentBox.setItems(viewModel.departmentNames());
        departmentBox.valueProperty().bindBidirectional(viewModel.departmentProperty());
        departmentBox.getEditor().textProperty().addListener((obs, old, text) -> viewModel.departmentProperty()
                .set(text));
        segmentBox.getItems().setAll(Segment.values());
        segmentBox.setConverter(Converters.of(s -> messages.get(s.messageKey())));
        segmentBox.valueProperty().bindBidirectional(viewModel.segmentProperty());
        confidentialityBox.setItems(viewModel.levels(ClassificationDimension.CONFIDENTIALITY));
        confidentialityBox.valueProperty().bindBidirectional(viewModel.confidentialityProperty());
        integrityBox.setItems(viewModel.levels(ClassificationDimension.INTEGRITY));
        integrityBox.valueProperty().bindBidirectional(viewModel.integrityProperty());
        availabilityBox.setItems(viewModel.levels(ClassificationDimension.AVAILABILITY));
        availabilityBox.valueProperty().bindBidirectional(viewModel.availabilityProperty());
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());
        deleteAssetButton.disableProperty().bind(viewModel.selectedProperty().isNull());
    }

    private void bindIncidents() {
        incidentTable.setItems(viewModel.incidents());
        incidentDateColumn.setCellValueFactory(c -> text(c.getValue().occurredOn().toString()));
        incidentDepartmentColumn.setCellValueFactory(c -> text(c.getValue().department().name()));
        incidentTitleColumn.setCellValueFactory(c -> text(c.getValue().title()));
        incidentSeverityColumn.setCellValueFactory(c -> text(messages.get(c.getValue().severity().messageKey())));
        incidentDatePicker.valueProperty().bindBidirectional(viewModel.incidentDateProperty());
        incidentDepartmentBox.setItems(viewModel.departmentNames());
        incidentDepartmentBox.valueProperty().bindBidirectional(viewModel.incidentDepartmentProperty());
        incidentDepartmentBox.getEditor().textProperty().addListener((obs, old, text) -> viewModel
                .incidentDepartmentProperty().set(text));
        incidentTitleField.textProperty().bindBidirectional(viewModel.incidentTitleProperty());
        incidentSeverityBox.getItems().setAll(IncidentSeverity.values());
        incidentSeverityBox.setConverter(Converters.of(s -> messages.get(s.messageKey())));
        incidentSeverityBox.valueProperty().bindBidirectional(viewModel.incidentSeverityProperty());
        deleteIncidentButton.disableProperty().bind(incidentTable.getSelectionModel().selectedItemProperty()
                .isNull());
    }

    private static void column(TableColumn<InformationAsset, String> column, Function<InformationAsset, String> value) {
        column.setCellValueFactory(c -> text(value.apply(c.getValue())));
    }

    @FXML
    private void onNew() {
        viewModel.newEntry();
        nameField.requestFocus();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onDelete() {
        InformationAsset asset = viewModel.selectedProperty().get();
        if (asset != null && dialogs.confirm(messages.get("register.window.title"),
                messages.get("register.confirmDelete", asset.name()))) {
            viewModel.delete(asset);
        }
    }

    @FXML
    private void onImport() {
        choosers.chooseRegisterFile(messages.get("register.import.choose")).ifPresent(openImport);
    }

    @FXML
    private void onAddIncident() {
        viewModel.addIncident();
    }

    @FXML
    private void onDeleteIncident() {
        Incident incident = incidentTable.getSelectionModel().getSelectedItem();
        if (incident != null && dialogs.confirm(messages.get("register.window.title"),
                messages.get("incident.confirmDelete", incident.title(), incident.department().name()))) {
            viewModel.deleteIncident(incident);
        }
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }
}
