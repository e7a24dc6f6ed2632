package com.auditworkbench.domain;

import java.util.List;

/**
 * A piece of evidence whose bytes no longer match its record: changed, damaged or missing from the vault.
 * {@code problemKey} is a message key; {@code affects} what the evidence supports, so the user sees which results,
 * interviews and findings lean on it.
 */
public record EvidenceMismatch(Evidence evidence, String problemKey, String actualSha256, List<EvidenceTarget> affects) {

    public EvidenceMismatch {
        affects = List.copyOf(affects);
    }
}
