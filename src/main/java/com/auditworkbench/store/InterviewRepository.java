package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.INTERVIEW;
import static com.auditworkbench.store.schema.Tables.INTERVIEW_ITEM;
import static com.auditworkbench.store.schema.Tables.PLAN_ITEM;

import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.Interview;
import com.auditworkbench.domain.NewInterview;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Interview records of fieldwork and the items each one concerns. */
public final class InterviewRepository {

    private final DSLContext dsl;

    InterviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What an edit sets, the same for a new interview record and a changed one. */
    private static Map<org.jooq.Field<?>, Object> editable(NewInterview interview) {
        Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(INTERVIEW.DEPARTMENT_ID, interview.departmentId());
        values.put(INTERVIEW.INTERVIEWEE, interview.interviewee());
        values.put(INTERVIEW.INTERVIEWEE_ROLE, interview.intervieweeRole());
        values.put(INTERVIEW.HELD_AT, heldAt(interview));
        values.put(INTERVIEW.INTERVIEWER_ID, interview.interviewerId());
        values.put(INTERVIEW.SUMMARY, interview.summary());
        return values;
    }

    public long insert(NewInterview interview, OffsetDateTime at) {
        long id = dsl.insertInto(INTERVIEW)
                .set(INTERVIEW.PLAN_ID, interview.planId())
                .set(editable(interview))
                .set(INTERVIEW.CREATED_AT, at)
                .set(INTERVIEW.UPDATED_AT, at)
                .returningResult(INTERVIEW.ID)
                .fetchSingle()
                .value1();
        writeItems(id, interview);
        return id;
    }

    public void update(long id, NewInterview interview, OffsetDateTime at) {
        dsl.update(INTERVIEW)
                .set(editable(interview))
                .set(INTERVIEW.UPDATED_AT, at)
                .where(INTERVIEW.ID.eq(id))
                .execute();
        dsl.deleteFrom(INTERVIEW_ITEM).where(INTERVIEW_ITEM.INTERVIEW_ID.eq(id)).execute();
        writeItems(id, interview);
    }

    private static OffsetDateTime heldAt(NewInterview interview) {
        return interview.heldAt().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    private void writeItems(long id, NewInterview interview) {
        for (String code : interview.itemCodes().stream().distinct().toList()) {
            dsl.insertInto(INTERVIEW_ITEM)
                    .set(INTERVIEW_ITEM.INTERVIEW_ID, id)
                    .set(INTERVIEW_ITEM.PLAN_ID, interview.planId())
                    .set(INTERVIEW_ITEM.ITEM_CODE, code)
                    .execute();
        }
    }

    public List<Interview> forPlan(long planId, Map<Long, Auditor> auditors) {
        return read(INTERVIEW.PLAN_ID.eq(planId), auditors);
    }

    public Optional<Interview> find(long id, Map<Long, Auditor> auditors) {
        return read(INTERVIEW.ID.eq(id), auditors).stream().findFirst();
    }

    /** Every interview of every plan: for the search index. */
    public List<Interview> all(Map<Long, Auditor> auditors) {
        return read(org.jooq.impl.DSL.trueCondition(), auditors);
    }

    private List<Interview> read(org.jooq.Condition condition, Map<Long, Auditor> auditors) {
        Map<Long, List<String>> items = new HashMap<>();
        dsl.select(INTERVIEW_ITEM.INTERVIEW_ID, INTERVIEW_ITEM.ITEM_CODE)
                .from(INTERVIEW_ITEM).join(INTERVIEW).on(INTERVIEW.ID.eq(INTERVIEW_ITEM.INTERVIEW_ID))
                .join(PLAN_ITEM).on(PLAN_ITEM.PLAN_ID.eq(INTERVIEW_ITEM.PLAN_ID)
                        .and(PLAN_ITEM.ITEM_CODE.eq(INTERVIEW_ITEM.ITEM_CODE)))
                .where(condition)
                .orderBy(PLAN_ITEM.POSITION)
                .forEach(r -> items.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        List<Interview> result = new ArrayList<>();
        for (Record r : dsl.select(INTERVIEW.fields()).select(DEPARTMENT.fields())
                .from(INTERVIEW).join(DEPARTMENT).on(DEPARTMENT.ID.eq(INTERVIEW.DEPARTMENT_ID))
                .where(condition)
                .orderBy(INTERVIEW.HELD_AT, INTERVIEW.ID)
                .fetch()) {
            long id = r.get(INTERVIEW.ID);
            Long interviewer = r.get(INTERVIEW.INTERVIEWER_ID);
            result.add(new Interview(id, r.get(INTERVIEW.PLAN_ID), DepartmentRepository.map(r),
                    r.get(INTERVIEW.INTERVIEWEE), r.get(INTERVIEW.INTERVIEWEE_ROLE),
                    r.get(INTERVIEW.HELD_AT).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime(),
                    Optional.ofNullable(interviewer == null ? null : auditors.get(interviewer)),
                    r.get(INTERVIEW.SUMMARY), items.getOrDefault(id, List.of()),
                    r.get(INTERVIEW.UPDATED_AT).toInstant()));
        }
        return result;
    }
}
