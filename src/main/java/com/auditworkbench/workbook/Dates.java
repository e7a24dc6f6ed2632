package com.auditworkbench.workbook;

import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the reader of the workbook writes them: 2026年6月1日, or 2026-06-01 in English. */
final class Dates {

    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter JA_DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private Dates() {
    }

    static String date(LocalDate date, Messages messages) {
        if (date == null) {
            return "—";
        }
        return (messages.language() == Language.ENGLISH ? EN_DATE : JA_DATE).format(date);
    }

    static String dateTime(Instant instant, ZoneId zone, Messages messages) {
        return (messages.language() == Language.ENGLISH ? EN_DATE_TIME : JA_DATE_TIME).format(instant.atZone(zone));
    }
}
