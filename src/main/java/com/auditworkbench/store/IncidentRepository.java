package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.INCIDENT;

import com.auditworkbench.domain.Incident;
import com.auditworkbench.domain.IncidentSeverity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Security incidents recorded against departments. */
public final class IncidentRepository {

    private final DSLContext dsl;

    IncidentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long departmentId, LocalDate occurredOn, String title, IncidentSeverity severity,
            OffsetDateTime at) {
        return dsl.insertInto(INCIDENT)
                .set(INCIDENT.DEPARTMENT_ID, departmentId)
                .set(INCIDENT.OCCURRED_ON, occurredOn)
                .set(INCIDENT.TITLE, title)
                .set(INCIDENT.SEVERITY, severity.code())
                .set(INCIDENT.CREATED_AT, at)
                .returningResult(INCIDENT.ID)
                .fetchSingle()
                .value1();
    }

    public void delete(long id) {
        dsl.deleteFrom(INCIDENT).where(INCIDENT.ID.eq(id)).execute();
    }

    public List<Incident> all() {
        return dsl.select(INCIDENT.fields()).select(DEPARTMENT.fields())
                .from(INCIDENT)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INCIDENT.DEPARTMENT_ID))
                .orderBy(INCIDENT.OCCURRED_ON.desc(), INCIDENT.ID.desc())
                .fetch(IncidentRepository::map);
    }

    public Optional<Incident> find(long id) {
        return all().stream().filter(i -> i.id() == id).findFirst();
    }

    private static Incident map(Record r) {
        return new Incident(r.get(INCIDENT.ID), DepartmentRepository.map(r), r.get(INCIDENT.OCCURRED_ON),
                r.get(INCIDENT.TITLE), IncidentSeverity.fromCode(r.get(INCIDENT.SEVERITY)).orElseThrow());
    }
}
