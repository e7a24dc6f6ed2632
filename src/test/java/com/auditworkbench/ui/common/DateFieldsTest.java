package com.auditworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;

class DateFieldsTest {

    private final StringConverter<LocalDate> japanese = DateFields.converter(Locale.JAPANESE);
    private final StringConverter<LocalDate> english = DateFields.converter(Locale.ENGLISH);

    @Test
    void aDateIsReadAsACityHallWritesIt() {
        LocalDate day = LocalDate.of(2026, 12, 10);
        for (String text : new String[] {"2026/12/10", "2026-12-10", "2026.12.10", "20261210", "2026/12/10 ",
            "2026年12月10日", "2026 年 12 月 10 日", "令和8年12月10日", "令和8/12/10", "R8.12.10", "r8.12.10",
            "２０２６／１２／１０", "令和８年１２月１０日"}) {
            assertThat(japanese.fromString(text)).as(text).isEqualTo(day);
            assertThat(english.fromString(text)).as(text).isEqualTo(day);
        }
        assertThat(japanese.fromString("令和元年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(japanese.fromString("H31.4.30")).isEqualTo(LocalDate.of(2019, 4, 30));
        assertThat(japanese.fromString("昭和64年1月7日")).isEqualTo(LocalDate.of(1989, 1, 7));
        assertThat(english.fromString("Dec 10, 2026")).isEqualTo(day);
    }

    @Test
    void aDateIsShownInTheWindowsLanguageWhateverTheSystemLocale() {
        Locale system = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US); // the C locale's dates would read 12/10/26
            assertThat(DateFields.converter(Locale.JAPANESE).toString(LocalDate.of(2026, 7, 4)))
                    .isEqualTo("2026/07/04");
            assertThat(DateFields.converter(Locale.ENGLISH).toString(LocalDate.of(2026, 7, 4)))
                    .isEqualTo("2026-07-04");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, system);
        }
        assertThat(japanese.toString(null)).isEmpty();
        assertThat(japanese.fromString("  ")).isNull();
    }

    @Test
    void aTextThatNamesNoDateIsRefused() {
        for (String text : new String[] {"2026/13/01", "2026/02/30", "令和8年2月30日", "平成32年1月1日", "明日", "12/10",
            "R", "2026/12"}) {
            assertThatThrownBy(() -> japanese.fromString(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }
}
