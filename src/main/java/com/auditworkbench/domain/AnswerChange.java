package com.auditworkbench.domain;

import java.util.Objects;

/** One question whose answer or comment differs from the last import from the same department. */
public record AnswerChange(ChecklistItem item, CampaignAnswer before, CampaignAnswer after) {

    public boolean answerChanged() {
        return before.answer() != after.answer();
    }

    public boolean commentChanged() {
        return !Objects.equals(before.comment(), after.comment());
    }
}
