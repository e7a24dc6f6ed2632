package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** A regular audit from the medium-term plan's rotation, or a 特命監査 ordered by the CISO without a slot there. */
public enum PlanKind {
    REGULAR("REGULAR", "regular"),
    SPECIAL("SPECIAL", "special");

    private final String code;
    private final String key;

    PlanKind(String code, String key) {
        this.code = code;
        this.key = key;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "planKind." + key;
    }

    public static Optional<PlanKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
