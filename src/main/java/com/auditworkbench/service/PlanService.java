package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.PolicyReviewEntry;
import com.auditworkbench.domain.TemplateKind;
import com.auditworkbench.store.Workbench;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Planning: fiscal-year plans and the template snapshot they run on. */
public final class PlanService {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    static final String ENTITY = "plan";

    private final Workbench workbench;
    private final AuditTrail trail;

    PlanService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        this.trail = trail;
    }

    /** Creates the plan with a frozen copy of the template's items. */
    public Plan create(NewPlan plan, ChecklistTemplate template) {
        return create(plan, template, List.of());
    }

    /**
     * Creates the plan and carries the given open findings of earlier years into it (前回指摘事項): each becomes a
     * finding of the new plan linked to the original, where its follow-up is recorded and where it closes.
     */
    public Plan create(NewPlan plan, ChecklistTemplate template, List<Finding> carryForward) {
        validate(plan, template);
        return workbench.transaction(repositories -> {
            List<Department> departments = plan.departmentNames().stream()
                    .map(name -> repositories.departments().findOrCreate(name))
                    .toList();
            int year = plan.fiscalYear().year();
            int sequence = repositories.plans().countInFiscalYear(year) + 1;
            String code = String.format("FY%d-%02d", year, sequence);
            while (repositories.plans().codeExists(code)) {
                code = String.format("FY%d-%02d", year, ++sequence);
            }
            OffsetDateTime now = trail.now();
            long id = repositories.plans().insert(code, plan, departments, template, now);
            trail.record(repositories, "create", ENTITY, Long.toString(id), id, code + " " + plan.title(), null,
                    Map.of("code", code, "fiscalYear", year, "title", plan.title(), "template",
                            template.id() + " " + template.version(), "marking", plan.marking()));
            for (Finding earlier : carryForward) {
                if (earlier.planId() == id || !earlier.content().response().status().isOpen()) {
                    continue;
                }
                repositories.plans().addDepartment(id, earlier.department().id());
                long carried = repositories.findings().insert(id, earlier.department().id(), earlier.itemCode(),
                        earlier.content(), earlier.id(), now);
                trail.record(repositories, "carry-forward", FindingService.ENTITY, Long.toString(carried), id,
                        earlier.reference() + " " + earlier.title(), Map.of("from", earlier.id()),
                        Map.of("to", carried));
            }
            return repositories.plans().find(id).orElseThrow();
        });
    }

    private static void validate(NewPlan plan, ChecklistTemplate template) {
        if (plan.title() == null || plan.title().isBlank()) {
            throw new AuditException("plan.error.titleRequired");
        }
        if (plan.departmentNames().isEmpty()) {
            throw new AuditException("plan.error.departmentsRequired");
        }
        if (plan.periodStart() != null && plan.periodEnd() != null && plan.periodEnd().isBefore(plan.periodStart())) {
            throw new AuditException("plan.error.periodReversed");
        }
        if (plan.marking() == null || plan.marking().isBlank()) {
            throw new AuditException("plan.error.markingRequired");
        }
        if (template.kind() != TemplateKind.AUDIT) {
            throw new AuditException("plan.error.templateNotAudit", template.id());
        }
    }

    /** The Art. 12 review inputs of the plan, all five, in the article's order. */
    public List<PolicyReviewEntry> policyReview(long planId) {
        return workbench.transaction(r -> r.policyReview().entries(planId));
    }

    /** Saves one Art. 12 input when it changed, and logs the change. */
    public void savePolicyReview(long planId, PolicyReviewEntry entry) {
        workbench.run(r -> {
            PolicyReviewEntry before = r.policyReview().entries(planId).get(entry.input().articleItem() - 1);
            if (before.equals(entry)) {
                return;
            }
            r.policyReview().save(planId, entry, trail.now());
            trail.record(r, "edit", "policy-review", planId + "/" + entry.input().articleItem(), planId,
                    "第12条第" + entry.input().articleItem() + "号",
                    Map.of("observation", before.observation(), "proposal", before.proposal()),
                    Map.of("observation", entry.observation(), "proposal", entry.proposal()));
        });
    }

    public List<Plan> all() {
        return workbench.transaction(r -> r.plans().all());
    }

    public Plan get(long planId) {
        return workbench.transaction(r -> r.plans().find(planId))
                .orElseThrow(() -> new AuditException("plan.error.notFound", planId));
    }

    public List<ChecklistItem> items(long planId) {
        return workbench.transaction(r -> r.plans().items(planId));
    }

    /** How many items the plan has (a count, not a read of the items). */
    public int itemCount(long planId) {
        return workbench.transaction(r -> r.plans().itemCount(planId));
    }

    /**
     * The plan named on the command line: a fiscal year (2026) when that year has one plan, or a plan code
     * (FY2026-02).
     */
    public Plan resolve(String yearOrCode) {
        return workbench.transaction(r -> {
            if (YEAR.matcher(yearOrCode).matches()) {
                List<Plan> plans = r.plans().findByFiscalYear(Integer.parseInt(yearOrCode));
                if (plans.isEmpty()) {
                    throw new AuditException("plan.error.noPlanForYear", yearOrCode);
                }
                if (plans.size() > 1) {
                    throw new AuditException("plan.error.severalPlansForYear", yearOrCode,
                            String.join(", ", plans.stream().map(Plan::code).toList()));
                }
                return plans.get(0);
            }
            return r.plans().findByCode(yearOrCode)
                    .orElseThrow(() -> new AuditException("plan.error.codeNotFound", yearOrCode));
        });
    }
}
