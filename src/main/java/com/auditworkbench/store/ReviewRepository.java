package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.REVIEW_NOTE;
import static com.auditworkbench.store.schema.Tables.REVIEW_NOTE_ENTRY;

import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.ReviewNote;
import com.auditworkbench.domain.ReviewNoteStatus;
import com.auditworkbench.store.schema.tables.records.ReviewNoteRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Review notes and every step of their history. */
public final class ReviewRepository {

    private final DSLContext dsl;

    ReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long open(long planId, String targetType, String targetKey, long authorId, String text, OffsetDateTime at) {
        long id = dsl.insertInto(REVIEW_NOTE)
                .set(REVIEW_NOTE.PLAN_ID, planId)
                .set(REVIEW_NOTE.TARGET_TYPE, targetType)
                .set(REVIEW_NOTE.TARGET_KEY, targetKey)
                .set(REVIEW_NOTE.AUTHOR_ID, authorId)
                .set(REVIEW_NOTE.STATUS, ReviewNoteStatus.OPEN.code())
                .set(REVIEW_NOTE.CREATED_AT, at)
                .returningResult(REVIEW_NOTE.ID)
                .fetchSingle()
                .value1();
        addEntry(id, authorId, ReviewNoteStatus.OPEN, text, at);
        return id;
    }

    public void advance(long noteId, long authorId, ReviewNoteStatus status, String text, OffsetDateTime at) {
        dsl.update(REVIEW_NOTE).set(REVIEW_NOTE.STATUS, status.code()).where(REVIEW_NOTE.ID.eq(noteId)).execute();
        addEntry(noteId, authorId, status, text, at);
    }

    private void addEntry(long noteId, long authorId, ReviewNoteStatus status, String text, OffsetDateTime at) {
        dsl.insertInto(REVIEW_NOTE_ENTRY)
                .set(REVIEW_NOTE_ENTRY.NOTE_ID, noteId)
                .set(REVIEW_NOTE_ENTRY.AUTHOR_ID, authorId)
                .set(REVIEW_NOTE_ENTRY.STATUS, status.code())
                .set(REVIEW_NOTE_ENTRY.TEXT, text)
                .set(REVIEW_NOTE_ENTRY.CREATED_AT, at)
                .execute();
    }

    public Optional<ReviewNote> find(long noteId, Map<Long, Auditor> auditors) {
        return select(REVIEW_NOTE.ID.eq(noteId), auditors).stream().findFirst();
    }

    public List<ReviewNote> forTarget(String targetType, String targetKey, Map<Long, Auditor> auditors) {
        return select(REVIEW_NOTE.TARGET_TYPE.eq(targetType).and(REVIEW_NOTE.TARGET_KEY.eq(targetKey)), auditors);
    }

    public List<ReviewNote> byPlan(long planId, Map<Long, Auditor> auditors) {
        return select(REVIEW_NOTE.PLAN_ID.eq(planId), auditors);
    }

    private List<ReviewNote> select(Condition condition, Map<Long, Auditor> auditors) {
        return dsl.selectFrom(REVIEW_NOTE).where(condition).orderBy(REVIEW_NOTE.ID).fetch(r -> map(r, auditors));
    }

    private ReviewNote map(ReviewNoteRecord r, Map<Long, Auditor> auditors) {
        List<ReviewNote.Entry> entries = dsl.selectFrom(REVIEW_NOTE_ENTRY)
                .where(REVIEW_NOTE_ENTRY.NOTE_ID.eq(r.getId()))
                .orderBy(REVIEW_NOTE_ENTRY.ID)
                .fetch(e -> new ReviewNote.Entry(auditors.get(e.getAuthorId()),
                        ReviewNoteStatus.fromCode(e.getStatus()).orElse(ReviewNoteStatus.OPEN), e.getText(),
                        e.getCreatedAt().toInstant()));
        return new ReviewNote(r.getId(), r.getPlanId(), r.getTargetType(), r.getTargetKey(),
                auditors.get(r.getAuthorId()), ReviewNoteStatus.fromCode(r.getStatus()).orElse(ReviewNoteStatus.OPEN),
                r.getCreatedAt().toInstant(), entries);
    }
}
