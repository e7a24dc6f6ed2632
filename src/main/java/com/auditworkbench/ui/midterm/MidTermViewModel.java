package com.auditworkbench.ui.midterm;

import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.MidTermPlan;
import com.auditworkbench.domain.PlanKind;
import com.auditworkbench.domain.YearPlanEntry;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The medium-term plan (中期計画) as the lead edits it: title, cycle, themes, and the rotation of departments and
 * systems over the years, with every row left out of the cycle flagged as the lead ticks; and the year plans
 * (年度計画) drawn from it.
 */
public final class MidTermViewModel {

    /** One row of the rotation matrix: a department or a system, and a tick per year of the cycle. */
    public static final class RotationItem {
        private final Department department;
        private final InformationAsset asset;
        private final List<BooleanProperty> years = new ArrayList<>();

        RotationItem(Department department, InformationAsset asset) {
            this.department = department;
            this.asset = asset;
            for (int i = 0; i < MAX_YEARS; i++) {
                years.add(new SimpleBooleanProperty(false));
            }
        }

        public BooleanProperty year(int index) {
            return years.get(index);
        }

        public String name() {
            return department != null ? department.name() : asset.name();
        }

        public boolean isDepartment() {
            return department != null;
        }

        public String owner() {
            return department != null ? "" : asset.department().name();
        }

        MidTermPlan.RotationRow toRow(int firstYear, int count) {
            Set<Integer> ticked = new HashSet<>();
            for (int i = 0; i < count; i++) {
                if (years.get(i).get()) {
                    ticked.add(firstYear + i);
                }
            }
            return department != null ? MidTermPlan.RotationRow.department(department, ticked)
                    : MidTermPlan.RotationRow.system(asset, ticked);
        }
    }

    static final int MAX_YEARS = 10;

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final LocalDate today;
    private final ObservableList<MidTermPlan> plans = FXCollections.observableArrayList();
    private final ObjectProperty<MidTermPlan> selected = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Integer> firstYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> years = new SimpleObjectProperty<>(3);
    private final StringProperty themes = new SimpleStringProperty("");
    private final ObservableList<RotationItem> rotation = FXCollections.observableArrayList();
    private final ObservableList<String> flags = FXCollections.observableArrayList();
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableList<InformationAsset> systems = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> planYear = new SimpleObjectProperty<>();
    private final ObservableList<YearPlanEntry> yearPlans = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private long editingId;

    public MidTermViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, LocalDate today) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
        firstYear.set(FiscalYear.containing(today).year());
        planYear.set(FiscalYear.containing(today).year());
        firstYear.addListener((obs, old, v) -> refreshFlags());
        years.addListener((obs, old, v) -> refreshFlags());
        planYear.addListener((obs, old, v) -> loadYearPlans());
    }

    private record Loaded(List<MidTermPlan> plans, List<Department> departments, List<InformationAsset> systems) {
    }

    public void load() {
        tasks.run(p -> new Loaded(session.midTerm().all(), session.assets().departments(), session.assets().all()),
                loaded -> {
                    plans.setAll(loaded.plans());
                    departments.setAll(loaded.departments());
                    systems.setAll(loaded.systems());
                    MidTermPlan current = loaded.plans().stream()
                            .filter(p -> p.covers(FiscalYear.containing(today))).findFirst()
                            .orElse(loaded.plans().isEmpty() ? null : loaded.plans().get(0));
                    if (current != null) {
                        select(current);
                    }
                    loadYearPlans();
                }, this::fail);
    }

    /** Shows a saved plan in the editor. */
    public void select(MidTermPlan plan) {
        selected.set(plan);
        editingId = plan.id();
        title.set(plan.title());
        firstYear.set(plan.firstYear().year());
        years.set(plan.years());
        themes.set(String.join("\n", plan.themes()));
        List<RotationItem> items = new ArrayList<>();
        for (MidTermPlan.RotationRow row : plan.rows()) {
            RotationItem item = new RotationItem(row.department(), row.asset());
            for (int y : row.auditYears()) {
                int index = y - plan.firstYear().year();
                if (index >= 0 && index < MAX_YEARS) {
                    item.year(index).set(true);
                }
            }
            items.add(item);
        }
        rotation.setAll(items);
        watch(items);
        editing.set(true);
        refreshFlags();
    }

    /** A new plan of three years from this fiscal year, with every department as a row and no year ticked. */
    public void newPlan() {
        selected.set(null);
        editingId = 0;
        int first = FiscalYear.containing(today).year();
        firstYear.set(first);
        years.set(3);
        title.set(messages.get("midterm.defaultTitle", new FiscalYear(first).japaneseName(),
                new FiscalYear(first + 2).japaneseName()));
        themes.set("");
        List<RotationItem> items = departments.stream().map(d -> new RotationItem(d, null)).toList();
        rotation.setAll(items);
        watch(items);
        editing.set(true);
        refreshFlags();
    }

    public void addDepartment(Department department) {
        if (department != null && rotation.stream().noneMatch(r -> r.isDepartment() && r.department.id() == department.id())) {
            RotationItem item = new RotationItem(department, null);
            rotation.add(item);
            watch(List.of(item));
            refreshFlags();
        }
    }

    public void addSystem(InformationAsset asset) {
        if (asset != null && rotation.stream().noneMatch(r -> !r.isDepartment() && r.asset.id() == asset.id())) {
            RotationItem item = new RotationItem(null, asset);
            rotation.add(item);
            watch(List.of(item));
            refreshFlags();
        }
    }

    public void remove(RotationItem item) {
        rotation.remove(item);
        refreshFlags();
    }

    private void watch(List<RotationItem> items) {
        for (RotationItem item : items) {
            item.years.forEach(y -> y.addListener((obs, old, v) -> refreshFlags()));
        }
    }

    /** The plan as edited now. */
    MidTermPlan current() {
        int first = firstYear.get() == null ? FiscalYear.containing(today).year() : firstYear.get();
        int count = years.get() == null ? 3 : Math.min(years.get(), MAX_YEARS);
        return new MidTermPlan(editingId, title.get(), new FiscalYear(first), count,
                Arrays.asList(themes.get().split("\\R")),
                rotation.stream().map(r -> r.toRow(first, count)).toList());
    }

    private void refreshFlags() {
        if (!editing.get()) {
            flags.clear();
            return;
        }
        MidTermPlan plan = current();
        List<String> sentences = plan.leftOut().stream().map(r -> plan.leftOutSentence(r, messages)).toList();
        flags.setAll(sentences.isEmpty() ? List.of(messages.get("midterm.allCovered")) : sentences);
    }

    public boolean hasGaps() {
        return editing.get() && !current().leftOut().isEmpty();
    }

    public void save() {
        MidTermPlan plan = current();
        tasks.run(p -> session.midTerm().save(plan), saved -> {
            plans.removeIf(x -> x.id() == saved.id());
            plans.add(0, saved);
            select(saved);
            status.set(messages.get("midterm.saved", saved.title(), saved.leftOut().size()));
        }, this::fail);
    }

    public void loadYearPlans() {
        Integer year = planYear.get();
        if (year == null) {
            return;
        }
        tasks.run(p -> session.midTerm().yearPlans(new FiscalYear(year)), yearPlans::setAll, this::fail);
    }

    /** Marks a plan of the year as a 特命監査 or as a regular audit; logged. */
    public void setKind(YearPlanEntry entry, PlanKind kind) {
        tasks.run(p -> {
            session.midTerm().setKind(entry.plan().id(), kind);
            return kind;
        }, k -> {
            status.set(messages.get("midterm.kindChanged", entry.plan().title(), messages.get(k.messageKey())));
            loadYearPlans();
        }, this::fail);
    }

    /**
     * Hands the year and the rotation's departments of that year (from the saved plan covering it) to whoever opens
     * the plan dialog; says so when no saved plan covers the year.
     */
    public void createYearPlan(BiConsumer<Integer, List<String>> openPlanDialog) {
        Integer year = planYear.get();
        FiscalYear fiscalYear = new FiscalYear(year);
        tasks.run(p -> session.midTerm().covering(fiscalYear), plan -> {
            if (plan.isEmpty()) {
                fail(messages.get("midterm.noPlanForYear", fiscalYear.japaneseName()));
                return;
            }
            List<String> names = plan.get().departmentsIn(fiscalYear).stream().map(Department::name).toList();
            if (names.isEmpty()) {
                fail(messages.get("midterm.noDepartmentsInYear", fiscalYear.japaneseName()));
                return;
            }
            openPlanDialog.accept(year, names);
        }, this::fail);
    }

    private void fail(String sentence) {
        error.set("");
        error.set(sentence);
    }

    public ObservableList<MidTermPlan> plans() {
        return plans;
    }

    public ObjectProperty<MidTermPlan> selectedProperty() {
        return selected;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Integer> firstYearProperty() {
        return firstYear;
    }

    public ObjectProperty<Integer> yearsProperty() {
        return years;
    }

    public StringProperty themesProperty() {
        return themes;
    }

    public ObservableList<RotationItem> rotation() {
        return rotation;
    }

    public ObservableList<String> flags() {
        return flags;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObservableList<InformationAsset> systems() {
        return systems;
    }

    public ObjectProperty<Integer> planYearProperty() {
        return planYear;
    }

    public ObservableList<YearPlanEntry> yearPlans() {
        return yearPlans;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }
}
