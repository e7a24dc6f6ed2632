package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.DEPARTMENT;

import com.auditworkbench.domain.Auditee;
import com.auditworkbench.domain.AuditeeKind;
import com.auditworkbench.domain.Department;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Departments (部署): the auditees of the city. */
public final class DepartmentRepository {

    private final DSLContext dsl;

    DepartmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The department of that name, created with the next free code when it is new. */
    public Department findOrCreate(String name) {
        Record existing = dsl.selectFrom(DEPARTMENT).where(DEPARTMENT.NAME.eq(name)).fetchOne();
        if (existing != null) {
            return map(existing);
        }
        int next = dsl.fetchCount(DEPARTMENT) + 1;
        String code = String.format("D%03d", next);
        while (dsl.fetchExists(DEPARTMENT, DEPARTMENT.CODE.eq(code))) {
            code = String.format("D%03d", ++next);
        }
        long id = dsl.insertInto(DEPARTMENT)
                .set(DEPARTMENT.CODE, code)
                .set(DEPARTMENT.NAME, name)
                .returningResult(DEPARTMENT.ID)
                .fetchSingle()
                .value1();
        return new Department(id, code, name);
    }

    public List<Department> all() {
        return dsl.selectFrom(DEPARTMENT).orderBy(DEPARTMENT.CODE).fetch(DepartmentRepository::map);
    }

    /** A contractor (受託者) under the supervision of a department; codes run C001, C002, … */
    public Department createContractor(String name, long supervisingDepartmentId, String contractSubject) {
        int next = dsl.fetchCount(DEPARTMENT, DEPARTMENT.KIND.eq(AuditeeKind.CONTRACTOR.name())) + 1;
        String code = String.format("C%03d", next);
        while (dsl.fetchExists(DEPARTMENT, DEPARTMENT.CODE.eq(code))) {
            code = String.format("C%03d", ++next);
        }
        long id = dsl.insertInto(DEPARTMENT)
                .set(DEPARTMENT.CODE, code)
                .set(DEPARTMENT.NAME, name)
                .set(DEPARTMENT.KIND, AuditeeKind.CONTRACTOR.name())
                .set(DEPARTMENT.SUPERVISING_DEPARTMENT_ID, supervisingDepartmentId)
                .set(DEPARTMENT.CONTRACT_SUBJECT, contractSubject)
                .returningResult(DEPARTMENT.ID)
                .fetchSingle()
                .value1();
        return new Department(id, code, name, AuditeeKind.CONTRACTOR);
    }

    public Optional<Department> find(long id) {
        return dsl.selectFrom(DEPARTMENT).where(DEPARTMENT.ID.eq(id)).fetchOptional(DepartmentRepository::map);
    }

    public Optional<Department> findByName(String name) {
        return dsl.selectFrom(DEPARTMENT).where(DEPARTMENT.NAME.eq(name)).fetchOptional(DepartmentRepository::map);
    }

    /** Every auditee with its contract details, departments first, then contractors, each by code. */
    public List<Auditee> auditees() {
        Map<Long, Department> byId = new HashMap<>();
        List<Record> records = dsl.selectFrom(DEPARTMENT).orderBy(DEPARTMENT.KIND.desc(), DEPARTMENT.CODE).fetch()
                .map(r -> (Record) r);
        for (Record r : records) {
            byId.put(r.get(DEPARTMENT.ID), map(r));
        }
        List<Auditee> result = new ArrayList<>(records.size());
        for (Record r : records) {
            Long supervisor = r.get(DEPARTMENT.SUPERVISING_DEPARTMENT_ID);
            result.add(new Auditee(byId.get(r.get(DEPARTMENT.ID)),
                    Optional.ofNullable(supervisor == null ? null : byId.get(supervisor)),
                    r.get(DEPARTMENT.CONTRACT_SUBJECT)));
        }
        return result;
    }

    static Department map(Record r) {
        return new Department(r.get(DEPARTMENT.ID), r.get(DEPARTMENT.CODE), r.get(DEPARTMENT.NAME),
                AuditeeKind.fromCode(r.get(DEPARTMENT.KIND)).orElse(AuditeeKind.DEPARTMENT));
    }
}
