package com.auditworkbench.ui.checklist;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import com.auditworkbench.domain.Category;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Fieldwork on one plan: every item at every department, a result and notes for each. Each change is shown at
 * once and saved in the background, in order, carrying the row's whole state, so nothing entered is lost.
 */
public final class ChecklistViewModel {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Consumer<String> onError;

    private final ObservableList<ChecklistRow> rows = FXCollections.observableArrayList();
    /**
     * The rows the filter lets through. A new list each time the filter changes (built in one pass over the rows
     * and handed to the table whole, which is far cheaper for a 120,000-row table than a FilteredList's change
     * events); a saved row replaces its old self in place, so a row that no longer matches stays in view until
     * the filter is applied again — recording results down a filtered list does not make rows jump.
     */
    private final ObjectProperty<ObservableList<ChecklistRow>> visible =
            new SimpleObjectProperty<>(FXCollections.observableArrayList());
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObjectProperty<Department> departmentFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ChecklistFilter> filter = new SimpleObjectProperty<>(ChecklistFilter.NONE);
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<Long, int[]> auditeeCounts = new LinkedHashMap<>();
    private final Map<Category, int[]> categoryCounts = new EnumMap<>(Category.class);
    private final ObservableList<ProgressLine> auditeeProgress = FXCollections.observableArrayList();
    private final ObservableList<ProgressLine> categoryProgress = FXCollections.observableArrayList();
    private final StringProperty shownText = new SimpleStringProperty("");
    private final ObjectProperty<ChecklistRow> revealRequest = new SimpleObjectProperty<>();
    private Map<String, Integer> evidenceCounts = Map.of();
    private long planId = -1;
    private long lastFilterNanos;
    private final ObjectProperty<ChecklistRow> selected = new SimpleObjectProperty<>();
    private final StringProperty notesDraft = new SimpleStringProperty("");
    private final StringProperty progressText = new SimpleStringProperty("");
    private Runnable onSaved = () -> { };
    /** Rows read before the plan was selected (see {@link #offer}): shown by its next load instead of a read. */
    private FirstRows readAhead;

    public ChecklistViewModel(WorkbenchSession session, TaskRunner tasks, Consumer<String> onError) {
        this.session = session;
        this.tasks = tasks;
        this.onError = onError;
        departmentFilter.addListener((obs, old, value) -> filter.set(filter.get().withAuditee(value)));
        filter.addListener((obs, old, value) -> {
            if (!java.util.Objects.equals(departmentFilter.get(), value.auditee())) {
                departmentFilter.set(value.auditee());
            }
            applyFilter();
        });
        selected.addListener((obs, old, value) -> {
            if (old != null && value != null && sameCell(old, value)) {
                return;
            }
            flushNotes(old);
            notesDraft.set(value == null ? "" : value.notes());
        });
    }

    /**
     * A plan with more rows than this property says (20,000 by default) shows its first auditee's rows first (a read
     * of a few thousand rows), then all of them: on the 120,000-row reference plan the first rows appear seconds
     * earlier.
     */
    public static final String FIRST_AUDITEE_FIRST_ABOVE = "awb.checklist.firstAuditeeFirstAbove";

    private static boolean showsFirstAuditeeFirst(long rowCount) {
        return rowCount > Integer.getInteger(FIRST_AUDITEE_FIRST_ABOVE, 20_000);
    }

    private final javafx.beans.property.BooleanProperty loadingRest = new javafx.beans.property.SimpleBooleanProperty();

    /** True while only the first auditee's rows are shown and the rest are being read. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingRestProperty() {
        return loadingRest;
    }

    /**
     * What a plan's checklist shows first: on a large plan (see {@link #FIRST_AUDITEE_FIRST_ABOVE}) its first
     * auditee's rows, the rest read after; on any other plan all its rows with their evidence counts (complete).
     */
    public record FirstRows(long planId, List<ChecklistRow> rows, Map<String, Integer> evidenceCounts) {

        /** All the plan's rows are here: nothing more to read. */
        boolean complete() {
            return evidenceCounts != null;
        }
    }

    /** Reads a plan's first rows; on the worker, for {@link #offer} when the plan is chosen before the window is up. */
    public static FirstRows readFirstRows(WorkbenchSession session, Plan plan) {
        return readFirstRows(session, plan.id(), plan.departments());
    }

    private static FirstRows readFirstRows(WorkbenchSession session, long planId, List<Department> planDepartments) {
        boolean firstAuditeeFirst = !planDepartments.isEmpty() && showsFirstAuditeeFirst(
                session.plans().itemCount(planId) * (long) planDepartments.size());
        return firstAuditeeFirst
                ? new FirstRows(planId, session.fieldwork().rows(planId, planDepartments.get(0).id()), null)
                : readAll(session, planId);
    }

    /** All of a plan's rows with their evidence counts: a complete first look, or the rest after a partial one. */
    private static FirstRows readAll(WorkbenchSession session, long planId) {
        return new FirstRows(planId, session.fieldwork().rows(planId), session.evidence().countsByResult(planId));
    }

    /** First rows read ahead: the next {@link #load} of their plan shows them at once instead of reading them. */
    public void offer(FirstRows firstRows) {
        this.readAhead = firstRows;
    }

    public void load(long planId, List<Department> planDepartments) {
        this.planId = planId;
        departments.setAll(planDepartments);
        filter.set(ChecklistFilter.NONE);
        loadingRest.set(false);
        FirstRows ahead = readAhead;
        readAhead = null;
        if (ahead != null && ahead.planId() == planId) {
            showFirst(ahead);
        } else {
            tasks.run(p -> readFirstRows(session, planId, planDepartments), this::showFirst, onError);
        }
    }

    /**
     * Shows what was read first: all rows, or a large plan's first auditee's rows, the rest then read behind what
     * is already queued (the home screen and the phase, which the window shows first).
     */
    private void showFirst(FirstRows first) {
        if (planId != first.planId()) {
            return;
        }
        if (first.complete()) {
            showAll(first.rows(), first.evidenceCounts());
            return;
        }
        show(first.rows());
        loadingRest.set(true);
        applyFilter();
        long plan = first.planId();
        tasks.run(p -> readAll(session, plan), this::showFirst, onError);
    }

    private void showAll(List<ChecklistRow> all, Map<String, Integer> counts) {
        evidenceCounts = counts;
        show(all);
        loadingRest.set(false);
        recount();
        applyFilter();
    }

    /** Puts these rows in the list, indexed by key for the saves that replace them. */
    private void show(List<ChecklistRow> loadedRows) {
        positions.clear();
        for (int i = 0; i < loadedRows.size(); i++) {
            positions.put(loadedRows.get(i).key(), i);
        }
        rows.setAll(loadedRows);
    }

    /** Reads the evidence counts again, after evidence was added or removed. */
    public void refreshEvidenceCounts() {
        long plan = planId;
        tasks.run(p -> session.evidence().countsByResult(plan), counts -> {
            if (planId == plan) {
                evidenceCounts = counts;
                evidenceVersion.set(evidenceVersion.get() + 1);
            }
        }, onError);
    }

    private final javafx.beans.property.IntegerProperty evidenceVersion =
            new javafx.beans.property.SimpleIntegerProperty();

    /** Changes each time the evidence counts are read again, so the table redraws them. */
    public javafx.beans.property.ReadOnlyIntegerProperty evidenceVersionProperty() {
        return evidenceVersion;
    }

    public int evidenceCount(ChecklistRow row) {
        return evidenceCounts.getOrDefault(row.key(), 0);
    }

    private void applyFilter() {
        long start = System.nanoTime();
        java.util.function.Predicate<ChecklistRow> predicate = filter.get().predicate();
        java.util.ArrayList<ChecklistRow> shown;
        if (predicate == null) {
            shown = new java.util.ArrayList<>(rows);
        } else {
            shown = new java.util.ArrayList<>();
            for (ChecklistRow row : rows) {
                if (predicate.test(row)) {
                    shown.add(row);
                }
            }
        }
        visible.set(FXCollections.observableList(shown));
        lastFilterNanos = System.nanoTime() - start;
        updateShown();
    }

    private static int identityIndex(List<ChecklistRow> list, ChecklistRow row) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == row) {
                return i;
            }
        }
        return -1;
    }

    /** How long the last filter took to apply to the rows, for the benchmark. */
    long lastFilterNanos() {
        return lastFilterNanos;
    }

    private void updateShown() {
        shownText.set(String.format("%,d / %,d", visible.get().size(), rows.size()));
    }

    /**
     * Shows the row of that item at that auditee: the filter is cleared if it hides the row, then the row is
     * selected and scrolled to. Used by links that lead to a row ("what is left", search hits).
     */
    public boolean reveal(long departmentId, String itemCode) {
        Integer index = positions.get(planId + "/" + departmentId + "/" + itemCode);
        if (index == null) {
            return false;
        }
        ChecklistRow row = rows.get(index);
        if (identityIndex(visible.get(), row) < 0) {
            filter.set(ChecklistFilter.NONE);
        }
        selected.set(row);
        revealRequest.set(null);
        revealRequest.set(row);
        return true;
    }

    ObjectProperty<ChecklistRow> revealRequestProperty() {
        return revealRequest;
    }

    public void clear() {
        flushNotes();
        selected.set(null);
        planId = -1;
        loadingRest.set(false);
        rows.clear();
        visible.set(FXCollections.observableArrayList());
        positions.clear();
        departments.clear();
        auditeeCounts.clear();
        categoryCounts.clear();
        auditeeProgress.clear();
        categoryProgress.clear();
        progressText.set("");
        shownText.set("");
    }

    /** Records the result on the selected row, keeping the notes typed so far. */
    public void recordResult(Result result) {
        ChecklistRow row = selected.get();
        if (row == null || result == null) {
            return;
        }
        save(row, result, notesDraft.get());
    }

    /** Saves the notes typed for the selected row, if they changed. */
    public void flushNotes() {
        flushNotes(selected.get());
    }

    private void flushNotes(ChecklistRow row) {
        if (row == null) {
            return;
        }
        ChecklistRow current = current(row);
        if (current != null && !Objects.equals(current.notes(), notesDraft.get())) {
            save(current, current.result(), notesDraft.get());
        }
    }

    private void save(ChecklistRow row, Result result, String notes) {
        ChecklistRow shown = row.with(result, notes);
        replace(row, shown);
        tasks.run(p -> session.fieldwork().record(row, result, notes), saved -> {
            replace(shown, saved);
            onSaved.run();
        }, onError);
    }

    private void replace(ChecklistRow old, ChecklistRow replacement) {
        int index = indexOf(old);
        if (index < 0 || !rows.get(index).equals(old)) {
            // the row has moved on since this save was queued; a later save carries its newer state
            return;
        }
        boolean wasSelected = selected.get() != null && sameCell(selected.get(), old);
        ChecklistRow shownBefore = rows.get(index);
        rows.set(index, replacement);
        int shownAt = identityIndex(visible.get(), shownBefore);
        if (shownAt >= 0) {
            visible.get().set(shownAt, replacement);
        }
        if (wasSelected) {
            selected.set(replacement);
        }
        count(old, -1);
        count(replacement, 1);
        publishProgress();
    }

    private ChecklistRow current(ChecklistRow row) {
        int index = indexOf(row);
        return index < 0 ? null : rows.get(index);
    }

    private int indexOf(ChecklistRow row) {
        Integer index = row == null ? null : positions.get(row.key());
        return index == null || index >= rows.size() || !sameCell(rows.get(index), row) ? -1 : index;
    }

    private static boolean sameCell(ChecklistRow a, ChecklistRow b) {
        return a.department().id() == b.department().id() && a.item().code().equals(b.item().code());
    }

    /** Done and total per auditee and per category, counted once on load and then kept by each change. */
    private void recount() {
        auditeeCounts.clear();
        categoryCounts.clear();
        for (Department d : departments) {
            auditeeCounts.put(d.id(), new int[2]);
        }
        for (ChecklistRow row : rows) {
            count(row, 1);
        }
        publishProgress();
    }

    private void count(ChecklistRow row, int sign) {
        int done = row.result() != Result.NOT_PERFORMED ? sign : 0;
        int[] a = auditeeCounts.computeIfAbsent(row.department().id(), k -> new int[2]);
        a[0] += done;
        a[1] += sign;
        int[] c = categoryCounts.computeIfAbsent(row.item().category(), k -> new int[2]);
        c[0] += done;
        c[1] += sign;
    }

    private void publishProgress() {
        int done = 0;
        int total = 0;
        List<ProgressLine> byAuditee = new java.util.ArrayList<>();
        for (Department d : departments) {
            int[] a = auditeeCounts.getOrDefault(d.id(), new int[2]);
            byAuditee.add(new ProgressLine(d.name(), a[0], a[1]));
            done += a[0];
            total += a[1];
        }
        List<ProgressLine> byCategory = new java.util.ArrayList<>();
        categoryCounts.forEach((category, c) -> byCategory.add(new ProgressLine(category.messageKey(), c[0], c[1])));
        auditeeProgress.setAll(byAuditee);
        categoryProgress.setAll(byCategory);
        progressText.set(String.format("%,d / %,d", done, total));
    }

    /** Progress of one auditee or one category; a category's label is its message key. */
    public record ProgressLine(String label, int done, int total) {
        public double fraction() {
            return total == 0 ? 0 : (double) done / total;
        }
    }

    public ObservableList<ProgressLine> auditeeProgress() {
        return auditeeProgress;
    }

    public ObservableList<ProgressLine> categoryProgress() {
        return categoryProgress;
    }

    ObjectProperty<ChecklistFilter> filterProperty() {
        return filter;
    }

    public StringProperty shownTextProperty() {
        return shownText;
    }

    /** Called after each save, so the window can offer the undo of it. */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    public void signAsPreparer() {
        signOff(row -> session.fieldwork().signAsPreparer(row));
    }

    public void signAsReviewer() {
        signOff(row -> session.fieldwork().signAsReviewer(row));
    }

    public void reopen(String reason) {
        signOff(row -> session.fieldwork().reopen(row, reason));
    }

    private void signOff(java.util.function.UnaryOperator<ChecklistRow> action) {
        flushNotes();
        ChecklistRow row = current(selected.get());
        if (row == null) {
            return;
        }
        tasks.run(p -> action.apply(row), saved -> replace(current(row), saved), onError);
    }

    public BooleanBinding selectedLocked() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || selected.get().signOff().isLocked(),
                selected);
    }

    /** A finding for the selected deviation, criteria filled in from its item. */
    public NewFinding draftFinding() {
        flushNotes();
        ChecklistRow row = current(selected.get());
        return session.findings().draftFrom(row.with(row.result(), notesDraft.get()));
    }

    public BooleanBinding canRaiseFinding() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().result().isDeviation(),
                selected);
    }

    public ObservableList<ChecklistRow> visibleRows() {
        return visible.get();
    }

    /** The rows shown; replaced by a new list whenever the filter changes. */
    public javafx.beans.property.ReadOnlyObjectProperty<ObservableList<ChecklistRow>> visibleRowsProperty() {
        return visible;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObjectProperty<Department> departmentFilterProperty() {
        return departmentFilter;
    }

    public ObjectProperty<ChecklistRow> selectedProperty() {
        return selected;
    }

    public StringProperty notesDraftProperty() {
        return notesDraft;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }
}
