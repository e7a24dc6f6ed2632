package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.DEPARTMENT;

import com.auditworkbench.domain.Department;
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

    static Department map(Record r) {
        return new Department(r.get(DEPARTMENT.ID), r.get(DEPARTMENT.CODE), r.get(DEPARTMENT.NAME));
    }
}
