package com.auditworkbench.ui.campaign;

import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates on the self-inspection screen, as the user writes them: 2026年7月31日, or 2026-07-31 in English. */
final class DatesForScreen {

    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter JA_DATE_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private DatesForScreen() {
    }

    static String date(LocalDate date, Messages messages) {
        if (date == null) {
            return "—";
        }
        return messages.language() == Language.ENGLISH ? date.toString() : JA_DATE.format(date);
    }

    static String dateTime(Instant instant, Messages messages) {
        if (instant == null) {
            return "—";
        }
        return (messages.language() == Language.ENGLISH ? EN_DATE_TIME : JA_DATE_TIME)
                .format(instant.atZone(ZoneId.systemDefault()));
    }
}
