package com.auditworkbench.ui.phase;

import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as the audit screens show them: 2026年6月1日, or 2026-06-01 in English; a dash for none. */
public final class ScreenDates {

    private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private ScreenDates() {
    }

    public static String date(LocalDate date, Messages messages) {
        if (date == null) {
            return "—";
        }
        return messages.language() == Language.ENGLISH ? date.toString() : JA.format(date);
    }
}
