package com.auditworkbench.domain;

import java.util.Locale;

/** The languages the workbench speaks. Japanese unless English is asked for. */
public enum Language {
    JAPANESE(Locale.JAPANESE, "ja"),
    ENGLISH(Locale.ENGLISH, "en");

    private final Locale locale;
    private final String code;

    Language(Locale locale, String code) {
        this.locale = locale;
        this.code = code;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return code;
    }

    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : JAPANESE;
    }

    public static Language fromCode(String code) {
        return "en".equalsIgnoreCase(code) ? ENGLISH : JAPANESE;
    }
}
