package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a review note stands: open (asked), answered (by the preparer), cleared (by the reviewer). */
public enum ReviewNoteStatus {
    OPEN("open"),
    ANSWERED("answered"),
    CLEARED("cleared");

    private final String code;

    ReviewNoteStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "reviewNote." + code;
    }

    public static Optional<ReviewNoteStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
