package com.auditworkbench.domain;

import java.util.List;
import java.util.Map;

/** The evidence of a plan as the committee workbook lists it, with readable labels of what each supports. */
public record EvidenceIndex(List<Evidence> entries, Map<EvidenceTarget, String> labels) {

    public static final EvidenceIndex EMPTY = new EvidenceIndex(List.of(), Map.of());

    public EvidenceIndex {
        entries = List.copyOf(entries);
        labels = Map.copyOf(labels);
    }

    public String label(EvidenceTarget target) {
        return labels.getOrDefault(target, target.key());
    }
}
