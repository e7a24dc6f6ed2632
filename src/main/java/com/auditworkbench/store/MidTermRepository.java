package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.AUDIT_PLAN;
import static com.auditworkbench.store.schema.Tables.DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.MIDTERM_PLAN;
import static com.auditworkbench.store.schema.Tables.MIDTERM_ROW;
import static com.auditworkbench.store.schema.Tables.MIDTERM_SLOT;

import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.MidTermPlan;
import com.auditworkbench.domain.PlanKind;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/** Medium-term plans (中期計画) with their rotation, and the kind of each fiscal-year audit plan. */
public final class MidTermRepository {

    private final DSLContext dsl;

    MidTermRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(MidTermPlan plan, OffsetDateTime at) {
        long id = dsl.insertInto(MIDTERM_PLAN)
                .set(MIDTERM_PLAN.TITLE, plan.title())
                .set(MIDTERM_PLAN.FIRST_YEAR, plan.firstYear().year())
                .set(MIDTERM_PLAN.YEARS, plan.years())
                .set(MIDTERM_PLAN.THEMES, String.join("\n", plan.themes()))
                .set(MIDTERM_PLAN.CREATED_AT, at)
                .set(MIDTERM_PLAN.UPDATED_AT, at)
                .returningResult(MIDTERM_PLAN.ID)
                .fetchSingle()
                .value1();
        insertRows(id, plan.rows());
        return id;
    }

    /** Replaces the plan's title, years, themes and rotation. */
    public void update(MidTermPlan plan, OffsetDateTime at) {
        dsl.update(MIDTERM_PLAN)
                .set(MIDTERM_PLAN.TITLE, plan.title())
                .set(MIDTERM_PLAN.FIRST_YEAR, plan.firstYear().year())
                .set(MIDTERM_PLAN.YEARS, plan.years())
                .set(MIDTERM_PLAN.THEMES, String.join("\n", plan.themes()))
                .set(MIDTERM_PLAN.UPDATED_AT, at)
                .where(MIDTERM_PLAN.ID.eq(plan.id()))
                .execute();
        var rowIds = dsl.select(MIDTERM_ROW.ID).from(MIDTERM_ROW).where(MIDTERM_ROW.PLAN_ID.eq(plan.id()));
        dsl.deleteFrom(MIDTERM_SLOT).where(MIDTERM_SLOT.ROW_ID.in(rowIds)).execute();
        dsl.deleteFrom(MIDTERM_ROW).where(MIDTERM_ROW.PLAN_ID.eq(plan.id())).execute();
        insertRows(plan.id(), plan.rows());
    }

    private void insertRows(long planId, List<MidTermPlan.RotationRow> rows) {
        int position = 0;
        for (MidTermPlan.RotationRow row : rows) {
            long rowId = dsl.insertInto(MIDTERM_ROW)
                    .set(MIDTERM_ROW.PLAN_ID, planId)
                    .set(MIDTERM_ROW.POSITION, position++)
                    .set(MIDTERM_ROW.DEPARTMENT_ID, row.isDepartment() ? row.department().id() : null)
                    .set(MIDTERM_ROW.ASSET_ID, row.isDepartment() ? null : row.asset().id())
                    .returningResult(MIDTERM_ROW.ID)
                    .fetchSingle()
                    .value1();
            for (int year : row.auditYears()) {
                dsl.insertInto(MIDTERM_SLOT).set(MIDTERM_SLOT.ROW_ID, rowId).set(MIDTERM_SLOT.FISCAL_YEAR, year)
                        .execute();
            }
        }
    }

    public List<MidTermPlan> all(Map<Long, InformationAsset> assets) {
        return dsl.selectFrom(MIDTERM_PLAN).orderBy(MIDTERM_PLAN.FIRST_YEAR.desc(), MIDTERM_PLAN.ID.desc())
                .fetch().stream().map(p -> toPlan(p, assets)).toList();
    }

    public Optional<MidTermPlan> find(long id, Map<Long, InformationAsset> assets) {
        return dsl.selectFrom(MIDTERM_PLAN).where(MIDTERM_PLAN.ID.eq(id)).fetchOptional().map(p -> toPlan(p, assets));
    }

    private MidTermPlan toPlan(com.auditworkbench.store.schema.tables.records.MidtermPlanRecord p,
            Map<Long, InformationAsset> assets) {
        Map<Long, Department> departments = new HashMap<>();
        dsl.selectFrom(DEPARTMENT).fetch().forEach(r -> {
            Department d = DepartmentRepository.map(r);
            departments.put(d.id(), d);
        });
        Map<Long, Set<Integer>> slots = new HashMap<>();
        dsl.select(MIDTERM_SLOT.ROW_ID, MIDTERM_SLOT.FISCAL_YEAR).from(MIDTERM_SLOT)
                .join(MIDTERM_ROW).on(MIDTERM_ROW.ID.eq(MIDTERM_SLOT.ROW_ID))
                .where(MIDTERM_ROW.PLAN_ID.eq(p.getId()))
                .fetch().forEach(r -> slots.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        List<MidTermPlan.RotationRow> rows = new ArrayList<>();
        for (var row : dsl.selectFrom(MIDTERM_ROW).where(MIDTERM_ROW.PLAN_ID.eq(p.getId()))
                .orderBy(MIDTERM_ROW.POSITION).fetch()) {
            Set<Integer> years = slots.getOrDefault(row.getId(), Set.of());
            if (row.getDepartmentId() != null) {
                rows.add(MidTermPlan.RotationRow.department(departments.get(row.getDepartmentId()), years));
            } else if (assets.containsKey(row.getAssetId())) {
                rows.add(MidTermPlan.RotationRow.system(assets.get(row.getAssetId()), years));
            }
        }
        List<String> themes = p.getThemes().isEmpty() ? List.of() : Arrays.asList(p.getThemes().split("\n"));
        return new MidTermPlan(p.getId(), p.getTitle(), new FiscalYear(p.getFirstYear()), p.getYears(), themes, rows);
    }

    public PlanKind kind(long planId) {
        return PlanKind.fromCode(dsl.select(AUDIT_PLAN.KIND).from(AUDIT_PLAN).where(AUDIT_PLAN.ID.eq(planId))
                .fetchSingle().value1()).orElse(PlanKind.REGULAR);
    }

    public void setKind(long planId, PlanKind kind) {
        dsl.update(AUDIT_PLAN).set(AUDIT_PLAN.KIND, kind.code()).where(AUDIT_PLAN.ID.eq(planId)).execute();
    }
}
