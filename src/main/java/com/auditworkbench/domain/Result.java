package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** The result recorded for one checklist item at one auditee. */
public enum Result {
    CONFORMING("conforming", '1'),
    PARTIAL("partial", '2'),
    NONCONFORMING("nonconforming", '3'),
    NOT_APPLICABLE("not-applicable", '4'),
    NOT_PERFORMED("not-performed", '5');

    private final String code;
    private final char shortcut;

    Result(String code, char shortcut) {
        this.code = code;
        this.shortcut = shortcut;
    }

    public String code() {
        return code;
    }

    /** The key that records this result in the checklist view. */
    public char shortcut() {
        return shortcut;
    }

    public String messageKey() {
        return "result." + code;
    }

    /** A finding is raised on these. */
    public boolean isDeviation() {
        return this == NONCONFORMING || this == PARTIAL;
    }

    private static final java.util.Map<String, Result> BY_CODE = java.util.Map.copyOf(Arrays.stream(values())
            .collect(java.util.stream.Collectors.toMap(Result::code, r -> r)));

    public static Optional<Result> fromCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }
}
