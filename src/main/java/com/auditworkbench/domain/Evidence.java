package com.auditworkbench.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One piece of evidence (証跡) of a plan: the file as it was taken in (name, size, SHA-256 at intake), who collected
 * it from whom, the date it speaks of, what it supports, and the last time its bytes were re-hashed.
 * {@code fileName} is the name it is shown and saved under; {@code originalName} the name it came with, which
 * differs only when that name could not be used on every operating system.
 */
public record Evidence(
        long id,
        long planId,
        int number,
        String sha256,
        long size,
        String fileName,
        String originalName,
        String mediaType,
        String collectedBy,
        String obtainedFrom,
        LocalDate effectiveDate,
        Instant intakeAt,
        String description,
        String classification,
        List<EvidenceTarget> links,
        Instant lastVerifiedAt,
        String lastOutcome) {

    public static final String OUTCOME_OK = "ok";
    public static final String OUTCOME_MISMATCH = "mismatch";
    public static final String OUTCOME_MISSING = "missing";

    public Evidence {
        links = List.copyOf(links);
    }

    public boolean renamed() {
        return !fileName.equals(originalName);
    }

    public boolean verified() {
        return lastVerifiedAt != null && OUTCOME_OK.equals(lastOutcome);
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    public boolean isPdf() {
        return mediaType.equals("application/pdf");
    }

    public boolean isText() {
        return mediaType.startsWith("text/") || mediaType.equals("application/json")
                || mediaType.equals("application/xml");
    }

    /** The evidence with other links, as after a link or unlink. */
    public Evidence withLinks(List<EvidenceTarget> newLinks) {
        return new Evidence(id, planId, number, sha256, size, fileName, originalName, mediaType, collectedBy,
                obtainedFrom, effectiveDate, intakeAt, description, classification, newLinks, lastVerifiedAt,
                lastOutcome);
    }
}
