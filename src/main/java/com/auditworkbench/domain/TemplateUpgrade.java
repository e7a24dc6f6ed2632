package com.auditworkbench.domain;

import java.util.List;

/**
 * Moving a plan's snapshot from one template version to a newer one: the difference, and the removed items that
 * stay in the snapshot because results or findings refer to them (nothing the user entered is lost).
 */
public record TemplateUpgrade(
        long planId,
        String templateId,
        String fromVersion,
        String toVersion,
        TemplateDiff diff,
        List<String> keptBecauseOfResults) {

    public TemplateUpgrade {
        keptBecauseOfResults = List.copyOf(keptBecauseOfResults);
    }

    /** Removed items that actually leave the snapshot. */
    public long removedCount() {
        return diff.removed().size() - keptBecauseOfResults.size();
    }
}
