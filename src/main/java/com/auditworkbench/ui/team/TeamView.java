package com.auditworkbench.ui.team;

import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.TeamMember;
import com.auditworkbench.ui.common.Converters;
import com.auditworkbench.ui.common.ViewLoader;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The plan's audit team and independence; an assignment to one's own department is flagged. */
public final class TeamView {

    private final TeamViewModel viewModel;
    private final Messages messages;
    private final ObservableList<Auditor> people;
    private final Parent root;

    @FXML private TableView<TeamMember> teamTable;
    @FXML private TableColumn<TeamMember, String> nameColumn;
    @FXML private TableColumn<TeamMember, String> roleColumn;
    @FXML private TableColumn<TeamMember, String> independenceColumn;
    @FXML private TableColumn<TeamMember, String> assignmentsColumn;
    @FXML private TableColumn<TeamMember, String> ownColumn;
    @FXML private ComboBox<Auditor> personBox;
    @FXML private TextField declarationField;
    @FXML private ComboBox<Department> departmentBox;
    @FXML private TextField justificationField;

    public TeamView(TeamViewModel viewModel, Messages messages, ObservableList<Auditor> people) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.people = people;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        teamTable.setItems(viewModel.members());
        teamTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nameColumn.setCellValueFactory(c -> text(c.getValue().auditor().name()));
        roleColumn.setCellValueFactory(c -> text(messages.get(c.getValue().auditor().role().messageKey())));
        independenceColumn.setCellValueFactory(c -> text(c.getValue().independenceDeclared()
                ? c.getValue().declaration() : messages.get("workbook.plan.notDeclared")));
        assignmentsColumn.setCellValueFactory(c -> text(c.getValue().assignments().stream()
                .map(a -> a.department().name()).collect(Collectors.joining("、"))));
        ownColumn.setCellValueFactory(c -> text(c.getValue().ownDepartmentAssignments().stream()
                .map(a -> a.department().name() + "：" + a.justification()).collect(Collectors.joining("、"))));
        teamTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(TeamMember member, boolean empty) {
                super.updateItem(member, empty);
                getStyleClass().remove("overdue");
                if (!empty && member != null && (!member.independenceDeclared()
                        || !member.ownDepartmentAssignments().isEmpty())) {
                    getStyleClass().add("overdue");
                }
            }
        });
        personBox.setItems(people);
        personBox.setConverter(Converters.of(a -> a.name() + "（" + messages.get(a.role().messageKey()) + "）"));
        personBox.valueProperty().bindBidirectional(viewModel.personProperty());
        declarationField.textProperty().bindBidirectional(viewModel.declarationProperty());
        departmentBox.setItems(viewModel.departments());
        departmentBox.setConverter(Converters.of(Department::name));
        departmentBox.valueProperty().bindBidirectional(viewModel.departmentProperty());
        justificationField.textProperty().bindBidirectional(viewModel.justificationProperty());
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    @FXML
    private void onJoin() {
        viewModel.join();
    }

    @FXML
    private void onAssign() {
        viewModel.assign();
    }
}
