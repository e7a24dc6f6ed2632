package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.ACTIVITY_EVENT;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.ActivityHash;
import com.auditworkbench.domain.ChainVerification;
import com.auditworkbench.store.schema.tables.records.ActivityEventRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The append-only activity log. Nothing here updates or deletes an event. */
public final class ActivityLogRepository {

    private static final int VERIFY_BATCH = 2_000;

    private final DSLContext dsl;

    ActivityLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Appends an event after the last one, chained to its hash; runs inside the caller's transaction. */
    public ActivityEvent append(Instant at, String actor, String action, String entityType, String entityKey,
            Long planId, String summary, String before, String after) {
        return appendAll(at, List.of(new NewEvent(actor, action, entityType, entityKey, planId, summary, before,
                after))).get(0);
    }

    /** One event to append, before it has its place in the chain. */
    public record NewEvent(String actor, String action, String entityType, String entityKey, Long planId,
            String summary, String before, String after) {
    }

    /**
     * Appends several events at one instant, chained one after the other, in one statement batch: an intake of
     * thousands of files writes its events without a round trip per event.
     */
    public List<ActivityEvent> appendAll(Instant at, List<NewEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Record last = dsl.select(ACTIVITY_EVENT.SEQ, ACTIVITY_EVENT.HASH).from(ACTIVITY_EVENT)
                .orderBy(ACTIVITY_EVENT.SEQ.desc()).limit(1).fetchOne();
        long sequence = last == null ? 0 : last.get(ACTIVITY_EVENT.SEQ);
        String previous = last == null ? ActivityHash.GENESIS : last.get(ACTIVITY_EVENT.HASH);
        Instant stored = Instant.ofEpochMilli(at.toEpochMilli());
        OffsetDateTime storedAt = OffsetDateTime.ofInstant(stored, ZoneOffset.UTC);
        List<ActivityEvent> appended = new java.util.ArrayList<>(events.size());
        var insert = dsl.batch(dsl.insertInto(ACTIVITY_EVENT, ACTIVITY_EVENT.SEQ, ACTIVITY_EVENT.OCCURRED_AT,
                ACTIVITY_EVENT.ACTOR, ACTIVITY_EVENT.ACTION, ACTIVITY_EVENT.ENTITY_TYPE, ACTIVITY_EVENT.ENTITY_KEY,
                ACTIVITY_EVENT.PLAN_ID, ACTIVITY_EVENT.SUMMARY, ACTIVITY_EVENT.BEFORE_JSON, ACTIVITY_EVENT.AFTER_JSON,
                ACTIVITY_EVENT.PREV_HASH, ACTIVITY_EVENT.HASH)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null));
        for (NewEvent e : events) {
            sequence++;
            String hash = ActivityHash.of(sequence, stored, e.actor(), e.action(), e.entityType(), e.entityKey(),
                    e.planId(), e.summary(), e.before(), e.after(), previous);
            insert.bind(sequence, storedAt, e.actor(), e.action(), e.entityType(), e.entityKey(), e.planId(),
                    e.summary(), e.before(), e.after(), previous, hash);
            appended.add(new ActivityEvent(sequence, stored, e.actor(), e.action(), e.entityType(), e.entityKey(),
                    e.planId(), e.summary(), e.before(), e.after(), previous, hash));
            previous = hash;
        }
        insert.execute();
        return appended;
    }

    public List<ActivityEvent> forEntity(String entityType, String entityKey) {
        return query(ACTIVITY_EVENT.ENTITY_TYPE.eq(entityType).and(ACTIVITY_EVENT.ENTITY_KEY.eq(entityKey)),
                Integer.MAX_VALUE);
    }

    /** The newest events first, optionally of one plan and containing a text. */
    public List<ActivityEvent> latest(Long planId, String text, int limit) {
        Condition condition = DSL.trueCondition();
        if (planId != null) {
            condition = condition.and(ACTIVITY_EVENT.PLAN_ID.eq(planId));
        }
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip() + "%";
            condition = condition.and(ACTIVITY_EVENT.SUMMARY.likeIgnoreCase(like)
                    .or(ACTIVITY_EVENT.ACTOR.likeIgnoreCase(like))
                    .or(ACTIVITY_EVENT.ACTION.likeIgnoreCase(like)));
        }
        return dsl.selectFrom(ACTIVITY_EVENT).where(condition).orderBy(ACTIVITY_EVENT.SEQ.desc()).limit(limit)
                .fetch(ActivityLogRepository::map);
    }

    public long count() {
        return dsl.fetchCount(ACTIVITY_EVENT);
    }

    /** The newest event's sequence and hash, or 0 and the genesis hash for an empty log. */
    public com.auditworkbench.domain.LogAnchor head(java.time.Instant at, String what) {
        var last = dsl.select(ACTIVITY_EVENT.SEQ, ACTIVITY_EVENT.HASH).from(ACTIVITY_EVENT)
                .orderBy(ACTIVITY_EVENT.SEQ.desc()).limit(1).fetchOne();
        return last == null ? new com.auditworkbench.domain.LogAnchor(0, ActivityHash.GENESIS, at, what)
                : new com.auditworkbench.domain.LogAnchor(last.value1(), last.value2(), at, what);
    }

    /** The sequence of the event with this hash, if the log holds one. */
    public java.util.Optional<Long> sequenceOf(String hash) {
        if (ActivityHash.GENESIS.equals(hash)) {
            return java.util.Optional.of(0L);
        }
        return dsl.select(ACTIVITY_EVENT.SEQ).from(ACTIVITY_EVENT).where(ACTIVITY_EVENT.HASH.eq(hash))
                .fetchOptional(ACTIVITY_EVENT.SEQ);
    }

    public String headHash() {
        return dsl.select(ACTIVITY_EVENT.HASH).from(ACTIVITY_EVENT).orderBy(ACTIVITY_EVENT.SEQ.desc()).limit(1)
                .fetchOptional(ACTIVITY_EVENT.HASH).orElse(ActivityHash.GENESIS);
    }

    private List<ActivityEvent> query(Condition condition, int limit) {
        return dsl.selectFrom(ACTIVITY_EVENT).where(condition).orderBy(ACTIVITY_EVENT.SEQ).limit(limit)
                .fetch(ActivityLogRepository::map);
    }

    /**
     * Recomputes every event's hash and link, in order, and names the first event that does not match: its
     * content was changed, an event before it was removed, or one was inserted.
     */
    public ChainVerification verify() {
        String previous = ActivityHash.GENESIS;
        long expected = 1;
        long checked = 0;
        long after = 0;
        while (true) {
            List<ActivityEvent> batch = dsl.selectFrom(ACTIVITY_EVENT).where(ACTIVITY_EVENT.SEQ.gt(after))
                    .orderBy(ACTIVITY_EVENT.SEQ).limit(VERIFY_BATCH).fetch(ActivityLogRepository::map);
            if (batch.isEmpty()) {
                return new ChainVerification(checked, null, null);
            }
            for (ActivityEvent event : batch) {
                if (event.sequence() != expected) {
                    return new ChainVerification(checked, event.sequence(), "verify.chain.gap");
                }
                if (!event.previousHash().equals(previous)) {
                    return new ChainVerification(checked, event.sequence(), "verify.chain.link");
                }
                if (!ActivityHash.of(event).equals(event.hash())) {
                    return new ChainVerification(checked, event.sequence(), "verify.chain.content");
                }
                previous = event.hash();
                expected++;
                checked++;
                after = event.sequence();
            }
        }
    }

    private static ActivityEvent map(ActivityEventRecord r) {
        return new ActivityEvent(r.getSeq(), r.getOccurredAt().toInstant(), r.getActor(), r.getAction(),
                r.getEntityType(), r.getEntityKey(), r.getPlanId(), r.getSummary(), r.getBeforeJson(),
                r.getAfterJson(), r.getPrevHash(), r.getHash());
    }
}
