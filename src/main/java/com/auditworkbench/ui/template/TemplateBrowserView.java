package com.auditworkbench.ui.template;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.Threat;
import com.auditworkbench.template.TemplateCoverage;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.ViewLoader;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The template browser: binds the view model and hands the two dialogs to {@link TemplateDialogs}. */
public final class TemplateBrowserView {

    private final TemplateBrowserViewModel viewModel;
    private final DialogService dialogs;
    private final TemplateDialogs templateDialogs;
    private final Messages messages;
    private final Consumer<Plan> onUpgraded;
    private final Parent root;

    @FXML private ComboBox<FilterChoice<Category>> categoryFilter;
    @FXML private ComboBox<FilterChoice<Segment>> segmentFilter;
    @FXML private ComboBox<FilterChoice<Threat>> threatFilter;
    @FXML private Button upgradeTemplateButton;
    @FXML private ListView<TemplateCatalog.Entry> templateList;
    @FXML private Label countLabel;
    @FXML private TableView<ChecklistItem> itemsTable;
    @FXML private BarChart<String, Number> categoryChart;
    @FXML private NumberAxis countAxis;
    @FXML private Label isoLabel;
    @FXML private Label templateStatusLabel;

    public TemplateBrowserView(TemplateBrowserViewModel viewModel, DialogService dialogs,
            TemplateDialogs templateDialogs, Messages messages, Consumer<Plan> onUpgraded) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.templateDialogs = templateDialogs;
        this.messages = messages;
        this.onUpgraded = onUpgraded;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        bindFilter(categoryFilter, viewModel.categoryChoices(), viewModel.categoryProperty());
        bindFilter(segmentFilter, viewModel.segmentChoices(), viewModel.segmentProperty());
        bindFilter(threatFilter, viewModel.threatChoices(), viewModel.threatProperty());
        templateList.setItems(viewModel.templates());
        templateList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TemplateCatalog.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.template().title().in(messages.locale()) + "\n"
                        + entry.template().id() + "  " + entry.template().version() + "  ("
                        + messages.get(entry.imported() ? "templates.source.imported" : "templates.source.shipped")
                        + ")");
            }
        });
        templateList.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                viewModel.selectedProperty().set(entry);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, entry) -> templateList.getSelectionModel().select(entry));
        itemsTable.setItems(viewModel.visibleItems());
        itemsTable.getColumns().setAll(java.util.List.of(
                column("templates.column.id", 110, ChecklistItem::code),
                column("templates.column.title", 300, i -> i.title().in(messages.locale())),
                column("templates.column.category", 110, i -> messages.get(i.category().messageKey())),
                column("templates.column.segments", 200, i -> names(i.segments(), Segment::messageKey)),
                column("templates.column.threats", 200, i -> names(i.threats(), Threat::messageKey)),
                column("templates.column.priority", 60, i -> i.priority() ? messages.get("templates.priority") : "")));
        countLabel.textProperty().bind(viewModel.countTextProperty());
        isoLabel.textProperty().bind(viewModel.isoTextProperty());
        templateStatusLabel.textProperty().bind(viewModel.statusProperty());
        viewModel.coverageProperty().addListener((obs, old, coverage) -> chart(coverage));
        chart(viewModel.coverageProperty().get());
        upgradeTemplateButton.disableProperty().bind(viewModel.upgradeProperty().isNull());
        viewModel.load();
    }

    private static <E> void bindFilter(ComboBox<FilterChoice<E>> box, java.util.List<FilterChoice<E>> choices,
            javafx.beans.property.ObjectProperty<FilterChoice<E>> property) {
        box.getItems().setAll(choices);
        box.getSelectionModel().selectFirst();
        property.bind(box.valueProperty());
    }

    private TableColumn<ChecklistItem, String> column(String key, double width,
            Function<ChecklistItem, String> value) {
        TableColumn<ChecklistItem, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private <E extends Enum<E>> String names(Collection<E> values, Function<E, String> key) {
        return values.stream().sorted().map(v -> messages.get(key.apply(v))).collect(Collectors.joining("、"));
    }

    private void chart(TemplateCoverage coverage) {
        categoryChart.getData().clear();
        if (coverage == null) {
            return;
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Category c : Category.values()) {
            series.getData().add(new XYChart.Data<>(messages.get(c.messageKey()), coverage.perCategory().get(c)));
        }
        categoryChart.getData().add(series);
        // Whole items only: the axis steps by whole numbers, never 2.5 items.
        int most = coverage.perCategory().values().stream().max(Integer::compare).orElse(0);
        double step = Math.max(1, Math.ceil(most / 8.0));
        countAxis.setAutoRanging(false);
        countAxis.setLowerBound(0);
        countAxis.setUpperBound(Math.max(step, Math.ceil(most / step) * step));
        countAxis.setTickUnit(step);
    }

    @FXML
    private void onImport() {
        dialogs.chooseFileToOpen(messages.get("templates.import.choose"), DialogService.FileKind.TEMPLATE)
                .ifPresent(file -> viewModel.importFile(file, templateDialogs::showDefects));
    }

    @FXML
    private void onUpgrade() {
        viewModel.previewUpgrade(preview -> {
            if (templateDialogs.confirmUpgrade(preview)) {
                viewModel.applyUpgrade(onUpgraded);
            }
        });
    }
}
