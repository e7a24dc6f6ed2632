package com.auditworkbench.service;

import com.auditworkbench.domain.AnswerCounts;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.CampaignAnswer;
import com.auditworkbench.domain.CampaignDashboard;
import com.auditworkbench.domain.CampaignDashboard.CategoryCounts;
import com.auditworkbench.domain.CampaignDashboard.DepartmentRanking;
import com.auditworkbench.domain.CampaignDashboard.DepartmentStatus;
import com.auditworkbench.domain.CampaignResponse;
import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.IdentitySeal;
import com.auditworkbench.domain.ImportPreview;
import com.auditworkbench.domain.NewCampaign;
import com.auditworkbench.domain.Questionnaire;
import com.auditworkbench.domain.ReturnedQuestionnaire;
import com.auditworkbench.domain.SelfInspectionAnswer;
import com.auditworkbench.domain.SelfInspectionSummary;
import com.auditworkbench.domain.SelfInspectionSummary.DepartmentResult;
import com.auditworkbench.domain.TemplateKind;
import com.auditworkbench.store.Repositories;
import com.auditworkbench.store.Workbench;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Self-inspection campaigns (自己点検, Art. 11): creating one, the questionnaires it sends out, checking and
 * importing the answered files that come back, and what the answers say per department and category.
 */
public final class SelfInspectionService {

    static final String CAMPAIGN_ENTITY = "self-inspection-campaign";
    static final String RESPONSE_ENTITY = "self-inspection-response";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Workbench workbench;
    private final AuditTrail trail;

    SelfInspectionService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        this.trail = trail;
    }

    /** Creates the campaign with a frozen copy of the template's questions. */
    public Campaign create(NewCampaign campaign, ChecklistTemplate template) {
        validate(campaign, template);
        return workbench.transaction(r -> {
            List<Department> departments = campaign.departmentNames().stream()
                    .map(name -> r.departments().findOrCreate(name))
                    .toList();
            int year = campaign.fiscalYear().year();
            int sequence = r.campaigns().countInFiscalYear(year) + 1;
            String code = String.format("SI%d-%02d", year, sequence);
            while (r.campaigns().codeExists(code)) {
                code = String.format("SI%d-%02d", year, ++sequence);
            }
            long id = r.campaigns().insert(UUID.randomUUID().toString(), code, campaign, departments, template,
                    trail.now());
            identitySeal(r, id);
            trail.record(r, "create", CAMPAIGN_ENTITY, Long.toString(id), null, code + " " + campaign.title(), null,
                    Map.of("code", code, "fiscalYear", year, "title", campaign.title(), "deadline",
                            campaign.deadline().toString(), "departments", departments.size(), "template",
                            template.id() + " " + template.version()));
            return r.campaigns().find(id).orElseThrow();
        });
    }

    private static void validate(NewCampaign campaign, ChecklistTemplate template) {
        if (campaign.title().isBlank()) {
            throw new AuditException("campaign.error.titleRequired");
        }
        if (campaign.departmentNames().isEmpty()) {
            throw new AuditException("campaign.error.departmentsRequired");
        }
        if (campaign.deadline() == null) {
            throw new AuditException("campaign.error.deadlineRequired");
        }
        if (campaign.contact().isBlank()) {
            throw new AuditException("campaign.error.contactRequired");
        }
        if (campaign.marking().isBlank()) {
            throw new AuditException("campaign.error.markingRequired");
        }
        if (template.kind() != TemplateKind.SELF_INSPECTION
                || !SelfInspectionAnswer.SCALE.equals(template.answerScale())) {
            throw new AuditException("campaign.error.templateNotSelfInspection", template.id());
        }
    }

    /** The departments the workbench knows, from every plan and campaign: a new campaign starts from them. */
    public List<Department> knownDepartments() {
        return workbench.transaction(r -> r.departments().all());
    }

    public List<Campaign> all() {
        return workbench.transaction(r -> r.campaigns().all());
    }

    public Campaign get(long campaignId) {
        return workbench.transaction(r -> campaign(r, campaignId));
    }

    private static Campaign campaign(Repositories r, long campaignId) {
        return r.campaigns().find(campaignId)
                .orElseThrow(() -> new AuditException("campaign.error.notFound", campaignId));
    }

    public List<ChecklistItem> items(long campaignId) {
        return workbench.transaction(r -> r.campaigns().items(campaignId));
    }

    /** The campaign named on the command line: a fiscal year with one campaign (2026), or a code (SI2026-02). */
    public Campaign resolve(String yearOrCode) {
        return workbench.transaction(r -> {
            if (YEAR.matcher(yearOrCode).matches()) {
                List<Campaign> campaigns = r.campaigns().findByFiscalYear(Integer.parseInt(yearOrCode));
                if (campaigns.isEmpty()) {
                    throw new AuditException("campaign.error.noneForYear", yearOrCode);
                }
                if (campaigns.size() > 1) {
                    throw new AuditException("campaign.error.severalForYear", yearOrCode,
                            String.join(", ", campaigns.stream().map(Campaign::code).toList()));
                }
                return campaigns.get(0);
            }
            return r.campaigns().findByCode(yearOrCode)
                    .orElseThrow(() -> new AuditException("campaign.error.codeNotFound", yearOrCode));
        });
    }

    /**
     * The questionnaires to send: one per department, or only for the departments named (by name or code), for
     * re-issuing a lost file.
     */
    public List<Questionnaire> questionnaires(long campaignId, Collection<String> onlyDepartments) {
        return workbench.transaction(r -> {
            Campaign campaign = campaign(r, campaignId);
            List<ChecklistItem> items = r.campaigns().items(campaignId);
            List<Department> chosen = new ArrayList<>();
            for (String wanted : onlyDepartments) {
                chosen.add(campaign.departments().stream()
                        .filter(d -> d.name().equals(wanted.strip()) || d.code().equals(wanted.strip()))
                        .findFirst()
                        .orElseThrow(() -> new AuditException("campaign.error.departmentNotInCampaign", wanted,
                                campaign.code())));
            }
            List<Department> departments = chosen.isEmpty() ? campaign.departments() : chosen;
            IdentitySeal seal = identitySeal(r, campaignId);
            return departments.stream().distinct().map(d -> new Questionnaire(campaign, d, items, seal)).toList();
        });
    }

    /**
     * The seal of the campaign's questionnaires, with the campaign's key: made once from a strong random source,
     * kept only in the workbench (a campaign created before seals gets its key here, when first needed).
     */
    private static IdentitySeal identitySeal(Repositories r, long campaignId) {
        return new IdentitySeal(r.campaigns().identityKey(campaignId).orElseGet(() -> {
            byte[] key = new byte[IdentitySeal.KEY_BYTES];
            RANDOM.nextBytes(key);
            r.campaigns().setIdentityKey(campaignId, key);
            return key;
        }));
    }

    /**
     * Checks each returned file against the campaign and works out what importing it would change. Nothing is
     * saved: the user sees the previews first and confirms each file.
     */
    public List<ImportPreview> preview(long campaignId, List<ReturnedQuestionnaire> returned) {
        return workbench.transaction(r -> {
            Campaign campaign = campaign(r, campaignId);
            ResponseCheck check = new ResponseCheck(campaign, r.campaigns().items(campaignId),
                    identitySeal(r, campaignId), uuid -> r.campaigns().findByUuid(uuid).map(Campaign::code));
            Map<Long, CampaignResponse> latest = r.campaigns().latestResponses(campaignId);
            Map<Long, Map<String, CampaignAnswer>> latestAnswers = r.campaigns().answers(
                    latest.values().stream().map(CampaignResponse::id).toList());
            List<ImportPreview> previews = new ArrayList<>(returned.size());
            for (ReturnedQuestionnaire file : returned) {
                previews.add(check.preview(file, latest, latestAnswers));
            }
            return ResponseCheck.markDuplicates(previews);
        });
    }

    /**
     * Imports one previewed file in one transaction. Refused when the preview holds an error, or when the
     * department's answers changed since the preview was made (the diff the user confirmed would be wrong).
     */
    public CampaignResponse importResponse(ImportPreview preview) {
        requireImportable(preview);
        return workbench.transaction(r -> importResponse(r, preview));
    }

    /**
     * Imports every previewed file in one transaction, or none: a file that is refused, stale or fails to be
     * saved leaves the workbench as it was, whatever was imported before it.
     */
    public List<CampaignResponse> importResponses(List<ImportPreview> previews) {
        previews.forEach(SelfInspectionService::requireImportable);
        return workbench.transaction(r -> {
            List<CampaignResponse> imported = new ArrayList<>(previews.size());
            for (ImportPreview preview : previews) {
                imported.add(importResponse(r, preview));
            }
            return imported;
        });
    }

    private static void requireImportable(ImportPreview preview) {
        if (!preview.importable() || preview.department() == null) {
            throw new AuditException("response.error.refused", preview.returned().fileName());
        }
    }

    private CampaignResponse importResponse(Repositories r, ImportPreview preview) {
        Department department = preview.department();
        Long current = r.campaigns().latestResponse(preview.campaignId(), department.id())
                .map(CampaignResponse::id).orElse(null);
        Long confirmed = preview.replaces() == null ? null : preview.replaces().id();
        if (current == null ? confirmed != null : !current.equals(confirmed)) {
            throw new AuditException("response.error.stale", preview.returned().fileName(), department.name());
        }
        OffsetDateTime now = trail.now();
        long id = r.campaigns().insertResponse(preview.campaignId(), department.id(),
                preview.returned().fileName(), preview.returned().sha256(), preview.returned().respondent(),
                preview.answers(), preview.questions(), confirmed, now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("campaign", preview.campaignId());
        after.put("department", department.code());
        after.put("file", preview.returned().fileName());
        after.put("sha256", preview.returned().sha256());
        after.put("answered", preview.answered());
        after.put("changes", preview.changes().size());
        trail.record(r, preview.isReimport() ? "reimport" : "import", RESPONSE_ENTITY, Long.toString(id), null,
                department.name() + " " + preview.returned().fileName(),
                confirmed == null ? null : Map.of("response", confirmed), after);
        return new CampaignResponse(id, preview.campaignId(), department, preview.returned().fileName(),
                preview.returned().sha256(), preview.returned().respondent(), (int) preview.answered(),
                preview.questions(), now.toInstant());
    }

    /** The import history of the campaign, oldest first. */
    public List<CampaignResponse> responses(long campaignId) {
        return workbench.transaction(r -> r.campaigns().responses(campaignId));
    }

    /** The current answers of a department (its latest accepted response), by item code; empty if none came back. */
    public Map<String, CampaignAnswer> currentAnswers(long campaignId, long departmentId) {
        return workbench.transaction(r -> r.campaigns().latestResponse(campaignId, departmentId)
                .map(response -> r.campaigns().answers(response.id()))
                .orElse(Map.of()));
    }

    public CampaignDashboard dashboard(long campaignId) {
        return workbench.transaction(r -> {
            Results results = results(r, campaignId);
            List<DepartmentStatus> statuses = new ArrayList<>();
            Map<Category, AnswerCounts> perCategory = new EnumMap<>(Category.class);
            for (Category category : results.categories()) {
                perCategory.put(category, AnswerCounts.ZERO);
            }
            for (DepartmentResult result : results.departments()) {
                statuses.add(new DepartmentStatus(result.department(), result.response(), result.total()));
                result.perCategory().forEach((category, counts) -> perCategory.merge(category, counts,
                        AnswerCounts::plus));
            }
            List<CategoryCounts> categories = perCategory.entrySet().stream()
                    .map(e -> new CategoryCounts(e.getKey(), e.getValue())).toList();
            return new CampaignDashboard(results.campaign(), results.items().size(), statuses, categories,
                    ranking(results.departments()));
        });
    }

    /**
     * The departments that returned their questionnaire, most "not in place" (実施していない) answers first, then
     * most "partly"; the candidates for the next audit plan's scope.
     */
    public List<DepartmentRanking> rankByNotInPlace(long campaignId) {
        return workbench.transaction(r -> ranking(results(r, campaignId).departments()));
    }

    /** The results per department and category, for the committee workbook's self-inspection sheet. */
    public SelfInspectionSummary summary(long campaignId) {
        return workbench.transaction(r -> {
            Results results = results(r, campaignId);
            return new SelfInspectionSummary(results.campaign(), results.items().size(), results.departments(),
                    trail.clock().instant());
        });
    }

    private static List<DepartmentRanking> ranking(List<DepartmentResult> departments) {
        Comparator<DepartmentResult> order = Comparator
                .comparingInt((DepartmentResult d) -> d.total().notDone()).reversed()
                .thenComparing(Comparator.comparingInt((DepartmentResult d) -> d.total().partly()).reversed());
        List<DepartmentResult> sorted = departments.stream().filter(DepartmentResult::returned).sorted(order)
                .toList();
        List<DepartmentRanking> ranking = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            AnswerCounts counts = sorted.get(i).total();
            int rank = i + 1;
            if (i > 0 && order.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
                rank = ranking.get(i - 1).rank();
            }
            ranking.add(new DepartmentRanking(rank, sorted.get(i).department(), counts.notDone(), counts.partly()));
        }
        return ranking;
    }

    private record Results(Campaign campaign, List<ChecklistItem> items, List<Category> categories,
            List<DepartmentResult> departments) {
    }

    private static Results results(Repositories r, long campaignId) {
        Campaign campaign = campaign(r, campaignId);
        List<ChecklistItem> items = r.campaigns().items(campaignId);
        List<Category> categories = items.stream().map(ChecklistItem::category).distinct().sorted().toList();
        Map<Long, CampaignResponse> latest = r.campaigns().latestResponses(campaignId);
        Map<Long, Map<String, CampaignAnswer>> answers = r.campaigns().answers(
                latest.values().stream().map(CampaignResponse::id).toList());
        List<DepartmentResult> departments = new ArrayList<>();
        for (Department department : campaign.departments()) {
            CampaignResponse response = latest.get(department.id());
            Map<Category, AnswerCounts> perCategory = new EnumMap<>(Category.class);
            if (response != null) {
                Map<String, CampaignAnswer> given = answers.getOrDefault(response.id(), Map.of());
                for (ChecklistItem item : items) {
                    CampaignAnswer answer = given.get(item.code());
                    perCategory.merge(item.category(), AnswerCounts.ZERO.plus(answer == null ? null : answer.answer()),
                            AnswerCounts::plus);
                }
            }
            departments.add(new DepartmentResult(department, response, perCategory));
        }
        return new Results(campaign, items, categories, departments);
    }
}
