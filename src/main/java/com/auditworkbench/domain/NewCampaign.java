package com.auditworkbench.domain;

import java.time.LocalDate;
import java.util.List;

/** What the lead enters to start a self-inspection campaign. */
public record NewCampaign(
        FiscalYear fiscalYear,
        String title,
        List<String> departmentNames,
        LocalDate deadline,
        String contact,
        String marking) {

    public NewCampaign {
        departmentNames = departmentNames.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        title = title == null ? "" : title.strip();
        contact = contact == null ? "" : contact.strip();
        marking = marking == null ? "" : marking.strip();
    }
}
