package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.AUDITOR;
import static com.auditworkbench.store.schema.Tables.DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.PLAN_ASSIGNMENT;
import static com.auditworkbench.store.schema.Tables.PLAN_AUDITOR;

import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Role;
import com.auditworkbench.domain.TeamMember;
import com.auditworkbench.store.schema.tables.records.AuditorRecord;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The people of the workbench and the audit team of each plan. */
public final class AuditorRepository {

    private final DSLContext dsl;

    AuditorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Auditor create(String name, Role role, Long homeDepartmentId, OffsetDateTime at) {
        long id = dsl.insertInto(AUDITOR)
                .set(AUDITOR.NAME, name)
                .set(AUDITOR.ROLE, role.code())
                .set(AUDITOR.DEPARTMENT_ID, homeDepartmentId)
                .set(AUDITOR.CREATED_AT, at)
                .returningResult(AUDITOR.ID)
                .fetchSingle()
                .value1();
        return find(id).orElseThrow();
    }

    public boolean nameExists(String name) {
        return dsl.fetchExists(AUDITOR, AUDITOR.NAME.eq(name));
    }

    public List<Auditor> all() {
        Map<Long, Department> departments = departments();
        return dsl.selectFrom(AUDITOR).orderBy(AUDITOR.ID).fetch(r -> map(r, departments));
    }

    public Optional<Auditor> find(long id) {
        Map<Long, Department> departments = departments();
        return dsl.selectFrom(AUDITOR).where(AUDITOR.ID.eq(id)).fetchOptional().map(r -> map(r, departments));
    }

    /** Every auditor by id, for mapping sign-offs and notes in bulk. */
    public Map<Long, Auditor> byId() {
        Map<Long, Auditor> result = new HashMap<>();
        all().forEach(a -> result.put(a.id(), a));
        return result;
    }

    private Map<Long, Department> departments() {
        Map<Long, Department> result = new HashMap<>();
        dsl.selectFrom(DEPARTMENT).fetch().forEach(r -> result.put(r.getId(), DepartmentRepository.map(r)));
        return result;
    }

    private static Auditor map(AuditorRecord r, Map<Long, Department> departments) {
        return new Auditor(r.getId(), r.getName(), Role.fromCode(r.getRole()).orElse(Role.AUDITOR),
                r.getDepartmentId() == null ? null : departments.get(r.getDepartmentId()));
    }

    public void joinTeam(long planId, long auditorId) {
        dsl.insertInto(PLAN_AUDITOR)
                .set(PLAN_AUDITOR.PLAN_ID, planId)
                .set(PLAN_AUDITOR.AUDITOR_ID, auditorId)
                .set(PLAN_AUDITOR.INDEPENDENCE_DECLARED, false)
                .set(PLAN_AUDITOR.DECLARATION, "")
                .onDuplicateKeyIgnore()
                .execute();
    }

    public void declareIndependence(long planId, long auditorId, String declaration, OffsetDateTime at) {
        dsl.update(PLAN_AUDITOR)
                .set(PLAN_AUDITOR.INDEPENDENCE_DECLARED, true)
                .set(PLAN_AUDITOR.DECLARED_AT, at)
                .set(PLAN_AUDITOR.DECLARATION, declaration)
                .where(PLAN_AUDITOR.PLAN_ID.eq(planId).and(PLAN_AUDITOR.AUDITOR_ID.eq(auditorId)))
                .execute();
    }

    public void assign(long planId, long auditorId, long departmentId, String justification) {
        dsl.mergeInto(PLAN_ASSIGNMENT)
                .using(dsl.selectOne())
                .on(PLAN_ASSIGNMENT.PLAN_ID.eq(planId).and(PLAN_ASSIGNMENT.AUDITOR_ID.eq(auditorId))
                        .and(PLAN_ASSIGNMENT.DEPARTMENT_ID.eq(departmentId)))
                .whenMatchedThenUpdate().set(PLAN_ASSIGNMENT.JUSTIFICATION, justification)
                .whenNotMatchedThenInsert(PLAN_ASSIGNMENT.PLAN_ID, PLAN_ASSIGNMENT.AUDITOR_ID,
                        PLAN_ASSIGNMENT.DEPARTMENT_ID, PLAN_ASSIGNMENT.JUSTIFICATION)
                .values(planId, auditorId, departmentId, justification)
                .execute();
    }

    public List<TeamMember> team(long planId) {
        Map<Long, Auditor> auditors = byId();
        Map<Long, Department> departments = departments();
        List<Record> assignments = dsl.selectFrom(PLAN_ASSIGNMENT).where(PLAN_ASSIGNMENT.PLAN_ID.eq(planId))
                .orderBy(PLAN_ASSIGNMENT.DEPARTMENT_ID).fetch().map(r -> (Record) r);
        return dsl.selectFrom(PLAN_AUDITOR).where(PLAN_AUDITOR.PLAN_ID.eq(planId)).orderBy(PLAN_AUDITOR.AUDITOR_ID)
                .fetch(r -> new TeamMember(auditors.get(r.getAuditorId()), r.getIndependenceDeclared(),
                        r.getDeclaredAt() == null ? null : r.getDeclaredAt().toInstant(), r.getDeclaration(),
                        assignments.stream()
                                .filter(a -> a.get(PLAN_ASSIGNMENT.AUDITOR_ID).equals(r.getAuditorId()))
                                .map(a -> new TeamMember.Assignment(departments.get(a.get(PLAN_ASSIGNMENT.DEPARTMENT_ID)),
                                        a.get(PLAN_ASSIGNMENT.JUSTIFICATION)))
                                .toList()));
    }
}
