package com.auditworkbench.ui.checklist;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.Result;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.util.List;
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
import javafx.collections.transformation.FilteredList;

/**
 * Fieldwork on one plan: every item at every department, a result and notes for each. Each change is shown at
 * once and saved in the background, in order, carrying the row's whole state, so nothing entered is lost.
 */
public final class ChecklistViewModel {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Consumer<String> onError;

    private final ObservableList<ChecklistRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ChecklistRow> visibleRows = new FilteredList<>(rows, r -> true);
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObjectProperty<Department> departmentFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ChecklistRow> selected = new SimpleObjectProperty<>();
    private final StringProperty notesDraft = new SimpleStringProperty("");
    private final StringProperty progressText = new SimpleStringProperty("");
    private Runnable onSaved = () -> { };

    public ChecklistViewModel(WorkbenchSession session, TaskRunner tasks, Consumer<String> onError) {
        this.session = session;
        this.tasks = tasks;
        this.onError = onError;
        departmentFilter.addListener((obs, old, value) -> visibleRows.setPredicate(
                row -> value == null || row.department().id() == value.id()));
        selected.addListener((obs, old, value) -> {
            if (old != null && value != null && sameCell(old, value)) {
                return;
            }
            flushNotes(old);
            notesDraft.set(value == null ? "" : value.notes());
        });
    }

    public void load(long planId, List<Department> planDepartments) {
        departments.setAll(planDepartments);
        departmentFilter.set(null);
        tasks.run(p -> session.fieldwork().rows(planId), loaded -> {
            rows.setAll(loaded);
            updateProgress();
        }, onError);
    }

    public void clear() {
        flushNotes();
        selected.set(null);
        rows.clear();
        departments.clear();
        progressText.set("");
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
        rows.set(index, replacement);
        if (wasSelected) {
            selected.set(replacement);
        }
        updateProgress();
    }

    private ChecklistRow current(ChecklistRow row) {
        int index = indexOf(row);
        return index < 0 ? null : rows.get(index);
    }

    private int indexOf(ChecklistRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (sameCell(rows.get(i), row)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameCell(ChecklistRow a, ChecklistRow b) {
        return a.department().id() == b.department().id() && a.item().code().equals(b.item().code());
    }

    private void updateProgress() {
        long done = rows.stream().filter(r -> r.result() != Result.NOT_PERFORMED).count();
        progressText.set(done + " / " + rows.size());
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
        return visibleRows;
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
