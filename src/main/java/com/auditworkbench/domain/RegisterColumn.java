package com.auditworkbench.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The fields of a register entry a column of the city's file can hold, with the header names that usually
 * stand for them (Japanese and English), used to guess the column mapping.
 */
public enum RegisterColumn {
    NAME("name", true, List.of("システム名", "名称", "資産名", "情報資産名", "情報システム名", "system", "name", "asset")),
    KIND("kind", false, List.of("種別", "区分", "kind", "type")),
    DEPARTMENT("department", true, List.of("所管課", "所管部署", "担当課", "部署", "管理部署", "所属", "課名",
            "department", "owner", "division")),
    SEGMENT("segment", true, List.of("ネットワーク", "セグメント", "系統", "接続系", "network", "segment")),
    CONFIDENTIALITY("confidentiality", true, List.of("機密性", "confidentiality")),
    INTEGRITY("integrity", true, List.of("完全性", "integrity")),
    AVAILABILITY("availability", true, List.of("可用性", "availability")),
    NOTES("notes", false, List.of("備考", "メモ", "注記", "notes", "note", "remarks", "comment"));

    private final String code;
    private final boolean required;
    private final List<String> hints;

    RegisterColumn(String code, boolean required, List<String> hints) {
        this.code = code;
        this.required = required;
        this.hints = hints;
    }

    public String code() {
        return code;
    }

    public boolean required() {
        return required;
    }

    public String messageKey() {
        return "register.column." + code;
    }

    /** How well a header names this field: 2 exactly, 1 contains a hint, 0 not at all. */
    int match(String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return 0;
        }
        int best = 0;
        for (String hint : hints) {
            String n = normalise(hint);
            if (h.equals(n)) {
                return 2;
            }
            if (h.contains(n)) {
                best = 1;
            }
        }
        return best;
    }

    static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip()
                .toLowerCase(Locale.ROOT).replaceAll("[\\s　_\\-（）()]", "");
    }
}
