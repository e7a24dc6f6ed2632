package com.auditworkbench.ui.risk;

import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.RiskFactor;
import com.auditworkbench.domain.RiskScore;
import com.auditworkbench.domain.RiskWeights;
import com.auditworkbench.domain.ScopeChoice;
import com.auditworkbench.domain.ScopeDecision;
import com.auditworkbench.domain.ScopeRule;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Risk-based scoping of a fiscal year: every department's score and reasons, the weights behind them, the scope the
 * rule proposes, and the lead's choices with the reason for every override.
 */
public final class RiskViewModel {

    /** One department's row: its score and reasons, whether the rule proposes it, and the lead's choice. */
    public static final class Row {
        private final RiskScore score;
        private final int rank;
        private final String reasons;
        private final BooleanProperty proposed = new SimpleBooleanProperty();
        private final BooleanProperty included = new SimpleBooleanProperty();
        private final StringProperty overrideReason = new SimpleStringProperty("");

        Row(RiskScore score, int rank, String reasons) {
            this.score = score;
            this.rank = rank;
            this.reasons = reasons;
        }

        public RiskScore score() {
            return score;
        }

        public int rank() {
            return rank;
        }

        public String reasons() {
            return reasons;
        }

        public BooleanProperty proposedProperty() {
            return proposed;
        }

        public BooleanProperty includedProperty() {
            return included;
        }

        public StringProperty overrideReasonProperty() {
            return overrideReason;
        }

        public boolean overridden() {
            return proposed.get() != included.get();
        }
    }

    /** One weight as the editor shows it. */
    public record Weight(RiskFactor factor, double value) {
    }

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Weight> weights = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> fiscalYear = new SimpleObjectProperty<>();
    private final ObjectProperty<ScopeRule.Kind> ruleKind = new SimpleObjectProperty<>(ScopeRule.Kind.TOP);
    private final DoubleProperty ruleValue = new SimpleDoubleProperty(4);
    private final StringProperty decisionText = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);

    public RiskViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, LocalDate today) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        fiscalYear.set(FiscalYear.containing(today).year() + 1);
    }

    private record Loaded(List<RiskScore> scores, RiskWeights weights, Optional<ScopeDecision> decision) {
    }

    /** Reads the scores, the weights and the year's decision, then proposes the scope by the rule. */
    public void load() {
        load(null);
    }

    /** Reads everything again; {@code message} (when given) replaces the proposal's status line afterwards. */
    private void load(String message) {
        FiscalYear year = new FiscalYear(fiscalYear.get());
        working.set(true);
        tasks.run(p -> new Loaded(session.risk().scores(year), session.risk().weights(), session.risk().decision(year)),
                loaded -> {
                    working.set(false);
                    weights.setAll(java.util.Arrays.stream(RiskFactor.values())
                            .map(f -> new Weight(f, loaded.weights().get(f))).toList());
                    List<RiskScore> scores = loaded.scores();
                    List<Row> fresh = new java.util.ArrayList<>();
                    for (int i = 0; i < scores.size(); i++) {
                        fresh.add(new Row(scores.get(i), i + 1, scores.get(i).reasonText(messages)));
                    }
                    rows.setAll(fresh);
                    loaded.decision().ifPresentOrElse(this::showDecision, () -> decisionText.set(
                            messages.get("risk.decision.none", year.japaneseName())));
                    propose();
                    if (message != null) {
                        status.set(message);
                    }
                }, this::fail);
    }

    /** Marks the departments the rule proposes, and includes exactly those (the lead's overrides start over). */
    public void propose() {
        ScopeRule rule;
        try {
            rule = new ScopeRule(ruleKind.get(), ruleValue.get());
        } catch (com.auditworkbench.domain.AuditException e) {
            error.set(e.localizedMessage(messages));
            return;
        }
        Set<Long> proposed = rule.propose(rows.stream().map(Row::score).toList());
        for (Row row : rows) {
            boolean in = proposed.contains(row.score().department().id());
            row.proposedProperty().set(in);
            row.includedProperty().set(in);
            row.overrideReasonProperty().set("");
        }
        status.set(messages.get("risk.proposed", proposed.size(), rows.size()));
    }

    /**
     * Includes or excludes a department against the proposal with the lead's reason; without a reason (cancelled)
     * nothing changes. Going back to the proposal needs no reason.
     */
    public void choose(Row row, boolean include, Optional<String> reason) {
        if (include == row.proposedProperty().get()) {
            row.includedProperty().set(include);
            row.overrideReasonProperty().set("");
            return;
        }
        reason.map(String::strip).filter(r -> !r.isEmpty()).ifPresent(r -> {
            row.includedProperty().set(include);
            row.overrideReasonProperty().set(r);
        });
    }

    /** Changes a weight, saves it (logged), and scores again. */
    public void changeWeight(RiskFactor factor, double value) {
        working.set(true);
        tasks.run(p -> session.risk().saveWeight(factor, value), saved -> load(messages.get("risk.weightSaved",
                messages.get(factor.messageKey()), format(value))), failure -> {
            fail(failure);
            load();
        });
    }

    /** Records the scope as chosen: the rule's proposal and the lead's overrides with their reasons. */
    public void accept() {
        FiscalYear year = new FiscalYear(fiscalYear.get());
        ScopeRule rule = new ScopeRule(ruleKind.get(), ruleValue.get());
        List<ScopeChoice> choices = rows.stream().map(r -> new ScopeChoice(r.score().department().id(),
                r.includedProperty().get(), r.overrideReasonProperty().get())).toList();
        working.set(true);
        tasks.run(p -> session.risk().decide(year, rule, choices), decision -> {
            working.set(false);
            showDecision(decision);
            status.set(messages.get("risk.accepted", year.japaneseName(), decision.included().size(),
                    decision.overrides().size()));
        }, this::fail);
    }

    private void showDecision(ScopeDecision decision) {
        decisionText.set(messages.get("risk.decision.current", decision.fiscalYear().japaneseName(),
                String.join("、", decision.included().stream().map(e -> e.department().name()).toList()),
                decision.overrides().size(), decision.decidedBy()));
    }

    private void fail(String sentence) {
        working.set(false);
        error.set("");
        error.set(sentence);
    }

    static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Weight> weights() {
        return weights;
    }

    public ObjectProperty<Integer> fiscalYearProperty() {
        return fiscalYear;
    }

    public ObjectProperty<ScopeRule.Kind> ruleKindProperty() {
        return ruleKind;
    }

    public DoubleProperty ruleValueProperty() {
        return ruleValue;
    }

    public StringProperty decisionTextProperty() {
        return decisionText;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty workingProperty() {
        return working;
    }
}
