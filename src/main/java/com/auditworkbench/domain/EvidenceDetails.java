package com.auditworkbench.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the auditor records about files at intake, besides what the file itself tells: whom or which system they
 * were obtained from, the date the evidence speaks of (not the intake time), a description and the classification
 * (the same 機密性 / handling markings as a plan's).
 */
public record EvidenceDetails(String obtainedFrom, LocalDate effectiveDate, String description,
        String classification) {

    /** The markings a plan and a piece of evidence can carry. */
    public static final List<String> CLASSIFICATIONS = List.of(NewPlan.DEFAULT_MARKING, "機密性2", "機密性3", "複製禁止",
            "配付禁止");

    public EvidenceDetails {
        obtainedFrom = obtainedFrom == null ? "" : obtainedFrom.strip();
        description = description == null ? "" : description.strip();
        classification = classification == null ? "" : classification.strip();
    }
}
