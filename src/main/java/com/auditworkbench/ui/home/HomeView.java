package com.auditworkbench.ui.home;

import com.auditworkbench.domain.HomeOverview;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.ui.common.ViewLoader;
import com.auditworkbench.ui.phase.ScreenDates;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The home screen; a double-click (or Enter) on an audit or an overdue action opens it. */
public final class HomeView {

    private final HomeViewModel viewModel;
    private final Messages messages;
    private final Consumer<HomeOverview.AuditStatus> onOpenAudit;
    private final Consumer<HomeOverview.OverdueAction> onOpenAction;
    private final Parent root;

    @FXML private Label homeHeading;
    @FXML private Label homeLastBackup;
    @FXML private TableView<HomeOverview.AuditStatus> auditTable;
    @FXML private TableColumn<HomeOverview.AuditStatus, String> auditTitleColumn;
    @FXML private TableColumn<HomeOverview.AuditStatus, String> auditPhaseColumn;
    @FXML private TableColumn<HomeOverview.AuditStatus, String> auditLeftColumn;
    @FXML private TableColumn<HomeOverview.AuditStatus, String> auditEssentialColumn;
    @FXML private TableColumn<HomeOverview.AuditStatus, String> auditReportColumn;
    @FXML private TableView<HomeOverview.OverdueAction> overdueTable;
    @FXML private TableColumn<HomeOverview.OverdueAction, String> overdueAuditColumn;
    @FXML private TableColumn<HomeOverview.OverdueAction, String> overdueFindingColumn;
    @FXML private TableColumn<HomeOverview.OverdueAction, String> overdueDepartmentColumn;
    @FXML private TableColumn<HomeOverview.OverdueAction, String> overdueDueColumn;
    @FXML private TableColumn<HomeOverview.OverdueAction, String> overdueStatusColumn;
    @FXML private ListView<HomeOverview.CampaignReturns> homeCampaignList;

    public HomeView(HomeViewModel viewModel, Messages messages, Consumer<HomeOverview.AuditStatus> onOpenAudit,
            Consumer<HomeOverview.OverdueAction> onOpenAction) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.onOpenAudit = onOpenAudit;
        this.onOpenAction = onOpenAction;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    /** "Reading…" while the overview loads, then what an empty list means. */
    private Label placeholder(String emptyKey) {
        Label label = new Label();
        label.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.loadingProperty())
                .then(messages.get("home.loading")).otherwise(messages.get(emptyKey)));
        return label;
    }

    @FXML
    private void initialize() {
        homeHeading.textProperty().bind(viewModel.headingProperty());
        homeLastBackup.textProperty().bind(viewModel.lastBackupProperty());
        auditTable.setItems(viewModel.audits());
        auditTable.setPlaceholder(placeholder("home.noAudits"));
        column(auditTitleColumn, a -> a.plan().title() + "（" + a.plan().code() + "）");
        column(auditPhaseColumn, a -> messages.get(a.phase().messageKey()));
        column(auditLeftColumn, a -> String.format(java.util.Locale.ROOT, "%,d", a.left()));
        column(auditEssentialColumn, a -> String.format(java.util.Locale.ROOT, "%,d", a.essentialLeft()));
        column(auditReportColumn, a -> ScreenDates.date(a.reportDate(), messages));
        opensOnDoubleClick(auditTable, onOpenAudit);

        overdueTable.setItems(viewModel.overdue());
        overdueTable.setPlaceholder(placeholder("home.noOverdue"));
        column(overdueAuditColumn, a -> a.plan().code());
        column(overdueFindingColumn, a -> a.finding().reference() + " " + a.finding().title());
        column(overdueDepartmentColumn, a -> a.finding().department().name());
        column(overdueDueColumn, a -> ScreenDates.date(a.finding().content().response().dueDate(), messages));
        column(overdueStatusColumn, a -> messages.get(a.finding().content().response().status().messageKey()));
        opensOnDoubleClick(overdueTable, onOpenAction);

        homeCampaignList.setItems(viewModel.campaigns());
        homeCampaignList.setPlaceholder(placeholder("home.noCampaigns"));
        homeCampaignList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HomeOverview.CampaignReturns c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : messages.get("home.campaignValue", c.campaign().title(),
                        c.returned(), c.departments(), ScreenDates.date(c.campaign().deadline(), messages)));
            }
        });
    }

    @FXML
    private void onRefresh() {
        viewModel.load();
    }

    private static <T> void column(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private static <T> void opensOnDoubleClick(TableView<T> table, Consumer<T> open) {
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
    }
}
