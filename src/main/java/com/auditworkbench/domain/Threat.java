package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** The threats of Art. 3 (1)–(5). */
public enum Threat {
    INTENTIONAL(1, "intentional"),
    UNINTENTIONAL(2, "unintentional"),
    DISASTER(3, "disaster"),
    PANDEMIC(4, "pandemic"),
    INFRASTRUCTURE(5, "infrastructure");

    private final int articleItem;
    private final String code;

    Threat(int articleItem, String code) {
        this.articleItem = articleItem;
        this.code = code;
    }

    public int articleItem() {
        return articleItem;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "threat." + code;
    }

    public static Optional<Threat> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
