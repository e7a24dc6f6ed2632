package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.AUDIT_PLAN;
import static com.auditworkbench.store.schema.Tables.DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.FINDING;
import static com.auditworkbench.store.schema.Tables.FINDING_FOLLOW_UP;

import com.auditworkbench.domain.ActionStatus;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FindingContent;
import com.auditworkbench.domain.FollowUpNote;
import com.auditworkbench.domain.ManagementResponse;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.domain.SignOff;
import com.auditworkbench.domain.Violation;
import com.auditworkbench.store.schema.tables.records.FindingRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Findings (指摘事項), numbered per plan in the order they were raised, with their follow-up notes. */
public final class FindingRepository {

    private final DSLContext dsl;

    FindingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long planId, long departmentId, String itemCode, FindingContent content, Long carriedFromId,
            OffsetDateTime at) {
        int number = dsl.select(DSL.coalesce(DSL.max(FINDING.NUMBER), 0))
                .from(FINDING)
                .where(FINDING.PLAN_ID.eq(planId))
                .fetchSingle()
                .value1() + 1;
        FindingRecord r = dsl.newRecord(FINDING);
        r.setPlanId(planId);
        r.setNumber(number);
        r.setDepartmentId(departmentId);
        r.setItemCode(itemCode);
        r.setCarriedFromId(carriedFromId);
        r.setCreatedAt(at);
        r.setUpdatedAt(at);
        apply(r, content);
        r.store();
        return r.getId();
    }

    public void updateContent(long findingId, FindingContent content, OffsetDateTime at) {
        FindingRecord r = dsl.selectFrom(FINDING).where(FINDING.ID.eq(findingId)).fetchSingle();
        apply(r, content);
        r.setUpdatedAt(at);
        r.store();
    }

    private static void apply(FindingRecord r, FindingContent c) {
        r.setTitle(c.title());
        r.setConditionText(c.condition());
        r.setCriteria(c.criteria());
        r.setCauseText(c.cause());
        r.setEffectText(c.effect());
        r.setRecommendation(c.recommendation());
        r.setSeverity(c.severity().code());
        r.setViolation(c.violation().flagged());
        r.setViolationNotifiedTo(c.violation().notifiedTo());
        r.setViolationNotifiedOn(c.violation().notifiedOn());
        r.setResponseText(c.response().text());
        r.setActionOwner(c.response().actionOwner());
        r.setDueDate(c.response().dueDate());
        r.setActionStatus(c.response().status().code());
    }

    public void signAsPreparer(long findingId, long auditorId, OffsetDateTime at) {
        dsl.update(FINDING).set(FINDING.PREPARER_ID, auditorId).set(FINDING.PREPARED_AT, at)
                .where(FINDING.ID.eq(findingId)).execute();
    }

    public void signAsReviewer(long findingId, long auditorId, OffsetDateTime at) {
        dsl.update(FINDING).set(FINDING.REVIEWER_ID, auditorId).set(FINDING.REVIEWED_AT, at)
                .where(FINDING.ID.eq(findingId)).execute();
    }

    /** Clears both sign-offs and marks the finding as edited after review, for good. */
    public void reopen(long findingId) {
        dsl.update(FINDING)
                .setNull(FINDING.PREPARER_ID).setNull(FINDING.PREPARED_AT)
                .setNull(FINDING.REVIEWER_ID).setNull(FINDING.REVIEWED_AT)
                .set(FINDING.REOPENED, true)
                .where(FINDING.ID.eq(findingId)).execute();
    }

    /** Removes a finding raised moments ago, for the undo of "raise"; the log keeps both events. */
    public void deleteUnreviewed(long findingId) {
        dsl.deleteFrom(FINDING_FOLLOW_UP).where(FINDING_FOLLOW_UP.FINDING_ID.eq(findingId)).execute();
        dsl.deleteFrom(FINDING).where(FINDING.ID.eq(findingId).and(FINDING.PREPARER_ID.isNull())).execute();
    }

    public Optional<Finding> find(long findingId, Map<Long, Auditor> auditors) {
        return select(FINDING.ID.eq(findingId), auditors).stream().findFirst();
    }

    public List<Finding> byPlan(long planId, Map<Long, Auditor> auditors) {
        return select(FINDING.PLAN_ID.eq(planId), auditors);
    }

    /** Findings still open (action not yet confirmed) in plans of fiscal years before the given one. */
    public List<Finding> openBefore(int fiscalYear, Map<Long, Auditor> auditors) {
        List<Long> planIds = dsl.select(AUDIT_PLAN.ID).from(AUDIT_PLAN).where(AUDIT_PLAN.FISCAL_YEAR.lt(fiscalYear))
                .fetch(AUDIT_PLAN.ID);
        var later = FINDING.as("later");
        Condition carriedOnAlready = DSL.exists(dsl.selectOne().from(later).where(later.CARRIED_FROM_ID.eq(FINDING.ID)));
        return select(FINDING.PLAN_ID.in(planIds).and(FINDING.ACTION_STATUS.ne(ActionStatus.CONFIRMED.code()))
                .and(DSL.not(carriedOnAlready)), auditors);
    }

    private List<Finding> select(Condition condition, Map<Long, Auditor> auditors) {
        return dsl.select(FINDING.fields())
                .select(DEPARTMENT.fields())
                .from(FINDING)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(FINDING.DEPARTMENT_ID))
                .where(condition)
                .orderBy(FINDING.PLAN_ID, FINDING.NUMBER)
                .fetch(r -> map(r, auditors));
    }

    private static Finding map(Record r, Map<Long, Auditor> auditors) {
        FindingContent content = new FindingContent(
                r.get(FINDING.TITLE),
                r.get(FINDING.CONDITION_TEXT),
                r.get(FINDING.CRITERIA),
                r.get(FINDING.CAUSE_TEXT),
                r.get(FINDING.EFFECT_TEXT),
                r.get(FINDING.RECOMMENDATION),
                Severity.fromCode(r.get(FINDING.SEVERITY)).orElse(Severity.OBSERVATION),
                new Violation(r.get(FINDING.VIOLATION), r.get(FINDING.VIOLATION_NOTIFIED_TO),
                        r.get(FINDING.VIOLATION_NOTIFIED_ON)),
                new ManagementResponse(r.get(FINDING.RESPONSE_TEXT), r.get(FINDING.ACTION_OWNER),
                        r.get(FINDING.DUE_DATE),
                        ActionStatus.fromCode(r.get(FINDING.ACTION_STATUS)).orElse(ActionStatus.NOT_STARTED)));
        SignOff signOff = new SignOff(
                auditor(r.get(FINDING.PREPARER_ID), auditors), instant(r.get(FINDING.PREPARED_AT)),
                auditor(r.get(FINDING.REVIEWER_ID), auditors), instant(r.get(FINDING.REVIEWED_AT)),
                r.get(FINDING.REOPENED));
        OffsetDateTime updated = r.get(FINDING.UPDATED_AT);
        return new Finding(
                r.get(FINDING.ID),
                r.get(FINDING.PLAN_ID),
                r.get(FINDING.NUMBER),
                DepartmentRepository.map(r),
                r.get(FINDING.ITEM_CODE),
                content,
                r.get(FINDING.CARRIED_FROM_ID),
                signOff,
                r.get(FINDING.CREATED_AT).toInstant(),
                updated == null ? r.get(FINDING.CREATED_AT).toInstant() : updated.toInstant());
    }

    static Auditor auditor(Long id, Map<Long, Auditor> auditors) {
        return id == null ? null : auditors.get(id);
    }

    static java.time.Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    public void addFollowUp(long findingId, LocalDate notedOn, String note, Long authorId, OffsetDateTime at) {
        dsl.insertInto(FINDING_FOLLOW_UP)
                .set(FINDING_FOLLOW_UP.FINDING_ID, findingId)
                .set(FINDING_FOLLOW_UP.NOTED_ON, notedOn)
                .set(FINDING_FOLLOW_UP.NOTE, note)
                .set(FINDING_FOLLOW_UP.AUTHOR_ID, authorId)
                .set(FINDING_FOLLOW_UP.CREATED_AT, at)
                .execute();
    }

    public List<FollowUpNote> followUps(long findingId, Map<Long, Auditor> auditors) {
        return dsl.selectFrom(FINDING_FOLLOW_UP).where(FINDING_FOLLOW_UP.FINDING_ID.eq(findingId))
                .orderBy(FINDING_FOLLOW_UP.NOTED_ON, FINDING_FOLLOW_UP.ID)
                .fetch(r -> new FollowUpNote(r.getId(), r.getFindingId(), r.getNotedOn(), r.getNote(),
                        r.getAuthorId() == null || auditors.get(r.getAuthorId()) == null ? ""
                                : auditors.get(r.getAuthorId()).name(),
                        r.getCreatedAt().toInstant()));
    }
}
