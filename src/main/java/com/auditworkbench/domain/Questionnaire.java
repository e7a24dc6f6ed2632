package com.auditworkbench.domain;

import java.util.List;

/**
 * One department's questionnaire of a campaign: what is written into the workbook that goes out, with the seal of
 * its identity made by the workbench.
 */
public record Questionnaire(Campaign campaign, Department department, List<ChecklistItem> items, IdentitySeal seal) {

    public Questionnaire {
        items = List.copyOf(items);
    }

    public QuestionnaireIdentity identity() {
        return seal.sealed(QuestionnaireIdentity.of(campaign, department, items));
    }
}
