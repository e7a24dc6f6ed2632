package com.auditworkbench.domain;

import java.time.LocalDate;
import java.util.List;

/** The fiscal year at a glance: each audit's period, on-site days and report date, and the committee's meetings. */
public record Timeline(FiscalYear fiscalYear, List<AuditLane> audits, List<CommitteeMeeting> meetings) {

    public Timeline {
        audits = List.copyOf(audits);
        meetings = List.copyOf(meetings);
    }

    /** One audit's row of the timeline. */
    public record AuditLane(Plan plan, AuditPhase phase, List<OnSiteDay> onSiteDays, LocalDate reportDate) {

        public AuditLane {
            onSiteDays = List.copyOf(onSiteDays);
        }
    }
}
