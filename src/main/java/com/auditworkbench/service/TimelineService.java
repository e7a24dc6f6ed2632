package com.auditworkbench.service;

import com.auditworkbench.domain.AuditDetail;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.CommitteeMeeting;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Timeline;
import com.auditworkbench.store.Workbench;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fiscal year's timeline, and the committee meetings on it. */
public final class TimelineService {

    static final String ENTITY = "committee-meeting";

    private final Workbench workbench;
    private final AuditTrail trail;

    TimelineService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        this.trail = trail;
    }

    public FiscalYear currentYear() {
        return FiscalYear.containing(LocalDate.now(trail.clock()));
    }

    public Timeline year(FiscalYear year) {
        return workbench.transaction(r -> {
            List<Timeline.AuditLane> lanes = new ArrayList<>();
            for (Plan plan : r.plans().all()) {
                if (plan.fiscalYear().equals(year)) {
                    AuditDetail d = r.auditDetails().find(plan.id());
                    lanes.add(new Timeline.AuditLane(plan, d.phase(), d.onSiteDays(), d.reportDate()));
                }
            }
            lanes.sort(java.util.Comparator.comparing(l -> l.plan().code()));
            return new Timeline(year, lanes, r.meetings().between(year.start(), year.end()));
        });
    }

    public CommitteeMeeting addMeeting(LocalDate date, String title) {
        if (date == null) {
            throw new AuditException("meeting.error.dateRequired");
        }
        if (title == null || title.isBlank()) {
            throw new AuditException("meeting.error.titleRequired");
        }
        return workbench.transaction(r -> {
            long id = r.meetings().insert(date, title.strip(), trail.now());
            trail.record(r, "create", ENTITY, Long.toString(id), null, date + " " + title.strip(), null,
                    Map.of("date", date.toString(), "title", title.strip()));
            return new CommitteeMeeting(id, date, title.strip());
        });
    }

    public void removeMeeting(CommitteeMeeting meeting) {
        workbench.run(r -> {
            if (r.meetings().delete(meeting.id())) {
                trail.record(r, "delete", ENTITY, Long.toString(meeting.id()), null,
                        meeting.date() + " " + meeting.title(),
                        Map.of("date", meeting.date().toString(), "title", meeting.title()), null);
            }
        });
    }
}
