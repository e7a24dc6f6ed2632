package com.auditworkbench.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How the proposed scope of a year is drawn from the ranked scores: the top N departments, or all at or above a score. */
public record ScopeRule(Kind kind, double value) {

    public enum Kind {
        TOP("top"),
        THRESHOLD("threshold");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public String messageKey() {
            return "risk.rule." + code;
        }

        public static Kind fromCode(String code) {
            return THRESHOLD.code.equals(code) ? THRESHOLD : TOP;
        }
    }

    public ScopeRule {
        if (value < 0) {
            throw new AuditException("risk.error.ruleNegative");
        }
    }

    /** The ids of the departments proposed, highest score first. */
    public Set<Long> propose(List<RiskScore> scores) {
        Set<Long> proposed = new LinkedHashSet<>();
        List<RiskScore> ranked = RiskScoring.ranked(scores);
        for (int i = 0; i < ranked.size(); i++) {
            RiskScore s = ranked.get(i);
            boolean in = kind == Kind.TOP ? i < (int) value : s.score() >= value && s.score() > 0;
            if (in) {
                proposed.add(s.department().id());
            }
        }
        return proposed;
    }
}
