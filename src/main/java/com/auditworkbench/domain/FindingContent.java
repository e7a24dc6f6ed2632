package com.auditworkbench.domain;

/** Everything about a finding the lead edits: the five Cs, severity, Art. 14 flag and the management response. */
public record FindingContent(
        String title,
        String condition,
        String criteria,
        String cause,
        String effect,
        String recommendation,
        Severity severity,
        Violation violation,
        ManagementResponse response) {

    public FindingContent {
        title = title == null ? "" : title;
        condition = condition == null ? "" : condition;
        criteria = criteria == null ? "" : criteria;
        cause = cause == null ? "" : cause;
        effect = effect == null ? "" : effect;
        recommendation = recommendation == null ? "" : recommendation;
        violation = violation == null ? Violation.NONE : violation;
        response = response == null ? ManagementResponse.NONE : response;
    }

    /** All five Cs written: condition, criteria, cause, effect, recommendation. */
    public boolean fiveCsComplete() {
        return !condition.isBlank() && !criteria.isBlank() && !cause.isBlank() && !effect.isBlank()
                && !recommendation.isBlank();
    }
}
