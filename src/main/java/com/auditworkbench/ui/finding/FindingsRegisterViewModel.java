package com.auditworkbench.ui.finding;

import com.auditworkbench.domain.ActionStatus;
import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FindingContent;
import com.auditworkbench.domain.FollowUpNote;
import com.auditworkbench.domain.ManagementResponse;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.ReviewNote;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.domain.Violation;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The findings register of a plan: filters, counts, and the selected finding's five Cs, management response,
 * sign-off, follow-up, review notes and history. Edits are saved with an explicit save, so a half-written
 * finding is never logged as a change.
 */
public final class FindingsRegisterViewModel {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final LocalDate today;
    private final Consumer<String> onError;
    private final Consumer<String> onStatus;

    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final FilteredList<Finding> visible = new FilteredList<>(findings, f -> true);
    private final ObjectProperty<Severity> severityFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionStatus> statusFilter = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObjectProperty<Finding> selected = new SimpleObjectProperty<>();

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty condition = new SimpleStringProperty("");
    private final StringProperty criteria = new SimpleStringProperty("");
    private final StringProperty cause = new SimpleStringProperty("");
    private final StringProperty effect = new SimpleStringProperty("");
    private final StringProperty recommendation = new SimpleStringProperty("");
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final BooleanProperty violation = new SimpleBooleanProperty(false);
    private final StringProperty violationNotifiedTo = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> violationNotifiedOn = new SimpleObjectProperty<>();
    private final StringProperty response = new SimpleStringProperty("");
    private final StringProperty actionOwner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionStatus> actionStatus = new SimpleObjectProperty<>(ActionStatus.NOT_STARTED);
    private final StringProperty signOffText = new SimpleStringProperty("");
    private final ObservableList<FollowUpNote> followUps = FXCollections.observableArrayList();
    private final ObservableList<ActivityEvent> history = FXCollections.observableArrayList();
    private final ObservableList<ReviewNote> reviewNotes = FXCollections.observableArrayList();
    private long planId;

    public FindingsRegisterViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, LocalDate today,
            Consumer<String> onError, Consumer<String> onStatus) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
        this.onError = onError;
        this.onStatus = onStatus;
        severityFilter.addListener(o -> refilter());
        statusFilter.addListener(o -> refilter());
        overdueOnly.addListener(o -> refilter());
        textFilter.addListener(o -> refilter());
        selected.addListener((obs, old, finding) -> show(finding));
    }

    public void load(long planId) {
        this.planId = planId;
        tasks.run(p -> session.findings().byPlan(planId), loaded -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            findings.setAll(loaded);
            if (keep != null) {
                findings.stream().filter(f -> f.id() == keep).findFirst().ifPresent(selected::set);
            }
        }, onError);
    }

    public void clear() {
        selected.set(null);
        findings.clear();
    }

    /**
     * Selects the finding of that id, clearing the filters if they hide it (a search hit or a link leads here).
     * Returns false when the plan's findings do not hold it.
     */
    public boolean reveal(long findingId) {
        Finding found = findings.stream().filter(f -> f.id() == findingId).findFirst().orElse(null);
        if (found == null) {
            return false;
        }
        if (!visible.contains(found)) {
            severityFilter.set(null);
            statusFilter.set(null);
            overdueOnly.set(false);
            textFilter.set("");
        }
        selected.set(found);
        return true;
    }

    /** Adds a finding raised elsewhere (from the checklist) and selects it. */
    public void added(Finding finding) {
        findings.add(finding);
        selected.set(finding);
    }

    private void refilter() {
        String text = textFilter.get() == null ? "" : textFilter.get().strip().toLowerCase(Locale.ROOT);
        visible.setPredicate(f -> (severityFilter.get() == null || f.severity() == severityFilter.get())
                && (statusFilter.get() == null || f.content().response().status() == statusFilter.get())
                && (!overdueOnly.get() || f.content().response().isOverdue(today))
                && (text.isEmpty() || (f.reference() + " " + f.title() + " " + f.condition() + " "
                        + f.department().name()).toLowerCase(Locale.ROOT).contains(text)));
    }

    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    public Map<ActionStatus, Integer> countsByStatus() {
        Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
        for (ActionStatus s : ActionStatus.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.content().response().status(), 1, Integer::sum));
        return counts;
    }

    public boolean isOverdue(Finding finding) {
        return finding.content().response().isOverdue(today);
    }

    private void show(Finding f) {
        FindingContent c = f == null ? new FindingContent("", "", "", "", "", "", null, null, null) : f.content();
        title.set(c.title());
        condition.set(c.condition());
        criteria.set(c.criteria());
        cause.set(c.cause());
        effect.set(c.effect());
        recommendation.set(c.recommendation());
        severity.set(c.severity());
        violation.set(c.violation().flagged());
        violationNotifiedTo.set(c.violation().notifiedTo());
        violationNotifiedOn.set(c.violation().notifiedOn());
        response.set(c.response().text());
        actionOwner.set(c.response().actionOwner());
        dueDate.set(c.response().dueDate());
        actionStatus.set(c.response().status());
        signOffText.set(f == null ? "" : com.auditworkbench.ui.common.SignOffText.describe(f.signOff(), messages));
        followUps.clear();
        history.clear();
        reviewNotes.clear();
        if (f != null) {
            loadDetails(f.id());
        }
    }

    private void loadDetails(long findingId) {
        tasks.run(p -> new Details(session.findings().followUps(findingId), session.findings().history(findingId),
                session.reviews().forTarget("finding", Long.toString(findingId))), details -> {
                    if (selected.get() != null && selected.get().id() == findingId) {
                        followUps.setAll(details.followUps());
                        history.setAll(details.history());
                        reviewNotes.setAll(details.notes());
                    }
                }, onError);
    }

    private record Details(java.util.List<FollowUpNote> followUps, java.util.List<ActivityEvent> history,
            java.util.List<ReviewNote> notes) {
    }

    public FindingContent editedContent() {
        return new FindingContent(title.get(), condition.get(), criteria.get(), cause.get(), effect.get(),
                recommendation.get(), severity.get(),
                new Violation(violation.get(), violationNotifiedTo.get(), violationNotifiedOn.get()),
                new ManagementResponse(response.get(), actionOwner.get(), dueDate.get(), actionStatus.get()));
    }

    public BooleanBinding dirty() {
        return Bindings.createBooleanBinding(() -> selected.get() != null
                && !selected.get().content().equals(editedContent()), selected, title, condition, criteria, cause,
                effect, recommendation, severity, violation, violationNotifiedTo, violationNotifiedOn, response,
                actionOwner, dueDate, actionStatus);
    }

    public BooleanBinding locked() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || selected.get().signOff().isLocked(),
                selected);
    }

    public void save() {
        Finding f = selected.get();
        if (f == null) {
            return;
        }
        FindingContent content = editedContent();
        tasks.run(p -> session.findings().update(f.id(), content), saved -> {
            replaced(saved);
            onStatus.accept(messages.get("finding.saved", saved.reference()));
        }, onError);
    }

    public void signAsPreparer() {
        act(id -> session.findings().signAsPreparer(id));
    }

    public void signAsReviewer() {
        act(id -> session.findings().signAsReviewer(id));
    }

    public void reopen(String reason) {
        act(id -> session.findings().reopen(id, reason));
    }

    private void act(java.util.function.LongFunction<Finding> action) {
        Finding f = selected.get();
        if (f == null) {
            return;
        }
        tasks.run(p -> action.apply(f.id()), this::replaced, onError);
    }

    private void replaced(Finding saved) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).id() == saved.id()) {
                findings.set(i, saved);
            }
        }
        selected.set(saved);
    }

    public void addFollowUp(LocalDate date, String text) {
        Finding f = selected.get();
        if (f == null) {
            return;
        }
        tasks.run(p -> session.findings().addFollowUp(f.id(), date, text), note -> loadDetails(f.id()), onError);
    }

    public void openReviewNote(String text) {
        Finding f = selected.get();
        if (f == null) {
            return;
        }
        tasks.run(p -> session.reviews().open(planId, "finding", Long.toString(f.id()), text),
                note -> loadDetails(f.id()), onError);
    }

    public void answerReviewNote(ReviewNote note, String text) {
        tasks.run(p -> session.reviews().answer(note.id(), text), n -> loadDetails(selected.get().id()), onError);
    }

    public void clearReviewNote(ReviewNote note, String text) {
        tasks.run(p -> session.reviews().clear(note.id(), text), n -> loadDetails(selected.get().id()), onError);
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public FilteredList<Finding> visible() {
        return visible;
    }

    public ObjectProperty<Severity> severityFilterProperty() {
        return severityFilter;
    }

    public ObjectProperty<ActionStatus> statusFilterProperty() {
        return statusFilter;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    /** What the evidence pane of the selected finding works with. */
    public com.auditworkbench.ui.evidence.EvidencePane evidencePane(com.auditworkbench.ui.common.DialogService dialogs) {
        return new com.auditworkbench.ui.evidence.EvidencePane(session, tasks, dialogs, messages, () -> today,
                onStatus);
    }

    public ObjectProperty<Finding> selectedProperty() {
        return selected;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty conditionProperty() {
        return condition;
    }

    public StringProperty criteriaProperty() {
        return criteria;
    }

    public StringProperty causeProperty() {
        return cause;
    }

    public StringProperty effectProperty() {
        return effect;
    }

    public StringProperty recommendationProperty() {
        return recommendation;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public BooleanProperty violationProperty() {
        return violation;
    }

    public StringProperty violationNotifiedToProperty() {
        return violationNotifiedTo;
    }

    public ObjectProperty<LocalDate> violationNotifiedOnProperty() {
        return violationNotifiedOn;
    }

    public StringProperty responseProperty() {
        return response;
    }

    public StringProperty actionOwnerProperty() {
        return actionOwner;
    }

    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate;
    }

    public ObjectProperty<ActionStatus> actionStatusProperty() {
        return actionStatus;
    }

    public StringProperty signOffTextProperty() {
        return signOffText;
    }

    public ObservableList<FollowUpNote> followUps() {
        return followUps;
    }

    public ObservableList<ActivityEvent> history() {
        return history;
    }

    public ObservableList<ReviewNote> reviewNotes() {
        return reviewNotes;
    }
}
