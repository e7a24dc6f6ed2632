package com.auditworkbench.ui.evidence;

import com.auditworkbench.domain.Evidence;
import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.EvidenceTarget;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.ui.common.Converters;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;

/** The evidence index of the plan with filters, an in-app preview, "save a copy as…" and verification. */
public final class EvidenceView {

    private final EvidenceViewModel viewModel;
    private final DialogService dialogs;
    private final Messages messages;
    private final Parent root;

    @FXML private TextField evidenceTextFilter;
    @FXML private ComboBox<String> evidenceClassificationFilter;
    @FXML private ComboBox<String> evidenceCollectorFilter;
    @FXML private ComboBox<EvidenceTarget.Kind> evidenceKindFilter;
    @FXML private ComboBox<EvidenceViewModel.VerifiedFilter> evidenceVerifiedFilter;
    @FXML private Button evidenceVerifyButton;
    @FXML private ProgressBar evidenceVerifyProgress;
    @FXML private Button evidenceCancelVerify;
    @FXML private Label evidenceStatus;
    @FXML private ListView<String> evidenceMismatches;
    @FXML private TableView<Evidence> evidenceTable;
    @FXML private TableColumn<Evidence, Number> numberColumn;
    @FXML private TableColumn<Evidence, String> fileColumn;
    @FXML private TableColumn<Evidence, String> sizeColumn;
    @FXML private TableColumn<Evidence, String> obtainedColumn;
    @FXML private TableColumn<Evidence, String> effectiveColumn;
    @FXML private TableColumn<Evidence, String> classificationColumn;
    @FXML private TableColumn<Evidence, String> linksColumn;
    @FXML private TableColumn<Evidence, String> verifiedColumn;
    @FXML private Button evidenceSaveCopy;
    @FXML private ScrollPane evidenceImageScroll;
    @FXML private ImageView evidenceImage;
    @FXML private TextArea evidenceText;
    @FXML private TextArea evidenceDetails;

    public EvidenceView(EvidenceViewModel viewModel, DialogService dialogs, Messages messages) {
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
        evidenceTextFilter.textProperty().bindBidirectional(viewModel.textProperty());
        evidenceClassificationFilter.getItems().setAll(EvidenceDetails.CLASSIFICATIONS);
        evidenceClassificationFilter.getItems().add(0, null);
        evidenceClassificationFilter.valueProperty().bindBidirectional(viewModel.classificationProperty());
        evidenceCollectorFilter.setItems(viewModel.collectors());
        evidenceCollectorFilter.valueProperty().bindBidirectional(viewModel.collectedByProperty());
        evidenceKindFilter.getItems().setAll(null, EvidenceTarget.Kind.RESULT, EvidenceTarget.Kind.INTERVIEW,
                EvidenceTarget.Kind.FINDING);
        evidenceKindFilter.setConverter(Converters.ofNullable(k -> k == null ? messages.get("evidence.filter.anyKind")
                : messages.get(k.messageKey())));
        evidenceKindFilter.valueProperty().bindBidirectional(viewModel.targetKindProperty());
        evidenceVerifiedFilter.getItems().setAll(EvidenceViewModel.VerifiedFilter.values());
        evidenceVerifiedFilter.setConverter(Converters.of(v -> messages.get(v.messageKey())));
        evidenceVerifiedFilter.valueProperty().bindBidirectional(viewModel.verifiedProperty());

        evidenceTable.setItems(viewModel.shown());
        evidenceTable.setPlaceholder(new Label(messages.get("evidence.view.empty")));
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        fileColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fileName()));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(EvidenceViewModel.size(c.getValue().size())));
        obtainedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().obtainedFrom()));
        effectiveColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                String.valueOf(c.getValue().effectiveDate())));
        classificationColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().classification()));
        linksColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(viewModel.linksText(c.getValue())));
        verifiedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(viewModel.verifiedText(c.getValue())));
        evidenceTable.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
            if (e != null) {
                viewModel.selectedProperty().set(e);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, e) -> {
            if (e != null && evidenceTable.getSelectionModel().getSelectedItem() != e) {
                evidenceTable.getSelectionModel().select(e);
            }
        });

        evidenceImage.imageProperty().bind(viewModel.previewImageProperty());
        evidenceImage.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            var image = viewModel.previewImageProperty().get();
            double room = Math.max(100, evidenceImageScroll.getWidth() - 20);
            return image == null ? room : Math.min(image.getWidth(), room);
        }, viewModel.previewImageProperty(), evidenceImageScroll.widthProperty()));
        evidenceImageScroll.visibleProperty().bind(viewModel.previewImageProperty().isNotNull());
        evidenceImageScroll.managedProperty().bind(evidenceImageScroll.visibleProperty());
        evidenceText.textProperty().bind(viewModel.previewTextProperty());
        evidenceText.visibleProperty().bind(viewModel.previewImageProperty().isNull());
        evidenceText.managedProperty().bind(evidenceText.visibleProperty());
        evidenceDetails.textProperty().bind(viewModel.detailsProperty());
        evidenceSaveCopy.disableProperty().bind(viewModel.selectedProperty().isNull());

        evidenceVerifyButton.disableProperty().bind(viewModel.verifyingProperty());
        evidenceVerifyProgress.progressProperty().bind(viewModel.verifyProgressProperty());
        evidenceVerifyProgress.visibleProperty().bind(viewModel.verifyingProperty());
        evidenceCancelVerify.visibleProperty().bind(viewModel.verifyingProperty());
        evidenceStatus.textProperty().bind(viewModel.statusProperty());
        evidenceMismatches.setItems(viewModel.mismatches());
        evidenceMismatches.visibleProperty().bind(Bindings.isNotEmpty(viewModel.mismatches()));
        evidenceMismatches.managedProperty().bind(evidenceMismatches.visibleProperty());
    }

    @FXML
    private void onClearFilters() {
        viewModel.textProperty().set("");
        viewModel.classificationProperty().set(null);
        viewModel.collectedByProperty().set(null);
        viewModel.targetKindProperty().set(null);
        viewModel.verifiedProperty().set(EvidenceViewModel.VerifiedFilter.ALL);
    }

    @FXML
    private void onVerify() {
        viewModel.verify();
    }

    @FXML
    private void onCancelVerify() {
        viewModel.cancelVerify();
    }

    @FXML
    private void onSaveCopy() {
        dialogs.chooseFileToSave(messages.get("evidence.view.saveCopyTitle"), viewModel.suggestedCopyName(),
                DialogService.FileKind.ANY).ifPresent(viewModel::saveCopy);
    }
}
