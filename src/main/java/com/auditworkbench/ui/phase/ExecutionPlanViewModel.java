package com.auditworkbench.ui.phase;

import com.auditworkbench.domain.AuditDetail;
import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.OnSiteDay;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.TeamMember;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The execution plan (実施計画) of the selected audit: objective, scope (departments, items, systems, segments),
 * the team, on-site days per department and the report date.
 */
public final class ExecutionPlanViewModel {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<String> onError;
    private final Consumer<String> onStatus;

    private final StringProperty objective = new SimpleStringProperty("");
    private final StringProperty systems = new SimpleStringProperty("");
    private final Map<Segment, BooleanProperty> segments = new EnumMap<>(Segment.class);
    private final ObjectProperty<LocalDate> reportDate = new SimpleObjectProperty<>();
    private final StringProperty scope = new SimpleStringProperty("");
    private final StringProperty team = new SimpleStringProperty("");
    private final ObservableList<OnSiteDay> onSiteDays = FXCollections.observableArrayList();
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObjectProperty<Department> newDayDepartment = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> newDay = new SimpleObjectProperty<>();
    private final StringProperty newDayNote = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Runnable onChanged = () -> { };
    private Long planId;

    public ExecutionPlanViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages,
            Consumer<String> onError, Consumer<String> onStatus) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        this.onStatus = onStatus;
        for (Segment s : Segment.values()) {
            segments.put(s, new SimpleBooleanProperty(false));
        }
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    private record Loaded(Plan plan, AuditDetail detail, List<TeamMember> team, List<ChecklistItem> items) {
    }

    public void load(long planId) {
        this.planId = planId;
        error.set("");
        tasks.run(p -> new Loaded(session.plans().get(planId), session.auditDetails().detail(planId),
                session.people().team(planId), session.plans().items(planId)), loaded -> {
                    if (!Long.valueOf(planId).equals(this.planId)) {
                        return;
                    }
                    Plan plan = loaded.plan();
                    objective.set(plan.objective());
                    departments.setAll(plan.departments());
                    if (newDayDepartment.get() == null && !plan.departments().isEmpty()) {
                        newDayDepartment.set(plan.departments().get(0));
                    }
                    show(loaded.detail());
                    scope.set(scopeText(plan, loaded.items()));
                    team.set(loaded.team().isEmpty() ? messages.get("auditPlan.noTeam")
                            : loaded.team().stream().map(this::teamLine).collect(Collectors.joining("\n")));
                }, onError);
    }

    public void clear() {
        planId = null;
        objective.set("");
        systems.set("");
        segments.values().forEach(b -> b.set(false));
        reportDate.set(null);
        scope.set("");
        team.set("");
        onSiteDays.clear();
        departments.clear();
        newDayDepartment.set(null);
    }

    private void show(AuditDetail detail) {
        systems.set(String.join("\n", detail.systems()));
        segments.forEach((s, b) -> b.set(detail.segments().contains(s)));
        reportDate.set(detail.reportDate());
        onSiteDays.setAll(detail.onSiteDays());
    }

    private String scopeText(Plan plan, List<ChecklistItem> items) {
        Map<Category, Long> byCategory = items.stream().collect(Collectors.groupingBy(ChecklistItem::category,
                () -> new EnumMap<>(Category.class), Collectors.counting()));
        String categories = byCategory.entrySet().stream()
                .map(e -> messages.get(e.getKey().messageKey()) + " " + e.getValue())
                .collect(Collectors.joining("、"));
        return messages.get("auditPlan.scopeValue", plan.departments().stream().map(Department::name)
                .collect(Collectors.joining("、")), items.size(), categories);
    }

    private String teamLine(TeamMember member) {
        String assigned = member.assignments().stream().map(a -> a.department().name())
                .collect(Collectors.joining("、"));
        return member.auditor().name() + "（" + messages.get(member.auditor().role().messageKey()) + "）"
                + (assigned.isEmpty() ? "" : "：" + assigned);
    }

    /** Saves objective, systems, segments and report date together. */
    public void save() {
        Long plan = planId;
        if (plan == null) {
            return;
        }
        Set<Segment> chosen = EnumSet.noneOf(Segment.class);
        segments.forEach((s, b) -> {
            if (b.get()) {
                chosen.add(s);
            }
        });
        List<String> systemList = Arrays.stream(systems.get().split("\\R")).toList();
        tasks.run(p -> session.auditDetails().saveScope(plan, objective.get(), systemList, chosen, reportDate.get()),
                saved -> {
                    error.set("");
                    show(saved);
                    onStatus.accept(messages.get("auditPlan.saved"));
                    onChanged.run();
                }, error::set);
    }

    public void addOnSiteDay() {
        Long plan = planId;
        Department department = newDayDepartment.get();
        if (plan == null || department == null) {
            return;
        }
        LocalDate day = newDay.get();
        String note = newDayNote.get();
        tasks.run(p -> session.auditDetails().addOnSiteDay(plan, department.id(), day, note), saved -> {
            error.set("");
            onSiteDays.setAll(saved.onSiteDays());
            newDayNote.set("");
            onStatus.accept(messages.get("auditPlan.dayAdded", department.name(), ScreenDates.date(day, messages)));
            onChanged.run();
        }, error::set);
    }

    public void removeOnSiteDay(OnSiteDay day) {
        Long plan = planId;
        if (plan == null || day == null) {
            return;
        }
        tasks.run(p -> session.auditDetails().removeOnSiteDay(plan, day.department().id(), day.date()), saved -> {
            onSiteDays.setAll(saved.onSiteDays());
            onChanged.run();
        }, onError);
    }

    public StringProperty objectiveProperty() {
        return objective;
    }

    public StringProperty systemsProperty() {
        return systems;
    }

    public BooleanProperty segment(Segment segment) {
        return segments.get(segment);
    }

    public ObjectProperty<LocalDate> reportDateProperty() {
        return reportDate;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public ObservableList<OnSiteDay> onSiteDays() {
        return onSiteDays;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObjectProperty<Department> newDayDepartmentProperty() {
        return newDayDepartment;
    }

    public ObjectProperty<LocalDate> newDayProperty() {
        return newDay;
    }

    public StringProperty newDayNoteProperty() {
        return newDayNote;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
