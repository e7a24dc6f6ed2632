package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.DOCUMENT_REQUEST;

import com.auditworkbench.domain.DocumentRequest;
import com.auditworkbench.domain.RequestEdit;
import com.auditworkbench.domain.RequestStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The 予備調査 request list of each audit, numbered in the order the requests were written. */
public final class RequestRepository {

    private final DSLContext dsl;

    RequestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long planId, RequestEdit edit, OffsetDateTime at) {
        int number = dsl.select(DSL.coalesce(DSL.max(DOCUMENT_REQUEST.NUMBER), 0))
                .from(DOCUMENT_REQUEST)
                .where(DOCUMENT_REQUEST.PLAN_ID.eq(planId))
                .fetchSingle()
                .value1() + 1;
        return dsl.insertInto(DOCUMENT_REQUEST)
                .set(DOCUMENT_REQUEST.PLAN_ID, planId)
                .set(DOCUMENT_REQUEST.NUMBER, number)
                .set(editable(edit))
                .set(DOCUMENT_REQUEST.CREATED_AT, at)
                .set(DOCUMENT_REQUEST.UPDATED_AT, at)
                .returningResult(DOCUMENT_REQUEST.ID)
                .fetchSingle()
                .value1();
    }

    /** What an edit sets, the same for a new request and a changed one. */
    private static Map<org.jooq.Field<?>, Object> editable(RequestEdit edit) {
        Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(DOCUMENT_REQUEST.DEPARTMENT_ID, edit.departmentId());
        values.put(DOCUMENT_REQUEST.TITLE, edit.title());
        values.put(DOCUMENT_REQUEST.ITEM_CODE, edit.itemCode());
        values.put(DOCUMENT_REQUEST.REQUESTED_ON, edit.requestedOn());
        values.put(DOCUMENT_REQUEST.DUE_ON, edit.dueOn());
        values.put(DOCUMENT_REQUEST.STATUS, edit.status().code());
        values.put(DOCUMENT_REQUEST.RECEIVED_ON, edit.receivedOn());
        values.put(DOCUMENT_REQUEST.NOTE, edit.note());
        return values;
    }

    public void update(long requestId, RequestEdit edit, OffsetDateTime at) {
        dsl.update(DOCUMENT_REQUEST)
                .set(editable(edit))
                .set(DOCUMENT_REQUEST.UPDATED_AT, at)
                .where(DOCUMENT_REQUEST.ID.eq(requestId))
                .execute();
    }

    public void delete(long requestId) {
        dsl.deleteFrom(DOCUMENT_REQUEST).where(DOCUMENT_REQUEST.ID.eq(requestId)).execute();
    }

    public Optional<DocumentRequest> find(long requestId) {
        return select(DOCUMENT_REQUEST.ID.eq(requestId)).stream().findFirst();
    }

    /** The audit's requests, by number. */
    public List<DocumentRequest> byPlan(long planId) {
        return select(DOCUMENT_REQUEST.PLAN_ID.eq(planId));
    }

    private List<DocumentRequest> select(Condition where) {
        return dsl.select(DOCUMENT_REQUEST.fields()).select(DEPARTMENT.fields())
                .from(DOCUMENT_REQUEST)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(DOCUMENT_REQUEST.DEPARTMENT_ID))
                .where(where)
                .orderBy(DOCUMENT_REQUEST.NUMBER)
                .fetch(RequestRepository::map);
    }

    private static DocumentRequest map(Record r) {
        return new DocumentRequest(r.get(DOCUMENT_REQUEST.ID), r.get(DOCUMENT_REQUEST.PLAN_ID),
                r.get(DOCUMENT_REQUEST.NUMBER), DepartmentRepository.map(r), r.get(DOCUMENT_REQUEST.TITLE),
                r.get(DOCUMENT_REQUEST.ITEM_CODE), r.get(DOCUMENT_REQUEST.REQUESTED_ON),
                r.get(DOCUMENT_REQUEST.DUE_ON),
                RequestStatus.fromCode(r.get(DOCUMENT_REQUEST.STATUS)).orElse(RequestStatus.REQUESTED),
                r.get(DOCUMENT_REQUEST.RECEIVED_ON), r.get(DOCUMENT_REQUEST.NOTE));
    }
}
