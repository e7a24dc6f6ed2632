package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** The five situations Art. 12 names, on which the committee evaluates and reviews the policy. */
public enum PolicyReviewInput {
    SOCIAL_CHANGE(1, "social"),
    TECHNOLOGY(2, "technology"),
    INCIDENTS(3, "incidents"),
    INTERNAL_CHANGE(4, "internal"),
    LAW_CHANGE(5, "law");

    private final int articleItem;
    private final String code;

    PolicyReviewInput(int articleItem, String code) {
        this.articleItem = articleItem;
        this.code = code;
    }

    /** The item number within Art. 12. */
    public int articleItem() {
        return articleItem;
    }

    public String messageKey() {
        return "policyReview." + code;
    }

    public static Optional<PolicyReviewInput> of(int articleItem) {
        return Arrays.stream(values()).filter(i -> i.articleItem == articleItem).findFirst();
    }
}
