package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.SI_ANSWER;
import static com.auditworkbench.store.schema.Tables.SI_CAMPAIGN;
import static com.auditworkbench.store.schema.Tables.SI_CAMPAIGN_DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.SI_CAMPAIGN_ITEM;
import static com.auditworkbench.store.schema.Tables.SI_RESPONSE;

import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.CampaignAnswer;
import com.auditworkbench.domain.CampaignResponse;
import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.LocalizedText;
import com.auditworkbench.domain.NetworkModel;
import com.auditworkbench.domain.NewCampaign;
import com.auditworkbench.domain.SelfInspectionAnswer;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.Threat;
import com.auditworkbench.store.schema.tables.records.SiAnswerRecord;
import com.auditworkbench.store.schema.tables.records.SiCampaignItemRecord;
import com.auditworkbench.store.schema.tables.records.SiCampaignRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Self-inspection campaigns, the frozen copy of the questions each sent out, and the responses that came back.
 * Responses are only ever added: a department's latest response is its current answer set.
 */
public final class CampaignRepository {

    /** The longest comment the store keeps, as the migration declares it: a longer one is refused, not cut. */
    public static final int MAX_COMMENT_CHARS = SI_ANSWER.COMMENT.getDataType().length();
    /** The longest respondent the store keeps, as the migration declares it. */
    public static final int MAX_RESPONDENT_CHARS = SI_RESPONSE.RESPONDENT.getDataType().length();
    /** The longest file name the store keeps, as the migration declares it. */
    public static final int MAX_FILE_NAME_CHARS = SI_RESPONSE.FILE_NAME.getDataType().length();

    private static final String LIST_SEPARATOR = ",";

    private final DSLContext dsl;

    CampaignRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(String uuid, String code, NewCampaign campaign, List<Department> departments,
            ChecklistTemplate template, OffsetDateTime createdAt) {
        long id = dsl.insertInto(SI_CAMPAIGN)
                .set(SI_CAMPAIGN.UUID, uuid)
                .set(SI_CAMPAIGN.CODE, code)
                .set(SI_CAMPAIGN.FISCAL_YEAR, campaign.fiscalYear().year())
                .set(SI_CAMPAIGN.TITLE, campaign.title())
                .set(SI_CAMPAIGN.DEADLINE, campaign.deadline())
                .set(SI_CAMPAIGN.CONTACT, campaign.contact())
                .set(SI_CAMPAIGN.MARKING, campaign.marking())
                .set(SI_CAMPAIGN.TEMPLATE_ID, template.id())
                .set(SI_CAMPAIGN.IDENTITY_KEY, freshIdentityKey())
                .set(SI_CAMPAIGN.TEMPLATE_VERSION, template.version())
                .set(SI_CAMPAIGN.TEMPLATE_TITLE_JA, template.title().ja())
                .set(SI_CAMPAIGN.TEMPLATE_TITLE_EN, template.title().en())
                .set(SI_CAMPAIGN.CREATED_AT, createdAt)
                .returningResult(SI_CAMPAIGN.ID)
                .fetchSingle()
                .value1();
        int position = 0;
        for (Department department : departments) {
            dsl.insertInto(SI_CAMPAIGN_DEPARTMENT)
                    .set(SI_CAMPAIGN_DEPARTMENT.CAMPAIGN_ID, id)
                    .set(SI_CAMPAIGN_DEPARTMENT.DEPARTMENT_ID, department.id())
                    .set(SI_CAMPAIGN_DEPARTMENT.POSITION, position++)
                    .execute();
        }
        List<SiCampaignItemRecord> items = new ArrayList<>();
        for (ChecklistItem item : template.items()) {
            items.add(toRecord(id, items.size(), item));
        }
        dsl.batchInsert(items).execute();
        return id;
    }

    private SiCampaignItemRecord toRecord(long campaignId, int position, ChecklistItem item) {
        SiCampaignItemRecord r = dsl.newRecord(SI_CAMPAIGN_ITEM);
        r.setCampaignId(campaignId);
        r.setItemCode(item.code());
        r.setPosition(position);
        r.setCategory(item.category().code());
        r.setTitleJa(item.title().ja());
        r.setTitleEn(item.title().en());
        r.setArticles(String.join(LIST_SEPARATOR, item.articles()));
        r.setThreats(codes(item.threats(), Threat::code));
        r.setSegments(codes(item.segments(), Segment::code));
        r.setNetworkModels(codes(item.networkModels(), NetworkModel::code));
        r.setPriority(item.priority());
        r.setQuestionJa(item.question().ja());
        r.setQuestionEn(item.question().en());
        r.setExplanationJa(item.explanation().ja());
        r.setExplanationEn(item.explanation().en());
        r.setIsoControls(String.join(LIST_SEPARATOR, item.isoControls()));
        return r;
    }

    private static <E extends Enum<E>> String codes(Collection<E> values, Function<E, String> code) {
        return values.stream().sorted().map(code).collect(Collectors.joining(LIST_SEPARATOR));
    }

    public List<ChecklistItem> items(long campaignId) {
        return dsl.selectFrom(SI_CAMPAIGN_ITEM)
                .where(SI_CAMPAIGN_ITEM.CAMPAIGN_ID.eq(campaignId))
                .orderBy(SI_CAMPAIGN_ITEM.POSITION)
                .fetch(CampaignRepository::toItem);
    }

    private static ChecklistItem toItem(SiCampaignItemRecord r) {
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
                LocalizedText.of(""),
                List.of(),
                new LocalizedText(r.getQuestionJa(), r.getQuestionEn()),
                new LocalizedText(r.getExplanationJa(), r.getExplanationEn()),
                split(r.getIsoControls()));
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(LIST_SEPARATOR));
    }

    public List<Campaign> all() {
        return dsl.selectFrom(SI_CAMPAIGN)
                .orderBy(SI_CAMPAIGN.FISCAL_YEAR.desc(), SI_CAMPAIGN.CODE)
                .fetch()
                .map(this::toCampaign);
    }

    public Optional<Campaign> find(long campaignId) {
        return dsl.selectFrom(SI_CAMPAIGN).where(SI_CAMPAIGN.ID.eq(campaignId)).fetchOptional()
                .map(this::toCampaign);
    }

    public Optional<Campaign> findByUuid(String uuid) {
        return dsl.selectFrom(SI_CAMPAIGN).where(SI_CAMPAIGN.UUID.eq(uuid)).fetchOptional().map(this::toCampaign);
    }

    public Optional<Campaign> findByCode(String code) {
        return dsl.selectFrom(SI_CAMPAIGN).where(SI_CAMPAIGN.CODE.eq(code)).fetchOptional().map(this::toCampaign);
    }

    public List<Campaign> findByFiscalYear(int year) {
        return dsl.selectFrom(SI_CAMPAIGN).where(SI_CAMPAIGN.FISCAL_YEAR.eq(year)).orderBy(SI_CAMPAIGN.CODE)
                .fetch().map(this::toCampaign);
    }

    public int countInFiscalYear(int year) {
        return dsl.fetchCount(SI_CAMPAIGN, SI_CAMPAIGN.FISCAL_YEAR.eq(year));
    }

    public boolean codeExists(String code) {
        return dsl.fetchExists(SI_CAMPAIGN, SI_CAMPAIGN.CODE.eq(code));
    }

    private Campaign toCampaign(SiCampaignRecord r) {
        List<Department> departments = dsl.select(DEPARTMENT.fields())
                .from(SI_CAMPAIGN_DEPARTMENT)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(SI_CAMPAIGN_DEPARTMENT.DEPARTMENT_ID))
                .where(SI_CAMPAIGN_DEPARTMENT.CAMPAIGN_ID.eq(r.getId()))
                .orderBy(SI_CAMPAIGN_DEPARTMENT.POSITION)
                .fetch(DepartmentRepository::map);
        return new Campaign(
                r.getId(),
                r.getUuid(),
                r.getCode(),
                new FiscalYear(r.getFiscalYear()),
                r.getTitle(),
                r.getDeadline(),
                r.getContact(),
                r.getMarking(),
                departments,
                r.getTemplateId(),
                r.getTemplateVersion(),
                new LocalizedText(r.getTemplateTitleJa(), r.getTemplateTitleEn()),
                r.getCreatedAt().toInstant());
    }

    /** The campaign's key for sealing questionnaire identities; empty for a campaign created before seals. */
    public Optional<byte[]> identityKey(long campaignId) {
        return dsl.select(SI_CAMPAIGN.IDENTITY_KEY).from(SI_CAMPAIGN).where(SI_CAMPAIGN.ID.eq(campaignId))
                .fetchOptional(SI_CAMPAIGN.IDENTITY_KEY);
    }

    /** Stores the campaign's key once; a key already there is never replaced (it sealed files sent out). */
    public void setIdentityKey(long campaignId, byte[] key) {
        int updated = dsl.update(SI_CAMPAIGN).set(SI_CAMPAIGN.IDENTITY_KEY, key)
                .where(SI_CAMPAIGN.ID.eq(campaignId).and(SI_CAMPAIGN.IDENTITY_KEY.isNull()))
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("campaign " + campaignId + " has a questionnaire key already");
        }
    }

    /** Saves one accepted file and its answers; runs inside the caller's transaction. */
    public long insertResponse(long campaignId, long departmentId, String fileName, String sha256, String respondent,
            List<CampaignAnswer> answers, int questions, Long replacesId, OffsetDateTime at) {
        int answered = (int) answers.stream().filter(CampaignAnswer::isAnswered).count();
        long id = dsl.insertInto(SI_RESPONSE)
                .set(SI_RESPONSE.CAMPAIGN_ID, campaignId)
                .set(SI_RESPONSE.DEPARTMENT_ID, departmentId)
                .set(SI_RESPONSE.FILE_NAME, fileName)
                .set(SI_RESPONSE.FILE_SHA256, sha256)
                .set(SI_RESPONSE.RESPONDENT, respondent)
                .set(SI_RESPONSE.ANSWERED, answered)
                .set(SI_RESPONSE.QUESTIONS, questions)
                .set(SI_RESPONSE.IMPORTED_AT, at)
                .set(SI_RESPONSE.REPLACES_ID, replacesId)
                .returningResult(SI_RESPONSE.ID)
                .fetchSingle()
                .value1();
        if (!answers.isEmpty()) {
            // One multi-row statement: a questionnaire's answers land in a single round trip.
            var insert = dsl.insertInto(SI_ANSWER, SI_ANSWER.RESPONSE_ID, SI_ANSWER.CAMPAIGN_ID, SI_ANSWER.ITEM_CODE,
                    SI_ANSWER.ANSWER, SI_ANSWER.COMMENT);
            for (CampaignAnswer answer : answers) {
                insert = insert.values(id, campaignId, answer.itemCode(),
                        answer.answer() == null ? null : answer.answer().code(), answer.comment());
            }
            insert.execute();
        }
        return id;
    }

    /** The latest accepted response of each department that has returned its questionnaire, by department id. */
    public Map<Long, CampaignResponse> latestResponses(long campaignId) {
        var latest = dsl.select(SI_RESPONSE.DEPARTMENT_ID, DSL.max(SI_RESPONSE.ID).as("latest_id"))
                .from(SI_RESPONSE)
                .where(SI_RESPONSE.CAMPAIGN_ID.eq(campaignId))
                .groupBy(SI_RESPONSE.DEPARTMENT_ID)
                .asTable("latest");
        Map<Long, CampaignResponse> responses = new LinkedHashMap<>();
        dsl.select(SI_RESPONSE.fields())
                .select(DEPARTMENT.fields())
                .from(SI_RESPONSE)
                .join(latest).on(SI_RESPONSE.ID.eq(latest.field("latest_id", Long.class)))
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(SI_RESPONSE.DEPARTMENT_ID))
                .orderBy(SI_RESPONSE.ID)
                .fetch(CampaignRepository::toResponse)
                .forEach(response -> responses.put(response.department().id(), response));
        return responses;
    }

    public Optional<CampaignResponse> latestResponse(long campaignId, long departmentId) {
        return dsl.select(SI_RESPONSE.fields())
                .select(DEPARTMENT.fields())
                .from(SI_RESPONSE)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(SI_RESPONSE.DEPARTMENT_ID))
                .where(SI_RESPONSE.CAMPAIGN_ID.eq(campaignId).and(SI_RESPONSE.DEPARTMENT_ID.eq(departmentId)))
                .orderBy(SI_RESPONSE.ID.desc())
                .limit(1)
                .fetchOptional(CampaignRepository::toResponse);
    }

    /** Every response of the campaign, oldest first: the import history. */
    public List<CampaignResponse> responses(long campaignId) {
        return dsl.select(SI_RESPONSE.fields())
                .select(DEPARTMENT.fields())
                .from(SI_RESPONSE)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(SI_RESPONSE.DEPARTMENT_ID))
                .where(SI_RESPONSE.CAMPAIGN_ID.eq(campaignId))
                .orderBy(SI_RESPONSE.ID)
                .fetch(CampaignRepository::toResponse);
    }

    private static CampaignResponse toResponse(Record r) {
        return new CampaignResponse(
                r.get(SI_RESPONSE.ID),
                r.get(SI_RESPONSE.CAMPAIGN_ID),
                DepartmentRepository.map(r),
                r.get(SI_RESPONSE.FILE_NAME),
                r.get(SI_RESPONSE.FILE_SHA256),
                r.get(SI_RESPONSE.RESPONDENT),
                r.get(SI_RESPONSE.ANSWERED),
                r.get(SI_RESPONSE.QUESTIONS),
                r.get(SI_RESPONSE.IMPORTED_AT).toInstant());
    }

    /** The answers of one response, by item code. */
    public Map<String, CampaignAnswer> answers(long responseId) {
        Map<String, CampaignAnswer> answers = new HashMap<>();
        for (SiAnswerRecord r : dsl.selectFrom(SI_ANSWER).where(SI_ANSWER.RESPONSE_ID.eq(responseId)).fetch()) {
            answers.put(r.getItemCode(), toAnswer(r));
        }
        return answers;
    }

    /** The answers of the given responses, by response id and item code, in one query. */
    public Map<Long, Map<String, CampaignAnswer>> answers(Collection<Long> responseIds) {
        Map<Long, Map<String, CampaignAnswer>> answers = new HashMap<>();
        if (responseIds.isEmpty()) {
            return answers;
        }
        for (SiAnswerRecord r : dsl.selectFrom(SI_ANSWER).where(SI_ANSWER.RESPONSE_ID.in(responseIds)).fetch()) {
            answers.computeIfAbsent(r.getResponseId(), k -> new HashMap<>()).put(r.getItemCode(), toAnswer(r));
        }
        return answers;
    }

    private static CampaignAnswer toAnswer(SiAnswerRecord r) {
        SelfInspectionAnswer answer = r.getAnswer() == null ? null
                : SelfInspectionAnswer.fromCode(r.getAnswer()).orElseThrow(
                        () -> new IllegalStateException("unknown stored answer " + r.getAnswer()));
        return new CampaignAnswer(r.getItemCode(), answer, r.getComment());
    }

    /** A campaign's questionnaire seal key: 32 bytes from a strong random source, made when the campaign is. */
    private static byte[] freshIdentityKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }
}
