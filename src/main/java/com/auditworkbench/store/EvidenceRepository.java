package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.EVIDENCE;
import static com.auditworkbench.store.schema.Tables.EVIDENCE_LINK;
import static com.auditworkbench.store.schema.Tables.EVIDENCE_VAULT_KEY;
import static com.auditworkbench.store.schema.Tables.EVIDENCE_VERIFICATION;

import com.auditworkbench.domain.Evidence;
import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.EvidenceTarget;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Evidence records, what each supports, when each was last verified, and the vault's data key. */
public final class EvidenceRepository {

    private final DSLContext dsl;

    EvidenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The vault's data key, made on first use; it never leaves the encrypted workbench except in memory. */
    public byte[] vaultKey(byte[] fresh, OffsetDateTime at) {
        Optional<byte[]> existing = dsl.select(EVIDENCE_VAULT_KEY.KEY_BYTES).from(EVIDENCE_VAULT_KEY)
                .where(EVIDENCE_VAULT_KEY.ID.eq(1)).fetchOptional(EVIDENCE_VAULT_KEY.KEY_BYTES);
        if (existing.isPresent()) {
            return existing.get();
        }
        dsl.insertInto(EVIDENCE_VAULT_KEY)
                .set(EVIDENCE_VAULT_KEY.ID, 1)
                .set(EVIDENCE_VAULT_KEY.KEY_BYTES, fresh)
                .set(EVIDENCE_VAULT_KEY.CREATED_AT, at)
                .execute();
        return fresh;
    }

    /** One new evidence record of an intake, before it has an id and a number. */
    public record NewEvidence(String sha256, long size, String fileName, String originalName, String mediaType,
            String storageRef) {
    }

    /**
     * Inserts the records of one intake as one statement batch (one statement, many bind sets), numbered after the
     * plan's last; returns them in the order given, without links. Row by row, with a read back of each, this took
     * about 2 ms a file.
     */
    public List<Evidence> insertAll(long planId, List<NewEvidence> rows, String collectedBy, EvidenceDetails details,
            OffsetDateTime at) {
        if (rows.isEmpty()) {
            return List.of();
        }
        // Stored to the microsecond (the column's precision): the records returned say what a read would.
        OffsetDateTime intakeAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        int last = dsl.select(DSL.coalesce(DSL.max(EVIDENCE.NUMBER), 0)).from(EVIDENCE)
                .where(EVIDENCE.PLAN_ID.eq(planId)).fetchSingle().value1();
        var insert = dsl.batch(dsl.insertInto(EVIDENCE, EVIDENCE.PLAN_ID, EVIDENCE.NUMBER, EVIDENCE.SHA256,
                EVIDENCE.SIZE_BYTES, EVIDENCE.FILE_NAME, EVIDENCE.ORIGINAL_NAME, EVIDENCE.MEDIA_TYPE,
                EVIDENCE.COLLECTED_BY, EVIDENCE.OBTAINED_FROM, EVIDENCE.EFFECTIVE_DATE, EVIDENCE.INTAKE_AT,
                EVIDENCE.DESCRIPTION, EVIDENCE.CLASSIFICATION, EVIDENCE.STORAGE_REF)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        int number = last;
        for (NewEvidence row : rows) {
            insert.bind(planId, ++number, row.sha256(), row.size(), row.fileName(), row.originalName(),
                    row.mediaType(), collectedBy, details.obtainedFrom(), details.effectiveDate(), intakeAt,
                    details.description(), details.classification(), row.storageRef());
        }
        insert.execute();
        Map<Integer, Long> idByNumber = new HashMap<>();
        dsl.select(EVIDENCE.NUMBER, EVIDENCE.ID).from(EVIDENCE)
                .where(EVIDENCE.PLAN_ID.eq(planId).and(EVIDENCE.NUMBER.gt(last)))
                .forEach(r -> idByNumber.put(r.value1(), r.value2()));
        List<Evidence> inserted = new ArrayList<>(rows.size());
        number = last;
        for (NewEvidence row : rows) {
            number++;
            long id = java.util.Objects.requireNonNull(idByNumber.get(number), "evidence number " + number);
            inserted.add(new Evidence(id, planId, number, row.sha256(), row.size(), row.fileName(),
                    row.originalName(), row.mediaType(), collectedBy, details.obtainedFrom(),
                    details.effectiveDate(), intakeAt.toInstant(), details.description(), details.classification(),
                    List.of(), null, null));
        }
        return inserted;
    }

    /** Evidence of a plan with any of these hashes: hash → id. */
    public Map<String, Long> idsByHash(long planId, Collection<String> sha256s) {
        Map<String, Long> ids = new HashMap<>();
        if (sha256s.isEmpty()) {
            return ids;
        }
        dsl.select(EVIDENCE.SHA256, EVIDENCE.ID).from(EVIDENCE)
                .where(EVIDENCE.PLAN_ID.eq(planId).and(EVIDENCE.SHA256.in(sha256s)))
                .forEach(r -> ids.put(r.value1(), r.value2()));
        return ids;
    }

    /** The links these evidence records already have. */
    public Set<EvidenceLinkKey> linksOf(Collection<Long> evidenceIds) {
        Set<EvidenceLinkKey> links = new HashSet<>();
        if (evidenceIds.isEmpty()) {
            return links;
        }
        dsl.select(EVIDENCE_LINK.EVIDENCE_ID, EVIDENCE_LINK.TARGET_KIND, EVIDENCE_LINK.TARGET_KEY).from(EVIDENCE_LINK)
                .where(EVIDENCE_LINK.EVIDENCE_ID.in(evidenceIds))
                .forEach(r -> links.add(new EvidenceLinkKey(r.value1(),
                        new EvidenceTarget(EvidenceTarget.Kind.valueOf(r.value2()), r.value3()))));
        return links;
    }

    /** One link of a piece of evidence to what it supports. */
    public record EvidenceLinkKey(long evidenceId, EvidenceTarget target) {
    }

    /** Inserts links known to be new, as one statement batch. */
    public void insertLinks(List<EvidenceLinkKey> links, OffsetDateTime at, String by) {
        if (links.isEmpty()) {
            return;
        }
        var insert = dsl.batch(dsl.insertInto(EVIDENCE_LINK, EVIDENCE_LINK.EVIDENCE_ID, EVIDENCE_LINK.TARGET_KIND,
                EVIDENCE_LINK.TARGET_KEY, EVIDENCE_LINK.LINKED_AT, EVIDENCE_LINK.LINKED_BY)
                .values((Long) null, null, null, null, null));
        for (EvidenceLinkKey link : links) {
            insert.bind(link.evidenceId(), link.target().kind().name(), link.target().key(), at, by);
        }
        insert.execute();
    }

    /** These records, by id. */
    public Map<Long, Evidence> findAll(Collection<Long> evidenceIds) {
        Map<Long, Evidence> found = new HashMap<>();
        if (evidenceIds.isEmpty()) {
            return found;
        }
        select(EVIDENCE.ID.in(evidenceIds)).forEach(e -> found.put(e.id(), e));
        return found;
    }

    /** Links evidence to a target; false when that link already existed. */
    public boolean link(long evidenceId, EvidenceTarget target, OffsetDateTime at, String by) {
        boolean exists = dsl.fetchExists(EVIDENCE_LINK, EVIDENCE_LINK.EVIDENCE_ID.eq(evidenceId)
                .and(EVIDENCE_LINK.TARGET_KIND.eq(target.kind().name()))
                .and(EVIDENCE_LINK.TARGET_KEY.eq(target.key())));
        if (exists) {
            return false;
        }
        dsl.insertInto(EVIDENCE_LINK)
                .set(EVIDENCE_LINK.EVIDENCE_ID, evidenceId)
                .set(EVIDENCE_LINK.TARGET_KIND, target.kind().name())
                .set(EVIDENCE_LINK.TARGET_KEY, target.key())
                .set(EVIDENCE_LINK.LINKED_AT, at)
                .set(EVIDENCE_LINK.LINKED_BY, by)
                .execute();
        return true;
    }

    public boolean unlink(long evidenceId, EvidenceTarget target) {
        return dsl.deleteFrom(EVIDENCE_LINK).where(EVIDENCE_LINK.EVIDENCE_ID.eq(evidenceId)
                .and(EVIDENCE_LINK.TARGET_KIND.eq(target.kind().name()))
                .and(EVIDENCE_LINK.TARGET_KEY.eq(target.key()))).execute() > 0;
    }

    public void recordVerification(long evidenceId, OffsetDateTime at, String sha256, String outcome, String detail) {
        dsl.mergeInto(EVIDENCE_VERIFICATION)
                .using(DSL.selectOne())
                .on(EVIDENCE_VERIFICATION.EVIDENCE_ID.eq(evidenceId))
                .whenMatchedThenUpdate()
                .set(EVIDENCE_VERIFICATION.VERIFIED_AT, at)
                .set(EVIDENCE_VERIFICATION.VERIFIED_SHA256, sha256)
                .set(EVIDENCE_VERIFICATION.OUTCOME, outcome)
                .set(EVIDENCE_VERIFICATION.DETAIL, detail)
                .whenNotMatchedThenInsert(EVIDENCE_VERIFICATION.EVIDENCE_ID, EVIDENCE_VERIFICATION.VERIFIED_AT,
                        EVIDENCE_VERIFICATION.VERIFIED_SHA256, EVIDENCE_VERIFICATION.OUTCOME,
                        EVIDENCE_VERIFICATION.DETAIL)
                .values(evidenceId, at, sha256, outcome, detail)
                .execute();
    }

    public Optional<Evidence> find(long evidenceId) {
        List<Evidence> found = select(EVIDENCE.ID.eq(evidenceId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** All evidence of a plan, in number order; all evidence of the workbench when planId is null. */
    public List<Evidence> all(Long planId) {
        return select(planId == null ? DSL.noCondition() : EVIDENCE.PLAN_ID.eq(planId));
    }

    public List<Evidence> linkedTo(EvidenceTarget target) {
        return select(EVIDENCE.ID.in(DSL.select(EVIDENCE_LINK.EVIDENCE_ID).from(EVIDENCE_LINK)
                .where(EVIDENCE_LINK.TARGET_KIND.eq(target.kind().name())
                        .and(EVIDENCE_LINK.TARGET_KEY.eq(target.key())))));
    }

    /** Evidence count per result key ({@code planId/departmentId/itemCode}) of a plan. */
    public Map<String, Integer> countsByResult(long planId) {
        Map<String, Integer> counts = new HashMap<>();
        dsl.select(EVIDENCE_LINK.TARGET_KEY, DSL.count())
                .from(EVIDENCE_LINK).join(EVIDENCE).on(EVIDENCE.ID.eq(EVIDENCE_LINK.EVIDENCE_ID))
                .where(EVIDENCE.PLAN_ID.eq(planId).and(EVIDENCE_LINK.TARGET_KIND.eq(EvidenceTarget.Kind.RESULT.name())))
                .groupBy(EVIDENCE_LINK.TARGET_KEY)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Evidence of a plan never verified, failing its last check, or whose hash changed since. */
    public int unverifiedCount(long planId) {
        return dsl.fetchCount(DSL.select(EVIDENCE.ID).from(EVIDENCE)
                .leftJoin(EVIDENCE_VERIFICATION).on(EVIDENCE_VERIFICATION.EVIDENCE_ID.eq(EVIDENCE.ID))
                .where(EVIDENCE.PLAN_ID.eq(planId))
                .and(EVIDENCE_VERIFICATION.EVIDENCE_ID.isNull()
                        .or(EVIDENCE_VERIFICATION.OUTCOME.ne(Evidence.OUTCOME_OK))
                        .or(EVIDENCE_VERIFICATION.VERIFIED_SHA256.ne(EVIDENCE.SHA256))));
    }

    public Set<String> storageRefs() {
        return new HashSet<>(dsl.selectDistinct(EVIDENCE.STORAGE_REF).from(EVIDENCE).fetch(EVIDENCE.STORAGE_REF));
    }

    /** SHA-256 → vault reference of every piece of evidence in the workbench, so equal bytes are stored once. */
    public Map<String, String> refsByHash() {
        Map<String, String> refs = new HashMap<>();
        dsl.select(EVIDENCE.SHA256, EVIDENCE.STORAGE_REF).from(EVIDENCE)
                .forEach(r -> refs.putIfAbsent(r.value1(), r.value2()));
        return refs;
    }

    public long count() {
        return dsl.fetchCount(EVIDENCE);
    }

    public String storageRef(long evidenceId) {
        return dsl.select(EVIDENCE.STORAGE_REF).from(EVIDENCE).where(EVIDENCE.ID.eq(evidenceId))
                .fetchSingle(EVIDENCE.STORAGE_REF);
    }

    private List<Evidence> select(Condition condition) {
        var rows = dsl.select(EVIDENCE.asterisk(), EVIDENCE_VERIFICATION.VERIFIED_AT,
                        EVIDENCE_VERIFICATION.OUTCOME, EVIDENCE_VERIFICATION.VERIFIED_SHA256)
                .from(EVIDENCE)
                .leftJoin(EVIDENCE_VERIFICATION).on(EVIDENCE_VERIFICATION.EVIDENCE_ID.eq(EVIDENCE.ID))
                .where(condition)
                .orderBy(EVIDENCE.PLAN_ID, EVIDENCE.NUMBER)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EvidenceTarget>> links = new LinkedHashMap<>();
        Condition linkCondition = rows.size() == 1 ? EVIDENCE_LINK.EVIDENCE_ID.eq(rows.get(0).get(EVIDENCE.ID))
                : EVIDENCE_LINK.EVIDENCE_ID.in(DSL.select(EVIDENCE.ID).from(EVIDENCE).where(condition));
        dsl.selectFrom(EVIDENCE_LINK).where(linkCondition)
                .orderBy(EVIDENCE_LINK.LINKED_AT, EVIDENCE_LINK.TARGET_KIND, EVIDENCE_LINK.TARGET_KEY)
                .forEach(l -> links.computeIfAbsent(l.getEvidenceId(), k -> new ArrayList<>()).add(
                        new EvidenceTarget(EvidenceTarget.Kind.valueOf(l.getTargetKind()), l.getTargetKey())));
        // Results first, then interviews, then findings; each in key order.
        links.values().forEach(l -> l.sort(java.util.Comparator.comparing(EvidenceTarget::kind)
                .thenComparing(EvidenceTarget::key)));
        List<Evidence> result = new ArrayList<>(rows.size());
        for (Record r : rows) {
            long id = r.get(EVIDENCE.ID);
            OffsetDateTime verifiedAt = r.get(EVIDENCE_VERIFICATION.VERIFIED_AT);
            String outcome = r.get(EVIDENCE_VERIFICATION.OUTCOME);
            String verifiedSha = r.get(EVIDENCE_VERIFICATION.VERIFIED_SHA256);
            if (verifiedSha != null && !verifiedSha.equals(r.get(EVIDENCE.SHA256))) {
                verifiedAt = null;
                outcome = null;
            }
            Instant verifiedInstant = verifiedAt == null ? null : verifiedAt.toInstant();
            result.add(new Evidence(id, r.get(EVIDENCE.PLAN_ID), r.get(EVIDENCE.NUMBER), r.get(EVIDENCE.SHA256),
                    r.get(EVIDENCE.SIZE_BYTES), r.get(EVIDENCE.FILE_NAME), r.get(EVIDENCE.ORIGINAL_NAME),
                    r.get(EVIDENCE.MEDIA_TYPE), r.get(EVIDENCE.COLLECTED_BY), r.get(EVIDENCE.OBTAINED_FROM),
                    r.get(EVIDENCE.EFFECTIVE_DATE), r.get(EVIDENCE.INTAKE_AT).toInstant(),
                    r.get(EVIDENCE.DESCRIPTION), r.get(EVIDENCE.CLASSIFICATION),
                    links.getOrDefault(id, List.of()), verifiedInstant, outcome));
        }
        return result;
    }
}
