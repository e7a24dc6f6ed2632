package com.auditworkbench.domain;

import java.time.LocalDateTime;
import java.util.List;

/** What the lead enters for an interview; the interviewer is a person of the workbench, if chosen. */
public record NewInterview(
        long planId,
        long departmentId,
        String interviewee,
        String intervieweeRole,
        LocalDateTime heldAt,
        Long interviewerId,
        String summary,
        List<String> itemCodes) {

    public NewInterview {
        interviewee = interviewee == null ? "" : interviewee.strip();
        intervieweeRole = intervieweeRole == null ? "" : intervieweeRole.strip();
        summary = summary == null ? "" : summary;
        itemCodes = List.copyOf(itemCodes);
    }
}
