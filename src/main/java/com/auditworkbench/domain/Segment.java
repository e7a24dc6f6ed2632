package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** The three network segments of Art. 2 (9)–(11). */
public enum Segment {
    MYNUMBER("mynumber"),
    LGWAN("lgwan"),
    INTERNET("internet");

    private final String code;

    Segment(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "segment." + code;
    }

    public static Optional<Segment> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
