package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.CHECKLIST_RESULT;
import static com.auditworkbench.store.schema.Tables.DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.PLAN_DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.PLAN_ITEM;

import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.SignOff;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.AuditeeScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Results recorded per plan, department and item. */
public final class ChecklistRepository {

    private final DSLContext dsl;

    ChecklistRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every item at every auditee of the plan (within each auditee's scope), auditee by auditee, in template order.
     * A plan can have 120,000 rows: results are read straight from the result set into an array indexed by auditee
     * and item, without a record object or a string key per row.
     */
    public List<ChecklistRow> rows(long planId, Map<Long, Auditor> auditors) {
        return rows(planId, auditors, null);
    }

    /** The rows of one auditee of the plan only (all of them when {@code onlyDepartment} is null). */
    public List<ChecklistRow> rows(long planId, Map<Long, Auditor> auditors, Long onlyDepartment) {
        List<ChecklistItem> items = dsl.selectFrom(PLAN_ITEM)
                .where(PLAN_ITEM.PLAN_ID.eq(planId))
                .orderBy(PLAN_ITEM.POSITION)
                .fetch(PlanRepository::toItem);
        List<Department> departments = dsl.select(DEPARTMENT.fields())
                .from(PLAN_DEPARTMENT)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(PLAN_DEPARTMENT.DEPARTMENT_ID))
                .where(PLAN_DEPARTMENT.PLAN_ID.eq(planId))
                .orderBy(PLAN_DEPARTMENT.POSITION)
                .fetch(DepartmentRepository::map);
        if (onlyDepartment != null) {
            departments = departments.stream().filter(d -> d.id() == onlyDepartment).toList();
        }
        Map<String, Integer> itemIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            itemIndex.put(items.get(i).code(), i);
        }
        Map<Long, Integer> departmentIndex = new HashMap<>();
        for (int d = 0; d < departments.size(); d++) {
            departmentIndex.put(departments.get(d).id(), d);
        }
        Stored[] stored = new Stored[items.size() * departments.size()];
        try (ResultSet rs = dsl.select(CHECKLIST_RESULT.DEPARTMENT_ID, CHECKLIST_RESULT.ITEM_CODE,
                CHECKLIST_RESULT.RESULT, CHECKLIST_RESULT.NOTES, CHECKLIST_RESULT.UPDATED_AT,
                CHECKLIST_RESULT.PREPARER_ID, CHECKLIST_RESULT.PREPARED_AT, CHECKLIST_RESULT.REVIEWER_ID,
                CHECKLIST_RESULT.REVIEWED_AT, CHECKLIST_RESULT.REOPENED)
                .from(CHECKLIST_RESULT).where(CHECKLIST_RESULT.PLAN_ID.eq(planId))
                .and(onlyDepartment == null ? DSL.noCondition() : CHECKLIST_RESULT.DEPARTMENT_ID.eq(onlyDepartment))
                .fetchResultSet()) {
            while (rs.next()) {
                Integer d = departmentIndex.get(rs.getLong(1));
                Integer i = itemIndex.get(rs.getString(2));
                if (d == null || i == null) {
                    continue;
                }
                long preparer = rs.getLong(6);
                Auditor preparedBy = rs.wasNull() ? null : auditors.get(preparer);
                long reviewer = rs.getLong(8);
                Auditor reviewedBy = rs.wasNull() ? null : auditors.get(reviewer);
                OffsetDateTime preparedAt = rs.getObject(7, OffsetDateTime.class);
                OffsetDateTime reviewedAt = rs.getObject(9, OffsetDateTime.class);
                boolean reopened = rs.getBoolean(10);
                SignOff signOff = preparedBy == null && reviewedBy == null && !reopened ? SignOff.NONE
                        : new SignOff(preparedBy, FindingRepository.instant(preparedAt), reviewedBy,
                                FindingRepository.instant(reviewedAt), reopened);
                stored[d * items.size() + i] = new Stored(Result.fromCode(rs.getString(3)).orElse(Result.NOT_PERFORMED),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), signOff);
            }
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("Reading the results of plan " + planId, e);
        }
        Map<Long, AuditeeScope> scopes = new PlanRepository(dsl).scopes(planId);
        List<ChecklistRow> rows = new ArrayList<>(items.size() * departments.size());
        for (int d = 0; d < departments.size(); d++) {
            Department department = departments.get(d);
            AuditeeScope scope = scopes.getOrDefault(department.id(), AuditeeScope.ALL);
            for (int i = 0; i < items.size(); i++) {
                ChecklistItem item = items.get(i);
                if (!scope.includes(item)) {
                    continue;
                }
                Stored s = stored[d * items.size() + i];
                rows.add(s == null
                        ? new ChecklistRow(planId, department, item, Result.NOT_PERFORMED, "", null, SignOff.NONE)
                        : new ChecklistRow(planId, department, item, s.result(), s.notes(), s.updatedAt(), s.signOff()));
            }
        }
        return rows;
    }

    private record Stored(Result result, String notes, java.time.Instant updatedAt, SignOff signOff) {
    }

    /** One row, read on its own: for checks before a change, without reading the whole plan. */
    public java.util.Optional<ChecklistRow> row(long planId, long departmentId, String itemCode,
            Map<Long, Auditor> auditors) {
        var item = dsl.selectFrom(PLAN_ITEM)
                .where(PLAN_ITEM.PLAN_ID.eq(planId).and(PLAN_ITEM.ITEM_CODE.eq(itemCode)))
                .fetchOptional(PlanRepository::toItem);
        var department = dsl.select(DEPARTMENT.fields())
                .from(PLAN_DEPARTMENT)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(PLAN_DEPARTMENT.DEPARTMENT_ID))
                .where(PLAN_DEPARTMENT.PLAN_ID.eq(planId).and(PLAN_DEPARTMENT.DEPARTMENT_ID.eq(departmentId)))
                .fetchOptional(DepartmentRepository::map);
        if (item.isEmpty() || department.isEmpty()
                || !new PlanRepository(dsl).scopes(planId).getOrDefault(departmentId, AuditeeScope.ALL)
                        .includes(item.get())) {
            return java.util.Optional.empty();
        }
        Record recorded = dsl.selectFrom(CHECKLIST_RESULT).where(cell(planId, departmentId, itemCode)).fetchOne();
        return java.util.Optional.of(toRow(planId, department.get(), item.get(), recorded, auditors));
    }

    private static ChecklistRow toRow(long planId, Department department, ChecklistItem item, Record r,
            Map<Long, Auditor> auditors) {
        if (r == null) {
            return new ChecklistRow(planId, department, item, Result.NOT_PERFORMED, "", null, SignOff.NONE);
        }
        return new ChecklistRow(planId, department, item,
                Result.fromCode(r.get(CHECKLIST_RESULT.RESULT)).orElse(Result.NOT_PERFORMED),
                r.get(CHECKLIST_RESULT.NOTES),
                r.get(CHECKLIST_RESULT.UPDATED_AT).toInstant(),
                new SignOff(FindingRepository.auditor(r.get(CHECKLIST_RESULT.PREPARER_ID), auditors),
                        FindingRepository.instant(r.get(CHECKLIST_RESULT.PREPARED_AT)),
                        FindingRepository.auditor(r.get(CHECKLIST_RESULT.REVIEWER_ID), auditors),
                        FindingRepository.instant(r.get(CHECKLIST_RESULT.REVIEWED_AT)),
                        r.get(CHECKLIST_RESULT.REOPENED)));
    }

    public void record(long planId, long departmentId, String itemCode, Result result, String notes,
            OffsetDateTime at) {
        dsl.mergeInto(CHECKLIST_RESULT)
                .using(dsl.selectOne())
                .on(CHECKLIST_RESULT.PLAN_ID.eq(planId)
                        .and(CHECKLIST_RESULT.DEPARTMENT_ID.eq(departmentId))
                        .and(CHECKLIST_RESULT.ITEM_CODE.eq(itemCode)))
                .whenMatchedThenUpdate()
                .set(CHECKLIST_RESULT.RESULT, result.code())
                .set(CHECKLIST_RESULT.NOTES, notes)
                .set(CHECKLIST_RESULT.UPDATED_AT, at)
                .whenNotMatchedThenInsert(CHECKLIST_RESULT.PLAN_ID, CHECKLIST_RESULT.DEPARTMENT_ID,
                        CHECKLIST_RESULT.ITEM_CODE, CHECKLIST_RESULT.RESULT, CHECKLIST_RESULT.NOTES,
                        CHECKLIST_RESULT.UPDATED_AT)
                .values(planId, departmentId, itemCode, result.code(), notes, at)
                .execute();
    }

    private org.jooq.Condition cell(long planId, long departmentId, String itemCode) {
        return CHECKLIST_RESULT.PLAN_ID.eq(planId).and(CHECKLIST_RESULT.DEPARTMENT_ID.eq(departmentId))
                .and(CHECKLIST_RESULT.ITEM_CODE.eq(itemCode));
    }

    public void signAsPreparer(long planId, long departmentId, String itemCode, long auditorId, OffsetDateTime at) {
        dsl.update(CHECKLIST_RESULT).set(CHECKLIST_RESULT.PREPARER_ID, auditorId).set(CHECKLIST_RESULT.PREPARED_AT, at)
                .where(cell(planId, departmentId, itemCode)).execute();
    }

    public void signAsReviewer(long planId, long departmentId, String itemCode, long auditorId, OffsetDateTime at) {
        dsl.update(CHECKLIST_RESULT).set(CHECKLIST_RESULT.REVIEWER_ID, auditorId).set(CHECKLIST_RESULT.REVIEWED_AT, at)
                .where(cell(planId, departmentId, itemCode)).execute();
    }

    public void reopen(long planId, long departmentId, String itemCode) {
        dsl.update(CHECKLIST_RESULT)
                .setNull(CHECKLIST_RESULT.PREPARER_ID).setNull(CHECKLIST_RESULT.PREPARED_AT)
                .setNull(CHECKLIST_RESULT.REVIEWER_ID).setNull(CHECKLIST_RESULT.REVIEWED_AT)
                .set(CHECKLIST_RESULT.REOPENED, true)
                .where(cell(planId, departmentId, itemCode)).execute();
    }

    public boolean isInPlan(long planId, long departmentId, String itemCode) {
        var item = dsl.selectFrom(PLAN_ITEM).where(PLAN_ITEM.PLAN_ID.eq(planId).and(PLAN_ITEM.ITEM_CODE.eq(itemCode)))
                .fetchOptional(PlanRepository::toItem);
        AuditeeScope scope = new PlanRepository(dsl).scopes(planId).get(departmentId);
        return item.isPresent() && scope != null && scope.includes(item.get());
    }

    /** The results recorded at one auditee outside a scope: a narrower scope would hide them. */
    public List<String> recordedOutside(long planId, long departmentId, AuditeeScope scope) {
        Map<String, ChecklistItem> items = new HashMap<>();
        dsl.selectFrom(PLAN_ITEM).where(PLAN_ITEM.PLAN_ID.eq(planId)).fetch(PlanRepository::toItem)
                .forEach(i -> items.put(i.code(), i));
        return dsl.select(CHECKLIST_RESULT.ITEM_CODE).from(CHECKLIST_RESULT)
                .where(CHECKLIST_RESULT.PLAN_ID.eq(planId).and(CHECKLIST_RESULT.DEPARTMENT_ID.eq(departmentId)))
                .and(CHECKLIST_RESULT.RESULT.ne(Result.NOT_PERFORMED.code()).or(CHECKLIST_RESULT.NOTES.ne("")))
                .fetch(CHECKLIST_RESULT.ITEM_CODE).stream()
                .filter(code -> items.containsKey(code) && !scope.includes(items.get(code)))
                .sorted().toList();
    }

    /** A result to write in bulk: for generated plans, where each row is not logged on its own. */
    public record BulkResult(long departmentId, String itemCode, Result result, String notes) {
    }

    /** Inserts many results at once; the rows must not exist yet. */
    public void insertAll(long planId, List<BulkResult> results, OffsetDateTime at) {
        List<com.auditworkbench.store.schema.tables.records.ChecklistResultRecord> records =
                new ArrayList<>(results.size());
        for (BulkResult b : results) {
            var r = dsl.newRecord(CHECKLIST_RESULT);
            r.setPlanId(planId);
            r.setDepartmentId(b.departmentId());
            r.setItemCode(b.itemCode());
            r.setResult(b.result().code());
            r.setNotes(b.notes());
            r.setUpdatedAt(at);
            records.add(r);
        }
        dsl.batchInsert(records).execute();
    }
}
