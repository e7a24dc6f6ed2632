package com.auditworkbench.ui.team;

import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.TeamMember;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A plan's audit team: who is on it, their independence declarations, and which departments each audits. */
public final class TeamViewModel {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Consumer<String> onError;
    private final ObservableList<TeamMember> members = FXCollections.observableArrayList();
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObjectProperty<Auditor> person = new SimpleObjectProperty<>();
    private final StringProperty declaration = new SimpleStringProperty("");
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    private final StringProperty justification = new SimpleStringProperty("");
    private Plan plan;

    public TeamViewModel(WorkbenchSession session, TaskRunner tasks, Consumer<String> onError) {
        this.session = session;
        this.tasks = tasks;
        this.onError = onError;
    }

    public void load(Plan plan) {
        this.plan = plan;
        departments.setAll(plan.departments());
        reload();
    }

    public void clear() {
        plan = null;
        members.clear();
        departments.clear();
    }

    private void reload() {
        Plan current = plan;
        if (current == null) {
            return;
        }
        tasks.run(p -> session.people().team(current.id()), members::setAll, onError);
    }

    /** Puts the chosen person on the team with their declaration of independence for this plan. */
    public void join() {
        Auditor who = person.get();
        if (plan == null || who == null) {
            return;
        }
        long planId = plan.id();
        String text = declaration.get();
        tasks.run(() -> session.people().joinTeam(planId, who, text), () -> {
            declaration.set("");
            reload();
        }, onError);
    }

    /** Assigns the chosen person to a department; their own department needs the justification. */
    public void assign() {
        Auditor who = person.get();
        Department where = department.get();
        if (plan == null || who == null || where == null) {
            return;
        }
        long planId = plan.id();
        String reason = justification.get();
        tasks.run(() -> session.people().assign(planId, who, where, reason), () -> {
            justification.set("");
            reload();
        }, onError);
    }

    public ObservableList<TeamMember> members() {
        return members;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObjectProperty<Auditor> personProperty() {
        return person;
    }

    public StringProperty declarationProperty() {
        return declaration;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    public StringProperty justificationProperty() {
        return justification;
    }
}
