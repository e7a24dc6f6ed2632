package com.auditworkbench.domain;

import java.util.List;

/** A checklist template: the items an audit or self-inspection works through. */
public record ChecklistTemplate(
        String id,
        String version,
        TemplateKind kind,
        LocalizedText title,
        String language,
        String answerScale,
        LocalizedText basedOn,
        List<ChecklistItem> items) {

    public ChecklistTemplate {
        items = List.copyOf(items);
    }
}
