package com.auditworkbench.domain;

import java.util.Locale;

/** A text written in Japanese, with an English rendering beside it (which may be empty). */
public record LocalizedText(String ja, String en) {

    public LocalizedText {
        ja = ja == null ? "" : ja;
        en = en == null ? "" : en;
    }

    public static LocalizedText of(String ja) {
        return new LocalizedText(ja, "");
    }

    /** The text for a language, falling back to Japanese where no English was written. */
    public String in(Locale locale) {
        return Language.of(locale) == Language.ENGLISH && !en.isBlank() ? en : ja;
    }
}
