package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.ReviewNote;
import com.auditworkbench.domain.ReviewNoteStatus;
import com.auditworkbench.store.Workbench;
import java.util.List;
import java.util.Map;

/** Review notes: the reviewer asks, the preparer answers, the reviewer clears; every step is kept and logged. */
public final class ReviewService {

    static final String ENTITY = "review-note";

    private final Workbench workbench;
    private final AuditTrail trail;

    ReviewService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        this.trail = trail;
    }

    public ReviewNote open(long planId, String targetType, String targetKey, String text) {
        Auditor user = trail.requireUser();
        requireText(text);
        return workbench.transaction(r -> {
            long id = r.reviews().open(planId, targetType, targetKey, user.id(), text.strip(), trail.now());
            trail.record(r, "review-open", ENTITY, Long.toString(id), planId, targetType + " " + targetKey + ": "
                    + text.strip(), null, Map.of("text", text.strip()));
            return r.reviews().find(id, r.auditors().byId()).orElseThrow();
        });
    }

    public ReviewNote answer(long noteId, String text) {
        return advance(noteId, ReviewNoteStatus.ANSWERED, text);
    }

    /** Clears a note: only the person who raised it may. */
    public ReviewNote clear(long noteId, String text) {
        return advance(noteId, ReviewNoteStatus.CLEARED, text == null || text.isBlank() ? "—" : text);
    }

    private ReviewNote advance(long noteId, ReviewNoteStatus status, String text) {
        Auditor user = trail.requireUser();
        requireText(text);
        return workbench.transaction(r -> {
            ReviewNote note = r.reviews().find(noteId, r.auditors().byId())
                    .orElseThrow(() -> new AuditException("review.error.noteNotFound", noteId));
            if (note.status() == ReviewNoteStatus.CLEARED) {
                throw new AuditException("review.error.noteCleared");
            }
            if (status == ReviewNoteStatus.CLEARED && note.author().id() != user.id()) {
                throw new AuditException("review.error.onlyAuthorClears", note.author().name());
            }
            r.reviews().advance(noteId, user.id(), status, text.strip(), trail.now());
            trail.record(r, status == ReviewNoteStatus.ANSWERED ? "review-answer" : "review-clear", ENTITY, Long.toString(noteId), note.planId(), text.strip(),
                    Map.of("status", note.status().code()), Map.of("status", status.code()));
            return r.reviews().find(noteId, r.auditors().byId()).orElseThrow();
        });
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new AuditException("review.error.textRequired");
        }
    }

    public List<ReviewNote> forTarget(String targetType, String targetKey) {
        return workbench.transaction(r -> r.reviews().forTarget(targetType, targetKey, r.auditors().byId()));
    }

    public List<ReviewNote> byPlan(long planId) {
        return workbench.transaction(r -> r.reviews().byPlan(planId, r.auditors().byId()));
    }
}
