package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.TemplateKind;
import com.auditworkbench.store.Workbench;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

/** Planning: fiscal-year plans and the template snapshot they run on. */
public final class PlanService {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Workbench workbench;
    private final Clock clock;

    PlanService(Workbench workbench, Clock clock) {
        this.workbench = workbench;
        this.clock = clock;
    }

    /** Creates the plan with a frozen copy of the template's items. */
    public Plan create(NewPlan plan, ChecklistTemplate template) {
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
            long id = repositories.plans().insert(code, plan, departments, template, OffsetDateTime.now(clock));
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
