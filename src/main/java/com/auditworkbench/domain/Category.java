package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** The countermeasure categories of Art. 10 (1)–(8). */
public enum Category {
    HUMAN(1, "human"),
    PHYSICAL(2, "physical"),
    TECHNICAL(3, "technical"),
    OPERATIONAL(4, "operational"),
    RESILIENCE(5, "resilience"),
    OUTSOURCING(6, "outsourcing"),
    REVIEW(7, "review"),
    EMERGENCY(8, "emergency");

    private final int articleItem;
    private final String code;

    Category(int articleItem, String code) {
        this.articleItem = articleItem;
        this.code = code;
    }

    /** The item number within Art. 10. */
    public int articleItem() {
        return articleItem;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "category." + code;
    }

    public static Optional<Category> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
