package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.AUDIT_DETAIL;
import static com.auditworkbench.store.schema.Tables.AUDIT_PLAN;
import static com.auditworkbench.store.schema.Tables.DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.ON_SITE_DAY;

import com.auditworkbench.domain.AuditDetail;
import com.auditworkbench.domain.AuditPhase;
import com.auditworkbench.domain.OnSiteDay;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.store.schema.tables.records.AuditDetailRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** The execution plan (実施計画) of each audit: phase, systems and segments in scope, on-site days, report date. */
public final class AuditDetailRepository {

    private static final String LINE = "\n";
    private static final String LIST = ",";

    private final DSLContext dsl;

    AuditDetailRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The audit's detail; an audit nothing was written for yet is in 準備 with an empty execution plan. */
    public AuditDetail find(long planId) {
        List<OnSiteDay> days = dsl.select(ON_SITE_DAY.VISIT_DATE, ON_SITE_DAY.NOTE).select(DEPARTMENT.fields())
                .from(ON_SITE_DAY)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(ON_SITE_DAY.DEPARTMENT_ID))
                .where(ON_SITE_DAY.PLAN_ID.eq(planId))
                .orderBy(ON_SITE_DAY.VISIT_DATE, DEPARTMENT.CODE)
                .fetch(r -> new OnSiteDay(DepartmentRepository.map(r), r.get(ON_SITE_DAY.VISIT_DATE),
                        r.get(ON_SITE_DAY.NOTE)));
        Optional<AuditDetailRecord> stored = dsl.selectFrom(AUDIT_DETAIL).where(AUDIT_DETAIL.PLAN_ID.eq(planId))
                .fetchOptional();
        return stored.map(r -> new AuditDetail(planId,
                        AuditPhase.fromCode(r.getPhase()).orElse(AuditPhase.PREPARATION),
                        split(r.getSystems(), LINE), segments(r.getSegments()), days, r.getReportDate()))
                .orElse(new AuditDetail(planId, AuditPhase.PREPARATION, List.of(), Set.of(), days, null));
    }

    public void savePhase(long planId, AuditPhase phase, OffsetDateTime at) {
        AuditDetail current = find(planId);
        save(planId, phase, current.systems(), current.segments(), current.reportDate(), at);
    }

    public void saveScope(long planId, List<String> systems, Set<Segment> segments, LocalDate reportDate,
            OffsetDateTime at) {
        save(planId, find(planId).phase(), systems, segments, reportDate, at);
    }

    private void save(long planId, AuditPhase phase, List<String> systems, Set<Segment> segments,
            LocalDate reportDate, OffsetDateTime at) {
        String systemText = String.join(LINE, systems);
        String segmentText = Arrays.stream(Segment.values()).filter(segments::contains).map(Segment::code)
                .collect(Collectors.joining(LIST));
        dsl.mergeInto(AUDIT_DETAIL)
                .using(dsl.selectOne())
                .on(AUDIT_DETAIL.PLAN_ID.eq(planId))
                .whenMatchedThenUpdate()
                .set(AUDIT_DETAIL.PHASE, phase.code())
                .set(AUDIT_DETAIL.SYSTEMS, systemText)
                .set(AUDIT_DETAIL.SEGMENTS, segmentText)
                .set(AUDIT_DETAIL.REPORT_DATE, reportDate)
                .set(AUDIT_DETAIL.UPDATED_AT, at)
                .whenNotMatchedThenInsert(AUDIT_DETAIL.PLAN_ID, AUDIT_DETAIL.PHASE, AUDIT_DETAIL.SYSTEMS,
                        AUDIT_DETAIL.SEGMENTS, AUDIT_DETAIL.REPORT_DATE, AUDIT_DETAIL.UPDATED_AT)
                .values(planId, phase.code(), systemText, segmentText, reportDate, at)
                .execute();
    }

    /** The plan's objective lives on the plan; the execution plan edits it in place. */
    public void saveObjective(long planId, String objective) {
        dsl.update(AUDIT_PLAN).set(AUDIT_PLAN.OBJECTIVE, objective).where(AUDIT_PLAN.ID.eq(planId)).execute();
    }

    public boolean addOnSiteDay(long planId, long departmentId, LocalDate date, String note) {
        return dsl.insertInto(ON_SITE_DAY)
                .set(ON_SITE_DAY.PLAN_ID, planId)
                .set(ON_SITE_DAY.DEPARTMENT_ID, departmentId)
                .set(ON_SITE_DAY.VISIT_DATE, date)
                .set(ON_SITE_DAY.NOTE, note)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    public boolean removeOnSiteDay(long planId, long departmentId, LocalDate date) {
        return dsl.deleteFrom(ON_SITE_DAY)
                .where(ON_SITE_DAY.PLAN_ID.eq(planId).and(ON_SITE_DAY.DEPARTMENT_ID.eq(departmentId))
                        .and(ON_SITE_DAY.VISIT_DATE.eq(date)))
                .execute() == 1;
    }

    private static List<String> split(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Set<Segment> segments(String text) {
        Set<Segment> set = EnumSet.noneOf(Segment.class);
        split(text, LIST).forEach(code -> Segment.fromCode(code).ifPresent(set::add));
        return set;
    }
}
