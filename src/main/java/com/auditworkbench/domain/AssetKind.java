package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a register entry is: an information system, or a group of information assets (paper files, media...). */
public enum AssetKind {
    SYSTEM("system"),
    ASSET_GROUP("asset-group");

    private final String code;

    AssetKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "asset.kind." + code;
    }

    public static Optional<AssetKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
