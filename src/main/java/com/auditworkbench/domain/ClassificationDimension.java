package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** The three properties of Art. 2 an information asset is classified by: 機密性, 完全性, 可用性. */
public enum ClassificationDimension {
    CONFIDENTIALITY("confidentiality"),
    INTEGRITY("integrity"),
    AVAILABILITY("availability");

    private final String code;

    ClassificationDimension(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "classification." + code;
    }

    public static Optional<ClassificationDimension> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
