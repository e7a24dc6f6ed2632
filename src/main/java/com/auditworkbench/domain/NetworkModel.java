package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** The models for separating the internet segment: α, α′, β, β′. */
public enum NetworkModel {
    ALPHA("alpha", "α"),
    ALPHA_PRIME("alpha-prime", "α′"),
    BETA("beta", "β"),
    BETA_PRIME("beta-prime", "β′");

    private final String code;
    private final String symbol;

    NetworkModel(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    public String code() {
        return code;
    }

    public String symbol() {
        return symbol;
    }

    public static Optional<NetworkModel> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
