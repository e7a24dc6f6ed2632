package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** The default severity scale of published municipal audits. */
public enum Severity {
    MAJOR("major"),
    MINOR("minor"),
    OBSERVATION("observation"),
    RECOMMENDATION("recommendation");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "severity." + code;
    }

    public static Optional<Severity> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
