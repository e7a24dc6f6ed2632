package com.auditworkbench.ui.auditee;

import com.auditworkbench.domain.Auditee;
import com.auditworkbench.domain.AuditeeScope;
import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The auditees of the workbench (departments and contractors) and, for the selected plan, which of them it audits
 * and which items each is assigned.
 */
public final class AuditeesViewModel {

    /** An auditee of the plan with the scope it is assigned. */
    public record PlanAuditee(Department department, AuditeeScope scope) {
    }

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Plan> onPlanChanged;

    private final ObservableList<Auditee> auditees = FXCollections.observableArrayList();
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableList<PlanAuditee> planAuditees = FXCollections.observableArrayList();
    private final ObservableList<Department> addable = FXCollections.observableArrayList();
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    private final StringProperty contractorName = new SimpleStringProperty("");
    private final ObjectProperty<Department> supervisor = new SimpleObjectProperty<>();
    private final StringProperty contractSubject = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public AuditeesViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, Plan plan,
            Consumer<Plan> onPlanChanged) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.onPlanChanged = onPlanChanged;
        this.plan.set(plan);
    }

    public void load() {
        Plan current = plan.get();
        tasks.run(p -> new Loaded(session.auditees().all(),
                current == null ? null : session.plans().get(current.id()),
                current == null ? Map.<Long, AuditeeScope>of() : session.auditees().scopes(current.id())), this::show,
                error::set);
    }

    private record Loaded(java.util.List<Auditee> auditees, Plan plan, Map<Long, AuditeeScope> scopes) {
    }

    private void show(Loaded loaded) {
        auditees.setAll(loaded.auditees());
        departments.setAll(loaded.auditees().stream().map(Auditee::department).filter(d -> !d.isContractor()).toList());
        if (loaded.plan() != null) {
            plan.set(loaded.plan());
            planAuditees.setAll(loaded.plan().departments().stream()
                    .map(d -> new PlanAuditee(d, loaded.scopes().getOrDefault(d.id(), AuditeeScope.ALL))).toList());
            Set<Long> inPlan = new java.util.HashSet<>();
            loaded.plan().departments().forEach(d -> inPlan.add(d.id()));
            addable.setAll(loaded.auditees().stream().map(Auditee::department).filter(d -> !inPlan.contains(d.id()))
                    .toList());
        }
    }

    public void addContractor() {
        Department chosen = supervisor.get();
        String name = contractorName.get();
        String subject = contractSubject.get();
        tasks.run(p -> session.auditees().addContractor(name, chosen == null ? -1 : chosen.id(), subject), added -> {
            contractorName.set("");
            contractSubject.set("");
            error.set("");
            message.set(messages.get("auditee.added", added.name(), added.code()));
            load();
        }, error::set);
    }

    public void addToPlan(Department department) {
        Plan current = plan.get();
        if (current == null || department == null) {
            return;
        }
        tasks.run(p -> session.auditees().addToPlan(current.id(), department.id()), updated -> {
            error.set("");
            message.set(messages.get("auditee.addedToPlan", department.name(), updated.code()));
            onPlanChanged.accept(updated);
            load();
        }, error::set);
    }

    public void saveScope(Department department, Set<Category> categories, Set<Segment> segments) {
        Plan current = plan.get();
        if (current == null || department == null) {
            return;
        }
        AuditeeScope scope = new AuditeeScope(categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories),
                segments.isEmpty() ? Set.of() : EnumSet.copyOf(segments));
        tasks.run(p -> {
            session.auditees().setScope(current.id(), department.id(), scope);
            return session.plans().get(current.id());
        }, updated -> {
            error.set("");
            message.set(messages.get("auditee.scopeSaved", department.name()));
            onPlanChanged.accept(updated);
            load();
        }, error::set);
    }

    /** The scope in words: すべての項目, or the categories and segments chosen. */
    public String describe(AuditeeScope scope) {
        if (scope.isAll()) {
            return messages.get("auditee.scope.all");
        }
        StringBuilder text = new StringBuilder();
        if (!scope.categories().isEmpty()) {
            text.append(String.join("・", scope.categories().stream().sorted()
                    .map(c -> messages.get(c.messageKey())).toList()));
        }
        if (!scope.segments().isEmpty()) {
            if (text.length() > 0) {
                text.append(" / ");
            }
            text.append(String.join("・", scope.segments().stream().sorted()
                    .map(s -> messages.get(s.messageKey())).toList()));
        }
        return text.toString();
    }

    public ObservableList<Auditee> auditees() {
        return auditees;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObservableList<PlanAuditee> planAuditees() {
        return planAuditees;
    }

    public ObservableList<Department> addable() {
        return addable;
    }

    public ObjectProperty<Plan> planProperty() {
        return plan;
    }

    public StringProperty contractorNameProperty() {
        return contractorName;
    }

    public ObjectProperty<Department> supervisorProperty() {
        return supervisor;
    }

    public StringProperty contractSubjectProperty() {
        return contractSubject;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
