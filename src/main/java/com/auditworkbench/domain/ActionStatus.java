package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where the department's corrective action stands (措置状況). */
public enum ActionStatus {
    NOT_STARTED("not-started"),
    IN_PROGRESS("in-progress"),
    DONE("done"),
    CONFIRMED("confirmed");

    private final String code;

    ActionStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "actionStatus." + code;
    }

    /** Open until the auditor has confirmed the action (確認済): open findings are carried forward. */
    public boolean isOpen() {
        return this != CONFIRMED;
    }

    public static Optional<ActionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
