package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.AUDIT_PLAN;
import static com.auditworkbench.store.schema.Tables.DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.PLAN_DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.PLAN_ITEM;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.LocalizedText;
import com.auditworkbench.domain.NetworkModel;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.Threat;
import com.auditworkbench.store.schema.tables.records.AuditPlanRecord;
import com.auditworkbench.store.schema.tables.records.PlanItemRecord;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Plans and the frozen copy of the template items each plan runs on. */
public final class PlanRepository {

    private static final String LIST_SEPARATOR = ",";
    private static final String LINE_SEPARATOR = "\n";

    private final DSLContext dsl;

    PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(String code, NewPlan plan, List<Department> departments, ChecklistTemplate template,
            OffsetDateTime createdAt) {
        long planId = dsl.insertInto(AUDIT_PLAN)
                .set(AUDIT_PLAN.CODE, code)
                .set(AUDIT_PLAN.FISCAL_YEAR, plan.fiscalYear().year())
                .set(AUDIT_PLAN.TITLE, plan.title())
                .set(AUDIT_PLAN.OBJECTIVE, plan.objective())
                .set(AUDIT_PLAN.PERIOD_START, plan.periodStart())
                .set(AUDIT_PLAN.PERIOD_END, plan.periodEnd())
                .set(AUDIT_PLAN.MARKING, plan.marking())
                .set(AUDIT_PLAN.LEAD_AUDITOR, plan.leadAuditor())
                .set(AUDIT_PLAN.TEMPLATE_ID, template.id())
                .set(AUDIT_PLAN.TEMPLATE_VERSION, template.version())
                .set(AUDIT_PLAN.TEMPLATE_TITLE_JA, template.title().ja())
                .set(AUDIT_PLAN.TEMPLATE_TITLE_EN, template.title().en())
                .set(AUDIT_PLAN.CREATED_AT, createdAt)
                .returningResult(AUDIT_PLAN.ID)
                .fetchSingle()
                .value1();
        int position = 0;
        for (Department department : departments) {
            dsl.insertInto(PLAN_DEPARTMENT)
                    .set(PLAN_DEPARTMENT.PLAN_ID, planId)
                    .set(PLAN_DEPARTMENT.DEPARTMENT_ID, department.id())
                    .set(PLAN_DEPARTMENT.POSITION, position++)
                    .execute();
        }
        insertItems(planId, template.items());
        return planId;
    }

    /** Adds a department to a plan after its creation (a carried-forward finding's department). */
    public void addDepartment(long planId, long departmentId) {
        if (dsl.fetchExists(PLAN_DEPARTMENT, PLAN_DEPARTMENT.PLAN_ID.eq(planId)
                .and(PLAN_DEPARTMENT.DEPARTMENT_ID.eq(departmentId)))) {
            return;
        }
        int position = dsl.fetchCount(PLAN_DEPARTMENT, PLAN_DEPARTMENT.PLAN_ID.eq(planId));
        dsl.insertInto(PLAN_DEPARTMENT)
                .set(PLAN_DEPARTMENT.PLAN_ID, planId)
                .set(PLAN_DEPARTMENT.DEPARTMENT_ID, departmentId)
                .set(PLAN_DEPARTMENT.POSITION, position)
                .execute();
    }

    /** The items each auditee of the plan is assigned; an auditee not in the map has every item. */
    public java.util.Map<Long, com.auditworkbench.domain.AuditeeScope> scopes(long planId) {
        java.util.Map<Long, com.auditworkbench.domain.AuditeeScope> scopes = new java.util.HashMap<>();
        for (var r : dsl.selectFrom(PLAN_DEPARTMENT).where(PLAN_DEPARTMENT.PLAN_ID.eq(planId)).fetch()) {
            scopes.put(r.getDepartmentId(), com.auditworkbench.domain.AuditeeScope.parse(r.getScopeCategories(),
                    r.getScopeSegments()));
        }
        return scopes;
    }

    public void setScope(long planId, long departmentId, com.auditworkbench.domain.AuditeeScope scope) {
        dsl.update(PLAN_DEPARTMENT)
                .set(PLAN_DEPARTMENT.SCOPE_CATEGORIES, scope.categoryCodes())
                .set(PLAN_DEPARTMENT.SCOPE_SEGMENTS, scope.segmentCodes())
                .where(PLAN_DEPARTMENT.PLAN_ID.eq(planId).and(PLAN_DEPARTMENT.DEPARTMENT_ID.eq(departmentId)))
                .execute();
    }

    private void insertItems(long planId, List<ChecklistItem> items) {
        List<PlanItemRecord> records = new java.util.ArrayList<>(items.size());
        for (ChecklistItem item : items) {
            records.add(toRecord(planId, records.size(), item));
        }
        dsl.batchInsert(records).execute();
    }

    private PlanItemRecord toRecord(long planId, int position, ChecklistItem item) {
        PlanItemRecord r = dsl.newRecord(PLAN_ITEM);
        r.setPlanId(planId);
        r.setItemCode(item.code());
        r.setPosition(position);
        fill(r, item);
        return r;
    }

    /** Writes an item's content into its snapshot row; the one place that knows the row format. */
    static void fill(PlanItemRecord r, ChecklistItem item) {
        r.setCategory(item.category().code());
        r.setTitleJa(item.title().ja());
        r.setTitleEn(item.title().en());
        r.setArticles(String.join(LIST_SEPARATOR, item.articles()));
        r.setThreats(codes(item.threats(), Threat::code));
        r.setSegments(codes(item.segments(), Segment::code));
        r.setNetworkModels(codes(item.networkModels(), NetworkModel::code));
        r.setPriority(item.priority());
        r.setProcedureJa(item.procedure().ja());
        r.setProcedureEn(item.procedure().en());
        r.setEvidence(String.join(LINE_SEPARATOR, item.evidenceExamples()));
        r.setQuestionJa(item.question().ja());
        r.setQuestionEn(item.question().en());
        r.setExplanationJa(item.explanation().ja());
        r.setExplanationEn(item.explanation().en());
        r.setIsoControls(String.join(LIST_SEPARATOR, item.isoControls()));
    }

    private static <E extends Enum<E>> String codes(Collection<E> values, Function<E, String> code) {
        return values.stream().sorted().map(code).collect(Collectors.joining(LIST_SEPARATOR));
    }

    public List<ChecklistItem> items(long planId) {
        return dsl.selectFrom(PLAN_ITEM)
                .where(PLAN_ITEM.PLAN_ID.eq(planId))
                .orderBy(PLAN_ITEM.POSITION)
                .fetch(PlanRepository::toItem);
    }

    /** How many items the plan has, without reading them. */
    public int itemCount(long planId) {
        return dsl.fetchCount(PLAN_ITEM, PLAN_ITEM.PLAN_ID.eq(planId));
    }

    static ChecklistItem toItem(PlanItemRecord r) {
        return new ChecklistItem(
                r.getItemCode(),
                new LocalizedText(r.getTitleJa(), r.getTitleEn()),
                Category.fromCode(r.getCategory()).orElseThrow(),
                split(r.getArticles()),
                split(r.getThreats()).stream().map(c -> Threat.fromCode(c).orElseThrow()).collect(Collectors.toSet()),
                split(r.getSegments()).stream().map(c -> Segment.fromCode(c).orElseThrow()).collect(Collectors.toSet()),
                split(r.getNetworkModels()).stream().map(c -> NetworkModel.fromCode(c).orElseThrow())
                        .collect(Collectors.toSet()),
                r.getPriority(),
                new LocalizedText(r.getProcedureJa(), r.getProcedureEn()),
                r.getEvidence().isEmpty() ? List.of() : List.of(r.getEvidence().split(LINE_SEPARATOR)),
                new LocalizedText(r.getQuestionJa(), r.getQuestionEn()),
                new LocalizedText(r.getExplanationJa(), r.getExplanationEn()),
                split(r.getIsoControls()));
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(LIST_SEPARATOR));
    }

    public List<Plan> all() {
        return dsl.selectFrom(AUDIT_PLAN)
                .orderBy(AUDIT_PLAN.FISCAL_YEAR.desc(), AUDIT_PLAN.CODE)
                .fetch()
                .map(this::toPlan);
    }

    public Optional<Plan> find(long planId) {
        return dsl.selectFrom(AUDIT_PLAN).where(AUDIT_PLAN.ID.eq(planId)).fetchOptional().map(this::toPlan);
    }

    public Optional<Plan> findByCode(String code) {
        return dsl.selectFrom(AUDIT_PLAN).where(AUDIT_PLAN.CODE.eq(code)).fetchOptional().map(this::toPlan);
    }

    public List<Plan> findByFiscalYear(int year) {
        return dsl.selectFrom(AUDIT_PLAN).where(AUDIT_PLAN.FISCAL_YEAR.eq(year)).orderBy(AUDIT_PLAN.CODE)
                .fetch().map(this::toPlan);
    }

    public int countInFiscalYear(int year) {
        return dsl.fetchCount(AUDIT_PLAN, AUDIT_PLAN.FISCAL_YEAR.eq(year));
    }

    public boolean codeExists(String code) {
        return dsl.fetchExists(AUDIT_PLAN, AUDIT_PLAN.CODE.eq(code));
    }

    private Plan toPlan(AuditPlanRecord r) {
        List<Department> departments = dsl.select(DEPARTMENT.fields())
                .from(PLAN_DEPARTMENT)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(PLAN_DEPARTMENT.DEPARTMENT_ID))
                .where(PLAN_DEPARTMENT.PLAN_ID.eq(r.getId()))
                .orderBy(PLAN_DEPARTMENT.POSITION)
                .fetch(DepartmentRepository::map);
        return new Plan(
                r.getId(),
                r.getCode(),
                new FiscalYear(r.getFiscalYear()),
                r.getTitle(),
                r.getObjective(),
                departments,
                r.getPeriodStart(),
                r.getPeriodEnd(),
                r.getMarking(),
                r.getLeadAuditor(),
                r.getTemplateId(),
                r.getTemplateVersion(),
                new LocalizedText(r.getTemplateTitleJa(), r.getTemplateTitleEn()),
                r.getCreatedAt().toInstant());
    }
}
