package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.FINDING;

import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.Severity;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Findings (指摘事項), numbered per plan in the order they were raised. */
public final class FindingRepository {

    private final DSLContext dsl;

    FindingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(NewFinding finding, OffsetDateTime at) {
        int number = dsl.select(DSL.coalesce(DSL.max(FINDING.NUMBER), 0))
                .from(FINDING)
                .where(FINDING.PLAN_ID.eq(finding.planId()))
                .fetchSingle()
                .value1() + 1;
        return dsl.insertInto(FINDING)
                .set(FINDING.PLAN_ID, finding.planId())
                .set(FINDING.NUMBER, number)
                .set(FINDING.DEPARTMENT_ID, finding.departmentId())
                .set(FINDING.ITEM_CODE, finding.itemCode())
                .set(FINDING.TITLE, finding.title())
                .set(FINDING.CONDITION_TEXT, finding.condition())
                .set(FINDING.CRITERIA, finding.criteria())
                .set(FINDING.RECOMMENDATION, finding.recommendation())
                .set(FINDING.SEVERITY, finding.severity().code())
                .set(FINDING.CREATED_AT, at)
                .returningResult(FINDING.ID)
                .fetchSingle()
                .value1();
    }

    public List<Finding> byPlan(long planId) {
        return dsl.select(FINDING.fields())
                .select(DEPARTMENT.fields())
                .from(FINDING)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(FINDING.DEPARTMENT_ID))
                .where(FINDING.PLAN_ID.eq(planId))
                .orderBy(FINDING.NUMBER)
                .fetch(FindingRepository::map);
    }

    private static Finding map(Record r) {
        return new Finding(
                r.get(FINDING.ID),
                r.get(FINDING.PLAN_ID),
                r.get(FINDING.NUMBER),
                DepartmentRepository.map(r),
                r.get(FINDING.ITEM_CODE),
                r.get(FINDING.TITLE),
                r.get(FINDING.CONDITION_TEXT),
                r.get(FINDING.CRITERIA),
                r.get(FINDING.RECOMMENDATION),
                Severity.fromCode(r.get(FINDING.SEVERITY)).orElse(Severity.OBSERVATION),
                r.get(FINDING.CREATED_AT).toInstant());
    }
}
