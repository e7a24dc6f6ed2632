package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the people in a workbench. */
public enum Role {
    LEAD("lead"),
    AUDITOR("auditor"),
    REVIEWER("reviewer");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "role." + code;
    }

    /** The lead (内部監査責任者) and the reviewer (レビュー担当) may review; an auditor prepares. */
    public boolean mayReview() {
        return this != AUDITOR;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
