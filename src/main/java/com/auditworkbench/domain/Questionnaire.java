package com.auditworkbench.domain;

import java.util.List;

/** One department's questionnaire of a campaign: what is written into the workbook that goes out. */
public record Questionnaire(Campaign campaign, Department department, List<ChecklistItem> items) {

    public Questionnaire {
        items = List.copyOf(items);
    }

    public QuestionnaireIdentity identity() {
        return QuestionnaireIdentity.of(campaign, department, items);
    }
}
