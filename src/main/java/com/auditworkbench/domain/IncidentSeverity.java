package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** How serious a recorded security incident was. */
public enum IncidentSeverity {
    SERIOUS("serious"),
    MODERATE("moderate"),
    MINOR("minor");

    private final String code;

    IncidentSeverity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "incident.severity." + code;
    }

    public static Optional<IncidentSeverity> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
