package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** The two engagements of Art. 11: audit (監査) and self-inspection (自己点検). */
public enum TemplateKind {
    AUDIT("audit"),
    SELF_INSPECTION("self-inspection");

    private final String code;

    TemplateKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "templateKind." + code;
    }

    public static Optional<TemplateKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
