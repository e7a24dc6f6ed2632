package com.auditworkbench.ui.interview;

import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Interview;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewInterview;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Interview records of the selected plan: the list, and an editor for a new or the selected record. Nothing typed
 * is lost: a refused save keeps the form as it is and says why.
 */
public final class InterviewViewModel {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Supplier<String> selectedItemCode;

    private final ObservableList<Interview> interviews = FXCollections.observableArrayList();
    private final ObservableList<Department> auditees = FXCollections.observableArrayList();
    private final ObjectProperty<Interview> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Department> auditee = new SimpleObjectProperty<>();
    private final StringProperty interviewee = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<Auditor> interviewer = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty items = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private Plan plan;

    public InterviewViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages,
            Supplier<String> selectedItemCode) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.selectedItemCode = selectedItemCode;
        selected.addListener((obs, old, value) -> fill(value));
    }

    public void show(Plan newPlan) {
        plan = newPlan;
        interviews.clear();
        auditees.setAll(newPlan == null ? List.of() : newPlan.departments());
        newRecord();
        if (newPlan == null) {
            return;
        }
        long planId = newPlan.id();
        tasks.run(p -> session.interviews().forPlan(planId), loaded -> {
            if (plan != null && plan.id() == planId) {
                interviews.setAll(loaded);
            }
        }, error::set);
    }

    /** Clears the form for a new record, today at the next full hour, with the current user as interviewer. */
    public void newRecord() {
        selected.set(null);
        fill(null);
    }

    private void fill(Interview i) {
        error.set("");
        if (i == null) {
            auditee.set(auditees.isEmpty() ? null : auditees.get(0));
            interviewee.set("");
            role.set("");
            date.set(LocalDate.now());
            time.set(LocalTime.now().plusHours(1).withMinute(0).toString().substring(0, 5));
            interviewer.set(session.people().currentUser());
            summary.set("");
            items.set("");
            return;
        }
        auditee.set(auditees.stream().filter(d -> d.id() == i.department().id()).findFirst().orElse(null));
        interviewee.set(i.interviewee());
        role.set(i.intervieweeRole());
        date.set(i.heldAt().toLocalDate());
        time.set(i.heldAt().toLocalTime().toString());
        interviewer.set(i.interviewer().orElse(null));
        summary.set(i.summary());
        items.set(String.join(", ", i.itemCodes()));
    }

    /** Adds the item selected in the checklist to the linked items. */
    public void addSelectedItem() {
        String code = selectedItemCode.get();
        if (code == null) {
            error.set(messages.get("interview.error.noChecklistSelection"));
            return;
        }
        Set<String> codes = new LinkedHashSet<>(codes());
        codes.add(code);
        items.set(String.join(", ", codes));
    }

    private List<String> codes() {
        return Arrays.stream(items.get().split("[,、\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    public void save(Consumer<Interview> onSaved) {
        if (plan == null) {
            return;
        }
        if (auditee.get() == null) {
            error.set(messages.get("interview.error.auditeeNotInPlan"));
            return;
        }
        LocalTime at;
        try {
            at = time.get().isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(time.get().strip()
                    .replace('：', ':'));
        } catch (DateTimeParseException e) {
            error.set(messages.get("interview.error.time", time.get()));
            return;
        }
        LocalDateTime heldAt = date.get() == null ? null : LocalDateTime.of(date.get(), at);
        NewInterview entry = new NewInterview(plan.id(), auditee.get().id(), interviewee.get(), role.get(), heldAt,
                interviewer.get() == null ? null : interviewer.get().id(), summary.get(), codes());
        Interview editing = selected.get();
        tasks.run(p -> editing == null ? session.interviews().record(entry)
                : session.interviews().update(editing.id(), entry), saved -> {
                    int index = indexOf(saved.id());
                    if (index < 0) {
                        interviews.add(saved);
                    } else {
                        interviews.set(index, saved);
                    }
                    selected.set(saved);
                    error.set("");
                    status.set(messages.get("interview.saved", saved.interviewee()));
                    onSaved.accept(saved);
                }, error::set);
    }

    /** Selects the interview of that id, if it is in the list (a search hit leads here). */
    public boolean reveal(long id) {
        int index = indexOf(id);
        if (index >= 0) {
            selected.set(interviews.get(index));
        }
        return index >= 0;
    }

    private int indexOf(long id) {
        for (int i = 0; i < interviews.size(); i++) {
            if (interviews.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    public ObservableList<Interview> interviews() {
        return interviews;
    }

    public ObservableList<Department> auditees() {
        return auditees;
    }

    public ObjectProperty<Interview> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Department> auditeeProperty() {
        return auditee;
    }

    public StringProperty intervieweeProperty() {
        return interviewee;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<Auditor> interviewerProperty() {
        return interviewer;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty itemsProperty() {
        return items;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public Plan plan() {
        return plan;
    }
}
