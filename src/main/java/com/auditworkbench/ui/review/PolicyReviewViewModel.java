package com.auditworkbench.ui.review;

import com.auditworkbench.domain.PolicyReviewEntry;
import com.auditworkbench.domain.PolicyReviewInput;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Art. 12 review of a plan: for each of the five inputs, the team's observation and proposed revision. */
public final class PolicyReviewViewModel {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Consumer<String> onError;
    private final Map<PolicyReviewInput, StringProperty> observations = new EnumMap<>(PolicyReviewInput.class);
    private final Map<PolicyReviewInput, StringProperty> proposals = new EnumMap<>(PolicyReviewInput.class);
    private Long planId;

    public PolicyReviewViewModel(WorkbenchSession session, TaskRunner tasks, Consumer<String> onError) {
        this.session = session;
        this.tasks = tasks;
        this.onError = onError;
        for (PolicyReviewInput input : PolicyReviewInput.values()) {
            observations.put(input, new SimpleStringProperty(""));
            proposals.put(input, new SimpleStringProperty(""));
        }
    }

    public void load(long planId) {
        this.planId = planId;
        tasks.run(p -> session.plans().policyReview(planId), (List<PolicyReviewEntry> entries) -> {
            if (this.planId != null && this.planId == planId) {
                for (PolicyReviewEntry entry : entries) {
                    observations.get(entry.input()).set(entry.observation());
                    proposals.get(entry.input()).set(entry.proposal());
                }
            }
        }, onError);
    }

    public void clear() {
        planId = null;
        observations.values().forEach(p -> p.set(""));
        proposals.values().forEach(p -> p.set(""));
    }

    /** Saves one input; the service writes (and logs) only what changed. */
    public void save(PolicyReviewInput input) {
        Long plan = planId;
        if (plan == null) {
            return;
        }
        PolicyReviewEntry entry = new PolicyReviewEntry(input, observations.get(input).get(),
                proposals.get(input).get());
        tasks.run(() -> session.plans().savePolicyReview(plan, entry), () -> { }, onError);
    }

    public void saveAll() {
        for (PolicyReviewInput input : PolicyReviewInput.values()) {
            save(input);
        }
    }

    public StringProperty observation(PolicyReviewInput input) {
        return observations.get(input);
    }

    public StringProperty proposal(PolicyReviewInput input) {
        return proposals.get(input);
    }
}
