package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.MidTermPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.PlanKind;
import com.auditworkbench.domain.YearPlanEntry;
import com.auditworkbench.store.Repositories;
import com.auditworkbench.store.Workbench;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The medium-term plan (中期計画) and its rotation, and the fiscal-year plans (年度計画) drawn from it: regular audits
 * from the rotation, 特命監査 without a slot there.
 */
public final class MidTermService {

    static final String ENTITY = "midterm-plan";
    static final int MAX_YEARS = 10;

    private final Workbench workbench;
    private final AuditTrail trail;

    MidTermService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        this.trail = trail;
    }

    public List<MidTermPlan> all() {
        return workbench.transaction(r -> r.midTerm().all(assets(r)));
    }

    public MidTermPlan get(long id) {
        return workbench.transaction(r -> r.midTerm().find(id, assets(r)))
                .orElseThrow(() -> new AuditException("midterm.error.notFound", id));
    }

    /** The medium-term plan whose cycle covers the year, the latest first when several do. */
    public java.util.Optional<MidTermPlan> covering(FiscalYear year) {
        return all().stream().filter(p -> p.covers(year)).findFirst();
    }

    /** Saves a new plan (id 0) or the changes to one; logs what changed. */
    public MidTermPlan save(MidTermPlan plan) {
        validate(plan);
        return workbench.transaction(r -> {
            if (plan.id() == 0) {
                long id = r.midTerm().insert(plan, trail.now());
                trail.record(r, "create", ENTITY, Long.toString(id), null, plan.title(), null, state(plan));
                return r.midTerm().find(id, assets(r)).orElseThrow();
            }
            MidTermPlan before = r.midTerm().find(plan.id(), assets(r))
                    .orElseThrow(() -> new AuditException("midterm.error.notFound", plan.id()));
            Map<String, Object> was = state(before);
            Map<String, Object> now = state(plan);
            if (!was.equals(now)) {
                r.midTerm().update(plan, trail.now());
                trail.record(r, "edit", ENTITY, Long.toString(plan.id()), null, plan.title(), was, now);
            }
            return r.midTerm().find(plan.id(), assets(r)).orElseThrow();
        });
    }

    private static void validate(MidTermPlan plan) {
        if (plan.title() == null || plan.title().isBlank()) {
            throw new AuditException("midterm.error.titleRequired");
        }
        if (plan.years() < 1 || plan.years() > MAX_YEARS) {
            throw new AuditException("midterm.error.years", MAX_YEARS);
        }
        Set<String> seen = new HashSet<>();
        for (MidTermPlan.RotationRow row : plan.rows()) {
            String key = (row.isDepartment() ? "d" + row.department().id() : "a" + row.asset().id());
            if (!seen.add(key)) {
                throw new AuditException("midterm.error.duplicateRow", row.name());
            }
            for (int year : row.auditYears()) {
                if (!plan.covers(new FiscalYear(year))) {
                    throw new AuditException("midterm.error.yearOutside", row.name(), new FiscalYear(year)
                            .japaneseName());
                }
            }
        }
    }

    /** The audit plans of a fiscal year with their kind. */
    public List<YearPlanEntry> yearPlans(FiscalYear year) {
        return workbench.transaction(r -> r.plans().findByFiscalYear(year.year()).stream()
                .map(p -> new YearPlanEntry(p, r.midTerm().kind(p.id()))).toList());
    }

    public PlanKind kind(long planId) {
        return workbench.transaction(r -> r.midTerm().kind(planId));
    }

    /** Marks an audit plan as a 特命監査 (ordered by the CISO) or as a regular audit of the rotation; logged. */
    public void setKind(long planId, PlanKind kind) {
        workbench.run(r -> {
            Plan plan = r.plans().find(planId).orElseThrow(() -> new AuditException("plan.error.notFound", planId));
            PlanKind before = r.midTerm().kind(planId);
            if (before == kind) {
                return;
            }
            r.midTerm().setKind(planId, kind);
            trail.record(r, "edit", PlanService.ENTITY, Long.toString(planId), planId, plan.code() + " " + plan.title(),
                    Map.of("kind", before.code()), Map.of("kind", kind.code()));
        });
    }

    private static Map<Long, InformationAsset> assets(Repositories r) {
        return r.assets().all().stream().collect(Collectors.toMap(InformationAsset::id, Function.identity()));
    }

    private static Map<String, Object> state(MidTermPlan plan) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", plan.title());
        state.put("firstYear", plan.firstYear().year());
        state.put("years", plan.years());
        state.put("themes", String.join("\n", plan.themes()));
        state.put("rotation", plan.rows().stream()
                .map(row -> row.name() + ":" + row.auditYears().stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n")));
        return state;
    }
}
