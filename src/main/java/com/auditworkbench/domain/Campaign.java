package com.auditworkbench.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A self-inspection campaign (自己点検, Art. 11): one fiscal year's questionnaire, sent to departments and answered
 * by their security officers. The uuid identifies it in the files it sends out, across workbenches.
 */
public record Campaign(
        long id,
        String uuid,
        String code,
        FiscalYear fiscalYear,
        String title,
        LocalDate deadline,
        String contact,
        String marking,
        List<Department> departments,
        String templateId,
        String templateVersion,
        LocalizedText templateTitle,
        Instant createdAt) {

    public Campaign {
        departments = List.copyOf(departments);
    }
}
