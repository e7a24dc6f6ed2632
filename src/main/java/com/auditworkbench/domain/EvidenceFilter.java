package com.auditworkbench.domain;

/**
 * The evidence index's filters; a null or blank part does not filter. {@code verified}: TRUE only evidence whose
 * last check passed, FALSE only evidence never checked or failing.
 */
public record EvidenceFilter(Long planId, String text, String classification, String collectedBy,
        EvidenceTarget.Kind targetKind, Boolean verified) {

    public static EvidenceFilter plan(long planId) {
        return new EvidenceFilter(planId, null, null, null, null, null);
    }

    public boolean matches(Evidence e) {
        if (planId != null && e.planId() != planId) {
            return false;
        }
        if (classification != null && !classification.isBlank() && !classification.equals(e.classification())) {
            return false;
        }
        if (collectedBy != null && !collectedBy.isBlank() && !collectedBy.equals(e.collectedBy())) {
            return false;
        }
        if (targetKind != null && e.links().stream().noneMatch(l -> l.kind() == targetKind)) {
            return false;
        }
        if (verified != null && verified != e.verified()) {
            return false;
        }
        if (text != null && !text.isBlank()) {
            String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
            String hay = String.join("\n", e.fileName(), e.originalName(), e.description(), e.obtainedFrom(),
                    e.sha256(), e.collectedBy(), e.mediaType()).toLowerCase(java.util.Locale.ROOT);
            return hay.contains(needle) || e.links().stream().anyMatch(l -> l.itemCode().toLowerCase(
                    java.util.Locale.ROOT).contains(needle));
        }
        return true;
    }
}
