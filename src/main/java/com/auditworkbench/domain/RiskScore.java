package com.auditworkbench.domain;

import java.util.List;

/** A department's risk score and its reasons, largest contribution first in the order of ADR 0010. */
public record RiskScore(Department department, double score, List<RiskReason> reasons) {

    public RiskScore {
        reasons = List.copyOf(reasons);
    }

    /** The reasons as one line: 「未完了の指摘4件（うち重大1件）、機密性3Aの情報を扱う、3年間監査なし」. */
    public String reasonText(Messages messages) {
        if (reasons.isEmpty()) {
            return messages.get("risk.reason.none");
        }
        return String.join(messages.get("risk.reason.separator"),
                reasons.stream().map(r -> r.describe(messages)).toList());
    }

    /** The score as shown: one decimal. */
    public String scoreText() {
        return String.format(java.util.Locale.ROOT, "%.1f", score);
    }
}
