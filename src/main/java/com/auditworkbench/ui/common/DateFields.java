package com.auditworkbench.ui.common;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date fields in the window's language, read the ways a date is written in a city hall: 2026/12/10, 2026-12-10,
 * 2026.12.10, 20261210, 2026年12月10日, 令和8年12月10日, R8.12.10 (full-width digits too). Without this a date field
 * follows the operating system's locale: under an English or C locale it shows 12/10/26 and silently drops
 * "2026/12/10" typed into it, and on a Japanese system it drops "2026-12-10".
 */
public final class DateFields {

    private static final DateTimeFormatter JAPANESE_SHOWN = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter ENGLISH_SHOWN = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})\\s*[/\\-.年]\\s*(\\d{1,2})\\s*[/\\-.月]\\s*"
            + "(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern ERA = Pattern.compile("(令和|平成|昭和|R|H|S)\\s*(元|\\d{1,2})\\s*[/\\-.年]\\s*"
            + "(\\d{1,2})\\s*[/\\-.月]\\s*(\\d{1,2})\\s*日?");
    private static final Map<String, JapaneseEra> ERAS = Map.of("令和", JapaneseEra.REIWA, "R", JapaneseEra.REIWA,
            "平成", JapaneseEra.HEISEI, "H", JapaneseEra.HEISEI, "昭和", JapaneseEra.SHOWA, "S", JapaneseEra.SHOWA);

    private DateFields() {
    }

    /** Shows and reads this field's dates in the window's language ({@code locale}: the messages' locale). */
    public static void install(DatePicker field, Locale locale) {
        field.setConverter(converter(locale));
        if (field.getPromptText() == null || field.getPromptText().isEmpty()) {
            field.setPromptText(isJapanese(locale) ? "2026/12/10" : "2026-12-10");
        }
    }

    static StringConverter<LocalDate> converter(Locale locale) {
        DateTimeFormatter shown = isJapanese(locale) ? JAPANESE_SHOWN : ENGLISH_SHOWN;
        DateTimeFormatter localized = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : shown.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text, localized);
            }
        };
    }

    /** The date {@code text} names, null when it is blank; a text that names no date is refused. */
    static LocalDate parse(String text, DateTimeFormatter alsoAccepted) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        try {
            Matcher m = NUMERIC.matcher(plain);
            if (m.matches()) {
                return LocalDate.of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
            }
            m = COMPACT.matcher(plain);
            if (m.matches()) {
                return LocalDate.of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
            }
            m = ERA.matcher(plain);
            if (m.matches()) {
                int year = m.group(2).equals("元") ? 1 : number(m.group(2));
                return LocalDate.from(JapaneseDate.of(ERAS.get(m.group(1)), year, number(m.group(3)),
                        number(m.group(4))));
            }
        } catch (DateTimeException e) {
            throw new DateTimeParseException("not a date: " + text, text, 0, e);
        }
        return LocalDate.parse(text.strip(), alsoAccepted); // e.g. "Dec 10, 2026" in English
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static boolean isJapanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }
}
