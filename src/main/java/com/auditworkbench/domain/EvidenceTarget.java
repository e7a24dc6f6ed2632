package com.auditworkbench.domain;

import java.util.Objects;

/**
 * What a piece of evidence supports: a checklist result (its key is {@code planId/departmentId/itemCode}, as
 * {@link ChecklistRow#key()}), an interview (its id) or a finding (its id).
 */
public record EvidenceTarget(Kind kind, String key) {

    public enum Kind {
        RESULT, INTERVIEW, FINDING;

        public String messageKey() {
            return "evidence.target." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public EvidenceTarget {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("An evidence target needs a key");
        }
    }

    public static EvidenceTarget result(long planId, long departmentId, String itemCode) {
        return new EvidenceTarget(Kind.RESULT, planId + "/" + departmentId + "/" + itemCode);
    }

    public static EvidenceTarget result(ChecklistRow row) {
        return new EvidenceTarget(Kind.RESULT, row.key());
    }

    public static EvidenceTarget finding(long findingId) {
        return new EvidenceTarget(Kind.FINDING, Long.toString(findingId));
    }

    public static EvidenceTarget interview(long interviewId) {
        return new EvidenceTarget(Kind.INTERVIEW, Long.toString(interviewId));
    }

    /** The item code of a result target, else empty. */
    public String itemCode() {
        if (kind != Kind.RESULT) {
            return "";
        }
        int slash = key.lastIndexOf('/');
        return slash < 0 ? key : key.substring(slash + 1);
    }
}
