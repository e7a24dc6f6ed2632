package com.auditworkbench.ui.request;

import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.DocumentRequest;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.RequestEdit;
import com.auditworkbench.domain.RequestStatus;
import com.auditworkbench.service.FileFingerprint;
import com.auditworkbench.service.OutputTarget;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import com.auditworkbench.workbook.RequestListWorkbook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The 予備調査 request list of an audit: the documents asked of each department, tracked and exported. */
public final class RequestListViewModel {

    /** Days between the request and its due date when the list is seeded. */
    static final int DEFAULT_DAYS_TO_ANSWER = 14;

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final LocalDate today;
    private final Consumer<String> onError;
    private final Consumer<String> onStatus;

    private final ObservableList<DocumentRequest> requests = FXCollections.observableArrayList();
    private final FilteredList<DocumentRequest> visible = new FilteredList<>(requests, q -> true);
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObjectProperty<Department> departmentFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<DocumentRequest> selected = new SimpleObjectProperty<>();

    private final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty itemCode = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> requestedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> dueOn = new SimpleObjectProperty<>();
    private final ObjectProperty<RequestStatus> status = new SimpleObjectProperty<>(RequestStatus.REQUESTED);
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Runnable onChanged = () -> { };
    private Long planId;

    public RequestListViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, LocalDate today,
            Consumer<String> onError, Consumer<String> onStatus) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
        this.onError = onError;
        this.onStatus = onStatus;
        departmentFilter.addListener((obs, old, d) -> visible.setPredicate(q -> d == null
                || q.department().id() == d.id()));
        selected.addListener((obs, old, q) -> show(q));
        show(null);
    }

    /** Called after every saved change, so what is left can be read again. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void load(long planId, List<Department> planDepartments) {
        this.planId = planId;
        departments.setAll(planDepartments);
        departmentFilter.set(null);
        reload(null);
    }

    public void clear() {
        planId = null;
        requests.clear();
        departments.clear();
        selected.set(null);
    }

    private void reload(Long keep) {
        Long plan = planId;
        if (plan == null) {
            return;
        }
        tasks.run(p -> session.requests().byPlan(plan), loaded -> {
            if (plan.equals(planId)) {
                requests.setAll(loaded);
                Long wanted = keep != null ? keep : selected.get() == null ? null : selected.get().id();
                selected.set(wanted == null ? null
                        : loaded.stream().filter(q -> q.id() == wanted).findFirst().orElse(null));
            }
        }, onError);
    }

    /** Selects the request, showing every department's so the row is in sight. */
    public void select(long requestId) {
        departmentFilter.set(null);
        requests.stream().filter(q -> q.id() == requestId).findFirst().ifPresentOrElse(selected::set,
                () -> reload(requestId));
    }

    /** Empties the form for a new request to the filtered department. */
    public void newRequest() {
        selected.set(null);
        show(null);
    }

    private void show(DocumentRequest q) {
        error.set("");
        department.set(q == null ? departmentFilter.get() : q.department());
        title.set(q == null ? "" : q.title());
        itemCode.set(q == null ? "" : q.itemCode());
        requestedOn.set(q == null ? today : q.requestedOn());
        dueOn.set(q == null ? today.plusDays(DEFAULT_DAYS_TO_ANSWER) : q.dueOn());
        status.set(q == null ? RequestStatus.REQUESTED : q.status());
        receivedOn.set(q == null ? null : q.receivedOn());
        note.set(q == null ? "" : q.note());
    }

    /** Saves the form: a new request, or the edit of the selected one. */
    public void save() {
        Long plan = planId;
        if (plan == null) {
            return;
        }
        if (department.get() == null) {
            error.set(messages.get("request.error.departmentRequired"));
            return;
        }
        RequestStatus chosen = status.get();
        LocalDate received = chosen == RequestStatus.RECEIVED && receivedOn.get() == null ? today
                : chosen == RequestStatus.RECEIVED ? receivedOn.get() : null;
        RequestEdit edit = new RequestEdit(department.get().id(), title.get(), itemCode.get(), requestedOn.get(),
                dueOn.get(), chosen, received, note.get());
        DocumentRequest editing = selected.get();
        tasks.run(p -> editing == null ? session.requests().add(plan, edit)
                : session.requests().update(editing.id(), edit), saved -> {
                    error.set("");
                    onStatus.accept(messages.get("request.saved", saved.reference(), saved.title()));
                    reload(saved.id());
                    onChanged.run();
                }, error::set);
    }

    /** Marks the selected request received today, not available, or requested again. */
    public void setStatus(RequestStatus newStatus) {
        DocumentRequest q = selected.get();
        if (q == null) {
            return;
        }
        tasks.run(p -> session.requests().setStatus(q.id(), newStatus, today), saved -> {
            onStatus.accept(messages.get("request.statusSet", saved.reference(),
                    messages.get(saved.status().messageKey())));
            reload(saved.id());
            onChanged.run();
        }, onError);
    }

    public void delete() {
        DocumentRequest q = selected.get();
        if (q == null) {
            return;
        }
        tasks.run(() -> session.requests().delete(q.id()), () -> {
            selected.set(null);
            onStatus.accept(messages.get("request.deleted", q.reference(), q.title()));
            reload(null);
            onChanged.run();
        }, onError);
    }

    /** Writes one request per document the department's checklist items (or only its priority items) name. */
    public void seedFromEvidence(Department target, boolean priorityOnly) {
        Long plan = planId;
        if (plan == null || target == null) {
            error.set(messages.get("request.error.departmentRequired"));
            return;
        }
        tasks.run(p -> session.requests().seedFromEvidence(plan, target.id(), today,
                today.plusDays(DEFAULT_DAYS_TO_ANSWER), priorityOnly), created -> {
                    onStatus.accept(messages.get("request.seeded", created.size(), target.name()));
                    reload(null);
                    onChanged.run();
                }, onError);
    }

    /** Exports the filtered department's list (every department's when none is chosen). */
    public void export(Path out) {
        Long plan = planId;
        if (plan == null) {
            return;
        }
        Department target = departmentFilter.get();
        tasks.run(p -> {
            // The save dialog asked before an existing file is replaced; a workbench or its evidence never is.
            Path file = OutputTarget.protecting(session.file()).check(out, true);
            new RequestListWorkbook(messages).write(session.requests().requestList(plan,
                    target == null ? null : target.id()), file);
            String hash = FileFingerprint.sha256(file);
            session.requests().recordExport(plan, out.getFileName().toString(), hash);
            return hash;
        }, hash -> onStatus.accept(messages.get("request.exported", out.getFileName())), onError);
    }

    public String suggestedExportName() {
        Department target = departmentFilter.get();
        return "requests-" + (target == null ? "all" : target.code()) + ".xlsx";
    }

    public ObservableList<DocumentRequest> visible() {
        return visible;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObjectProperty<Department> departmentFilterProperty() {
        return departmentFilter;
    }

    public ObjectProperty<DocumentRequest> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty itemCodeProperty() {
        return itemCode;
    }

    public ObjectProperty<LocalDate> requestedOnProperty() {
        return requestedOn;
    }

    public ObjectProperty<LocalDate> dueOnProperty() {
        return dueOn;
    }

    public ObjectProperty<RequestStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> receivedOnProperty() {
        return receivedOn;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public LocalDate today() {
        return today;
    }
}
