package com.auditworkbench.ui.campaign;

import com.auditworkbench.domain.AnswerCounts;
import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.CampaignDashboard.CategoryCounts;
import com.auditworkbench.domain.CampaignDashboard.DepartmentRanking;
import com.auditworkbench.domain.CampaignDashboard.DepartmentStatus;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.SelfInspectionAnswer;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.ViewLoader;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The self-inspection screen: campaigns on the left, the selected campaign's dashboard and import on the right. */
public final class CampaignView {

    private final CampaignViewModel viewModel;
    private final DialogService dialogs;
    private final CampaignDialogs choosers;
    private final Messages messages;
    private final Parent root;

    @FXML private Button exportQuestionnairesButton;
    @FXML private Button importFilesButton;
    @FXML private Button importFolderButton;
    @FXML private ListView<Campaign> campaignList;
    @FXML private Label campaignSummary;
    @FXML private TabPane campaignTabs;
    @FXML private Tab importTab;
    @FXML private TableView<DepartmentStatus> statusTable;
    @FXML private TableColumn<DepartmentStatus, String> statusDepartmentColumn;
    @FXML private TableColumn<DepartmentStatus, String> statusStateColumn;
    @FXML private TableColumn<DepartmentStatus, String> statusAnsweredColumn;
    @FXML private TableColumn<DepartmentStatus, String> statusNotDoneColumn;
    @FXML private TableColumn<DepartmentStatus, String> statusImportedColumn;
    @FXML private TableColumn<DepartmentStatus, String> statusRespondentColumn;
    @FXML private TableColumn<DepartmentStatus, String> statusFileColumn;
    @FXML private TableView<CategoryCounts> categoryTable;
    @FXML private TableColumn<CategoryCounts, String> categoryNameColumn;
    @FXML private TableColumn<CategoryCounts, String> categoryDoneColumn;
    @FXML private TableColumn<CategoryCounts, String> categoryPartlyColumn;
    @FXML private TableColumn<CategoryCounts, String> categoryNotDoneColumn;
    @FXML private TableColumn<CategoryCounts, String> categoryNotApplicableColumn;
    @FXML private TableColumn<CategoryCounts, String> categoryUnansweredColumn;
    @FXML private TableView<DepartmentRanking> rankingTable;
    @FXML private TableColumn<DepartmentRanking, String> rankColumn;
    @FXML private TableColumn<DepartmentRanking, String> rankDepartmentColumn;
    @FXML private TableColumn<DepartmentRanking, String> rankNotDoneColumn;
    @FXML private TableColumn<DepartmentRanking, String> rankPartlyColumn;
    @FXML private Button copyRankingButton;
    @FXML private Label campaignStatusLabel;
    @FXML private ProgressIndicator campaignBusyIndicator;

    public CampaignView(CampaignViewModel viewModel, DialogService dialogs, CampaignDialogs choosers,
            Messages messages) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.choosers = choosers;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        campaignList.setItems(viewModel.campaigns());
        campaignList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Campaign campaign, boolean empty) {
                super.updateItem(campaign, empty);
                setText(empty || campaign == null ? null : campaign.title() + "\n" + campaign.fiscalYear().fullName()
                        + "  " + campaign.code());
            }
        });
        campaignList.getSelectionModel().selectedItemProperty().addListener((obs, old, campaign) -> {
            if (campaign != null) {
                viewModel.selectedProperty().set(campaign);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, campaign) ->
                campaignList.getSelectionModel().select(campaign));
        campaignSummary.textProperty().bind(viewModel.summary());
        var none = viewModel.selectedProperty().isNull();
        exportQuestionnairesButton.disableProperty().bind(none.or(viewModel.exportingProperty()));
        importFilesButton.disableProperty().bind(none.or(viewModel.imports().workingProperty()));
        importFolderButton.disableProperty().bind(none.or(viewModel.imports().workingProperty()));
        bindStatusTable();
        bindCategoryTable();
        bindRankingTable();
        importTab.setContent(new ImportReviewView(viewModel.imports(), messages, viewModel::importChosen).root());
        campaignStatusLabel.textProperty().bind(viewModel.statusProperty());
        campaignBusyIndicator.visibleProperty().bind(viewModel.exportingProperty()
                .or(viewModel.imports().workingProperty()));
        viewModel.errorProperty().addListener((obs, old, sentence) -> {
            if (!sentence.isEmpty()) {
                dialogs.showError(messages.get("campaign.window.title"), sentence);
            }
        });
        viewModel.load();
    }

    private void bindStatusTable() {
        statusTable.setItems(viewModel.statuses());
        statusDepartmentColumn.setCellValueFactory(c -> text(c.getValue().department().name()));
        statusStateColumn.setCellValueFactory(c -> text(messages.get(c.getValue().returned()
                ? "campaign.state.returned" : "campaign.state.outstanding")));
        statusAnsweredColumn.setCellValueFactory(c -> text(c.getValue().returned()
                ? c.getValue().counts().answered() + " / " + c.getValue().counts().total() : "—"));
        statusNotDoneColumn.setCellValueFactory(c -> text(c.getValue().returned()
                ? Integer.toString(c.getValue().counts().notDone()) : "—"));
        statusImportedColumn.setCellValueFactory(c -> text(c.getValue().returned()
                ? DatesForScreen.dateTime(c.getValue().latest().importedAt(), messages) : "—"));
        statusRespondentColumn.setCellValueFactory(c -> text(c.getValue().returned()
                ? c.getValue().latest().respondent() : ""));
        statusFileColumn.setCellValueFactory(c -> text(c.getValue().returned()
                ? c.getValue().latest().fileName() : ""));
    }

    private void bindCategoryTable() {
        categoryTable.setItems(viewModel.categories());
        categoryNameColumn.setCellValueFactory(c -> text("(" + c.getValue().category().articleItem() + ") "
                + messages.get(c.getValue().category().messageKey())));
        count(categoryDoneColumn, c -> c.get(SelfInspectionAnswer.DONE));
        count(categoryPartlyColumn, c -> c.get(SelfInspectionAnswer.PARTLY));
        count(categoryNotDoneColumn, c -> c.get(SelfInspectionAnswer.NOT_DONE));
        count(categoryNotApplicableColumn, c -> c.get(SelfInspectionAnswer.NOT_APPLICABLE));
        count(categoryUnansweredColumn, AnswerCounts::unanswered);
    }

    private static void count(TableColumn<CategoryCounts, String> column, Function<AnswerCounts, Integer> value) {
        column.setCellValueFactory(c -> text(Integer.toString(value.apply(c.getValue().counts()))));
    }

    private void bindRankingTable() {
        rankingTable.setItems(viewModel.ranking());
        rankColumn.setCellValueFactory(c -> text(Integer.toString(c.getValue().rank())));
        rankDepartmentColumn.setCellValueFactory(c -> text(c.getValue().department().name()));
        rankNotDoneColumn.setCellValueFactory(c -> text(Integer.toString(c.getValue().notDone())));
        rankPartlyColumn.setCellValueFactory(c -> text(Integer.toString(c.getValue().partly())));
        copyRankingButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.ranking()));
    }

    @FXML
    private void onNewCampaign() {
        viewModel.withNewCampaign(this::editCampaign);
    }

    private void editCampaign(CampaignEditorViewModel editor) {
        ChecklistTemplate template = editor.template();
        new CampaignEditorView(editor, messages).showAndWait(root.getScene().getWindow()).ifPresent(
                campaign -> viewModel.create(campaign, template, failure -> {
                    editor.errorProperty().set(failure);
                    editCampaign(editor);
                }));
    }

    @FXML
    private void onExportQuestionnaires() {
        choosers.chooseFolder(messages.get("campaign.exportChoose")).ifPresent(viewModel::exportQuestionnaires);
    }

    @FXML
    private void onImportFiles() {
        review(choosers.chooseFiles(messages.get("campaign.importChooseFiles")));
    }

    @FXML
    private void onImportFolder() {
        choosers.chooseFolder(messages.get("campaign.importChooseFolder")).ifPresent(folder -> review(List.of(folder)));
    }

    private void review(List<java.nio.file.Path> picked) {
        if (!picked.isEmpty()) {
            campaignTabs.getSelectionModel().select(importTab);
            viewModel.review(picked, () -> campaignTabs.getSelectionModel().select(importTab));
        }
    }

    @FXML
    private void onCopyRanking() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.rankedDepartmentNames());
        Clipboard.getSystemClipboard().setContent(content);
        viewModel.rankingCopied();
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }
}
