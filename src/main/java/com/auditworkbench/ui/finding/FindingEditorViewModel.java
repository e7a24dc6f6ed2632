package com.auditworkbench.ui.finding;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.Severity;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A finding being raised: starts from the draft the service made from the checklist row. */
public final class FindingEditorViewModel {

    private final Messages messages;
    private final NewFinding draft;
    private final String itemDescription;
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty condition = new SimpleStringProperty();
    private final StringProperty criteria = new SimpleStringProperty();
    private final StringProperty recommendation = new SimpleStringProperty();
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");

    public FindingEditorViewModel(Messages messages, NewFinding draft, String itemDescription) {
        this.messages = messages;
        this.draft = draft;
        this.itemDescription = itemDescription;
        title.set(draft.title());
        condition.set(draft.condition());
        criteria.set(draft.criteria());
        recommendation.set(draft.recommendation());
        severity.set(draft.severity());
    }

    public Optional<NewFinding> toNewFinding() {
        String problem = null;
        if (title.get() == null || title.get().isBlank()) {
            problem = "finding.error.titleRequired";
        } else if (condition.get() == null || condition.get().isBlank()) {
            problem = "finding.error.conditionRequired";
        } else if (severity.get() == null) {
            problem = "finding.error.severityRequired";
        }
        if (problem != null) {
            error.set(messages.get(problem));
            return Optional.empty();
        }
        error.set("");
        return Optional.of(new NewFinding(draft.planId(), draft.departmentId(), draft.itemCode(), title.get().strip(),
                condition.get().strip(), criteria.get().strip(), recommendation.get().strip(), severity.get()));
    }

    public String itemDescription() {
        return itemDescription;
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

    public StringProperty recommendationProperty() {
        return recommendation;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
