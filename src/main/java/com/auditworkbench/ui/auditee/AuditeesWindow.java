package com.auditworkbench.ui.auditee;

import com.auditworkbench.domain.Auditee;
import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.ui.common.Styles;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 監査対象: every auditee of the workbench with its kind, and contractors' supervising department and contract;
 * a form to register a contractor; and, for the selected plan, its auditees with the items each is assigned.
 */
public final class AuditeesWindow {

    private final AuditeesViewModel viewModel;
    private final Messages messages;
    private final Map<Category, CheckBox> categoryBoxes = new EnumMap<>(Category.class);
    private final Map<Segment, CheckBox> segmentBoxes = new EnumMap<>(Segment.class);

    public AuditeesWindow(AuditeesViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public void show(Window owner) {
        VBox box = new VBox(10, registerSection(), new javafx.scene.control.Separator(), planSection());
        box.setPadding(new Insets(12));
        Label message = new Label();
        message.setId("auditeeMessage");
        message.textProperty().bind(viewModel.messageProperty());
        Label error = new Label();
        error.setId("auditeeError");
        error.getStyleClass().add(Styles.ERROR);
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        box.getChildren().addAll(message, error);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("auditee.title"));
        Scene scene = new Scene(new javafx.scene.control.ScrollPane(box), 980, 760);
        ((javafx.scene.control.ScrollPane) scene.getRoot()).setFitToWidth(true);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        viewModel.load();
        stage.show();
    }

    private VBox registerSection() {
        Label heading = new Label(messages.get("auditee.register"));
        heading.getStyleClass().add(Styles.HEADING);
        TableView<Auditee> table = new TableView<>(viewModel.auditees());
        table.setId("auditeeTable");
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("auditee.column.code", a -> a.department().code(), 70));
        table.getColumns().add(column("auditee.column.kind", a -> messages.get(a.department().kind().messageKey()), 80));
        table.getColumns().add(column("auditee.column.name", a -> a.department().name(), 220));
        table.getColumns().add(column("auditee.column.supervisor",
                a -> a.supervisingDepartment().map(Department::name).orElse(""), 160));
        table.getColumns().add(column("auditee.column.contract", Auditee::contractSubject, 260));

        Label formHeading = new Label(messages.get("auditee.addContractor"));
        formHeading.getStyleClass().add("subheading");
        TextField name = new TextField();
        name.setId("contractorNameField");
        name.setPromptText(messages.get("auditee.contractorName.prompt"));
        name.textProperty().bindBidirectional(viewModel.contractorNameProperty());
        ComboBox<Department> supervisor = new ComboBox<>(viewModel.departments());
        supervisor.setId("supervisorBox");
        supervisor.setPrefWidth(220);
        supervisor.setCellFactory(l -> departmentCell());
        supervisor.setButtonCell(departmentCell());
        supervisor.valueProperty().bindBidirectional(viewModel.supervisorProperty());
        TextField subject = new TextField();
        subject.setId("contractSubjectField");
        subject.setPromptText(messages.get("auditee.contract.prompt"));
        subject.textProperty().bindBidirectional(viewModel.contractSubjectProperty());
        Button add = new Button(messages.get("auditee.addContractor.button"));
        add.setId("addContractorButton");
        add.setOnAction(e -> viewModel.addContractor());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("auditee.column.name")), name);
        form.addRow(1, new Label(messages.get("auditee.column.supervisor")), supervisor);
        form.addRow(2, new Label(messages.get("auditee.column.contract")), subject);
        form.add(add, 1, 3);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(subject, Priority.ALWAYS);
        return new VBox(6, heading, table, formHeading, form);
    }

    private VBox planSection() {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.HEADING);
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> viewModel.planProperty()
                .get() == null ? messages.get("auditee.noPlan")
                : messages.get("auditee.planHeading", viewModel.planProperty().get().title()),
                viewModel.planProperty()));
        TableView<AuditeesViewModel.PlanAuditee> table = new TableView<>(viewModel.planAuditees());
        table.setId("planAuditeeTable");
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AuditeesViewModel.PlanAuditee, String> name = new TableColumn<>(messages.get("auditee.column.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().department().name()
                + (c.getValue().department().isContractor() ? "（" + messages.get("auditee.kind.contractor") + "）" : "")));
        name.setPrefWidth(240);
        TableColumn<AuditeesViewModel.PlanAuditee, String> scope = new TableColumn<>(messages.get("auditee.column.scope"));
        scope.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.describe(c.getValue().scope())));
        scope.setPrefWidth(480);
        table.getColumns().add(name);
        table.getColumns().add(scope);

        FlowPane categories = new FlowPane(10, 6);
        for (Category category : Category.values()) {
            CheckBox box = new CheckBox(messages.get(category.messageKey()));
            box.setId("scope-" + category.code());
            categoryBoxes.put(category, box);
            categories.getChildren().add(box);
        }
        FlowPane segments = new FlowPane(10, 6);
        for (Segment segment : Segment.values()) {
            CheckBox box = new CheckBox(messages.get(segment.messageKey()));
            box.setId("scope-" + segment.code());
            segmentBoxes.put(segment, box);
            segments.getChildren().add(box);
        }
        Label hint = new Label(messages.get("auditee.scope.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        Button save = new Button(messages.get("auditee.scope.save"));
        save.setId("saveScopeButton");
        save.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        save.setOnAction(e -> viewModel.saveScope(table.getSelectionModel().getSelectedItem().department(),
                chosen(categoryBoxes, Category.class), chosen(segmentBoxes, Segment.class)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, value) -> {
            categoryBoxes.forEach((c, b) -> b.setSelected(value != null && value.scope().categories().contains(c)));
            segmentBoxes.forEach((s, b) -> b.setSelected(value != null && value.scope().segments().contains(s)));
        });

        ComboBox<Department> addable = new ComboBox<>(viewModel.addable());
        addable.setId("addableBox");
        addable.setPrefWidth(260);
        addable.setCellFactory(l -> departmentCell());
        addable.setButtonCell(departmentCell());
        Button addToPlan = new Button(messages.get("auditee.addToPlan"));
        addToPlan.setId("addToPlanButton");
        addToPlan.disableProperty().bind(addable.valueProperty().isNull().or(viewModel.planProperty().isNull()));
        addToPlan.setOnAction(e -> viewModel.addToPlan(addable.getValue()));

        VBox section = new VBox(6, heading, table,
                new Label(messages.get("auditee.scope.categories")), categories,
                new Label(messages.get("auditee.scope.segments")), segments, hint, save,
                new HBox(8, addable, addToPlan));
        section.disableProperty().bind(viewModel.planProperty().isNull());
        return section;
    }

    private static <E extends Enum<E>> Set<E> chosen(Map<E, CheckBox> boxes, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        boxes.forEach((value, box) -> {
            if (box.isSelected()) {
                set.add(value);
            }
        });
        return set;
    }

    private ListCell<Department> departmentCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Department item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name()
                        + (item.isContractor() ? "（" + messages.get("auditee.kind.contractor") + "）" : ""));
            }
        };
    }

    private TableColumn<Auditee, String> column(String key, java.util.function.Function<Auditee, String> value,
            double width) {
        TableColumn<Auditee, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
