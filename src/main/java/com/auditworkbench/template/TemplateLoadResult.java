package com.auditworkbench.template;

import com.auditworkbench.domain.ChecklistTemplate;
import java.util.List;
import java.util.Optional;

/** A template that loaded cleanly, or every defect found in it; never a half-loaded template. */
public record TemplateLoadResult(ChecklistTemplate template, List<TemplateDefect> defects) {

    public TemplateLoadResult {
        defects = List.copyOf(defects);
        if (template != null && !defects.isEmpty()) {
            throw new IllegalArgumentException("a template with defects is never handed out");
        }
    }

    public boolean isValid() {
        return template != null;
    }

    public Optional<ChecklistTemplate> templateIfValid() {
        return Optional.ofNullable(template);
    }
}
