package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** What kind of auditee a plan audits. */
public enum AuditeeKind {
    /** A department (部署) of the city. */
    DEPARTMENT,
    /** A contractor (受託者) handling the city's information assets under Art. 4. */
    CONTRACTOR;

    public String messageKey() {
        return "auditee.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<AuditeeKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }
}
