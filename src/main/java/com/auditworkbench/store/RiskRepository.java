package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.AUDIT_PLAN;
import static com.auditworkbench.store.schema.Tables.DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.PLAN_DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.RISK_WEIGHT;
import static com.auditworkbench.store.schema.Tables.SCOPE_DECISION;
import static com.auditworkbench.store.schema.Tables.SCOPE_DECISION_DEPARTMENT;

import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.LocalizedText;
import com.auditworkbench.domain.RiskFactor;
import com.auditworkbench.domain.RiskWeights;
import com.auditworkbench.domain.ScopeDecision;
import com.auditworkbench.domain.ScopeRule;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The weights of the risk score, what the plans say about past audits, and the scope decisions of each year. */
public final class RiskRepository {

    private final DSLContext dsl;

    RiskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public RiskWeights weights() {
        Map<RiskFactor, Double> values = new EnumMap<>(RiskFactor.class);
        for (var r : dsl.selectFrom(RISK_WEIGHT).fetch()) {
            RiskFactor.fromCode(r.getFactor()).ifPresent(f -> values.put(f, r.getWeight().doubleValue()));
        }
        return new RiskWeights(values);
    }

    public void saveWeight(RiskFactor factor, double weight) {
        int updated = dsl.update(RISK_WEIGHT).set(RISK_WEIGHT.WEIGHT, BigDecimal.valueOf(weight))
                .where(RISK_WEIGHT.FACTOR.eq(factor.code())).execute();
        if (updated == 0) {
            dsl.insertInto(RISK_WEIGHT).set(RISK_WEIGHT.FACTOR, factor.code())
                    .set(RISK_WEIGHT.POSITION, factor.ordinal())
                    .set(RISK_WEIGHT.WEIGHT, BigDecimal.valueOf(weight)).execute();
        }
    }

    /** The latest fiscal year before {@code before} in which each department was in a plan's scope. */
    public Map<Long, Integer> lastAuditYears(int before) {
        Map<Long, Integer> years = new HashMap<>();
        dsl.select(PLAN_DEPARTMENT.DEPARTMENT_ID, DSL.max(AUDIT_PLAN.FISCAL_YEAR))
                .from(PLAN_DEPARTMENT)
                .join(AUDIT_PLAN).on(AUDIT_PLAN.ID.eq(PLAN_DEPARTMENT.PLAN_ID))
                .where(AUDIT_PLAN.FISCAL_YEAR.lt(before))
                .groupBy(PLAN_DEPARTMENT.DEPARTMENT_ID)
                .fetch()
                .forEach(r -> years.put(r.value1(), r.value2()));
        return years;
    }

    public long insertDecision(int fiscalYear, ScopeRule rule, String decidedBy, OffsetDateTime at,
            List<ScopeDecision.Entry> entries) {
        long id = dsl.insertInto(SCOPE_DECISION)
                .set(SCOPE_DECISION.FISCAL_YEAR, fiscalYear)
                .set(SCOPE_DECISION.RULE, rule.kind().code())
                .set(SCOPE_DECISION.RULE_VALUE, BigDecimal.valueOf(rule.value()))
                .set(SCOPE_DECISION.DECIDED_BY, decidedBy)
                .set(SCOPE_DECISION.DECIDED_AT, at)
                .returningResult(SCOPE_DECISION.ID)
                .fetchSingle()
                .value1();
        int position = 0;
        for (ScopeDecision.Entry e : entries) {
            dsl.insertInto(SCOPE_DECISION_DEPARTMENT)
                    .set(SCOPE_DECISION_DEPARTMENT.DECISION_ID, id)
                    .set(SCOPE_DECISION_DEPARTMENT.DEPARTMENT_ID, e.department().id())
                    .set(SCOPE_DECISION_DEPARTMENT.POSITION, position++)
                    .set(SCOPE_DECISION_DEPARTMENT.SCORE, BigDecimal.valueOf(e.score()))
                    .set(SCOPE_DECISION_DEPARTMENT.REASONS_JA, e.reasons().ja())
                    .set(SCOPE_DECISION_DEPARTMENT.REASONS_EN, e.reasons().en())
                    .set(SCOPE_DECISION_DEPARTMENT.PROPOSED, e.proposed())
                    .set(SCOPE_DECISION_DEPARTMENT.INCLUDED, e.included())
                    .set(SCOPE_DECISION_DEPARTMENT.OVERRIDE_REASON, e.overrideReason())
                    .execute();
        }
        return id;
    }

    /** The current scope decision of a fiscal year: the latest one made. */
    public Optional<ScopeDecision> latestDecision(int fiscalYear) {
        var d = dsl.selectFrom(SCOPE_DECISION).where(SCOPE_DECISION.FISCAL_YEAR.eq(fiscalYear))
                .orderBy(SCOPE_DECISION.ID.desc()).limit(1).fetchOne();
        if (d == null) {
            return Optional.empty();
        }
        List<ScopeDecision.Entry> entries = dsl.select(SCOPE_DECISION_DEPARTMENT.fields()).select(DEPARTMENT.fields())
                .from(SCOPE_DECISION_DEPARTMENT)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(SCOPE_DECISION_DEPARTMENT.DEPARTMENT_ID))
                .where(SCOPE_DECISION_DEPARTMENT.DECISION_ID.eq(d.getId()))
                .orderBy(SCOPE_DECISION_DEPARTMENT.POSITION)
                .fetch(r -> new ScopeDecision.Entry(DepartmentRepository.map(r),
                        r.get(SCOPE_DECISION_DEPARTMENT.SCORE).doubleValue(),
                        new LocalizedText(r.get(SCOPE_DECISION_DEPARTMENT.REASONS_JA),
                                r.get(SCOPE_DECISION_DEPARTMENT.REASONS_EN)),
                        r.get(SCOPE_DECISION_DEPARTMENT.PROPOSED), r.get(SCOPE_DECISION_DEPARTMENT.INCLUDED),
                        r.get(SCOPE_DECISION_DEPARTMENT.OVERRIDE_REASON)));
        return Optional.of(new ScopeDecision(d.getId(), new FiscalYear(d.getFiscalYear()),
                new ScopeRule(ScopeRule.Kind.fromCode(d.getRule()), d.getRuleValue().doubleValue()),
                d.getDecidedBy(), d.getDecidedAt().toInstant(), entries));
    }
}
