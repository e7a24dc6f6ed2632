package com.auditworkbench.service;

import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FindingContent;
import com.auditworkbench.domain.Interview;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.SearchHit;
import com.auditworkbench.store.Repositories;
import com.auditworkbench.store.Workbench;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Full-text search over every result's notes, every interview and every finding of the workbench. The index is
 * built in memory on first use (the workbench file stays the only copy at rest) and kept current from the
 * activity trail: each logged change marks its entity, which is read again before the next search.
 */
public final class SearchService {

    /** Most hits a search returns; the screen says when there are more. */
    public static final int MAX_HITS = 500;

    private static final int SNIPPET_BEFORE = 20;
    private static final int SNIPPET_LENGTH = 80;

    private final Workbench workbench;
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private volatile boolean rebuild = true;
    private TextIndex<Doc> index;

    private record Doc(SearchHit.Kind kind, long planId, String key, String reference, String text) {
    }

    SearchService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        trail.onRecorded(this::changed);
    }

    private void changed(String entityType, String entityKey) {
        switch (entityType) {
            case FieldworkService.ENTITY, FindingService.ENTITY, InterviewService.ENTITY ->
                    changed.add(entityType + "\u0000" + entityKey);
            case PlanService.ENTITY -> rebuild = true;
            default -> {
                // nothing of other entities is searched
            }
        }
    }

    /** Builds the index now, if it is not built: call it in the background once a workbench is open. */
    public synchronized int prepare() {
        refresh();
        return index.size();
    }

    /**
     * Hits for every word of the query (words separated by spaces), in one plan or, with {@code planId} null, in
     * all; at most {@link #MAX_HITS} + 1, so the caller can tell there are more.
     */
    public synchronized List<SearchHit> search(String query, Long planId) {
        refresh();
        List<Doc> docs = index.search(query, MAX_HITS + 1, d -> planId == null || d.planId() == planId);
        List<String> words = List.of(TextIndex.normalize(query).strip().split("\\s+"));
        List<SearchHit> hits = new ArrayList<>(docs.size());
        for (Doc d : docs) {
            hits.add(new SearchHit(d.kind(), d.planId(), d.key(), d.reference(), snippet(d.text(), words.get(0))));
        }
        return hits;
    }

    private void refresh() {
        if (rebuild || index == null) {
            rebuild = false;
            changed.clear();
            index = build();
            return;
        }
        if (changed.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(changed);
        changed.removeAll(keys);
        workbench.run(r -> {
            Map<Long, Auditor> auditors = r.auditors().byId();
            for (String k : keys) {
                int split = k.indexOf('\u0000');
                reindex(r, k.substring(0, split), k.substring(split + 1), auditors);
            }
        });
    }

    private void reindex(Repositories r, String entityType, String key, Map<Long, Auditor> auditors) {
        String indexKey = entityType + "\u0000" + key;
        switch (entityType) {
            case FieldworkService.ENTITY -> {
                String[] parts = key.split("/", 3);
                r.checklist().row(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2], auditors)
                        .ifPresentOrElse(row -> index.put(indexKey, doc(row), row.notes()),
                                () -> index.remove(indexKey));
            }
            case FindingService.ENTITY -> r.findings().find(Long.parseLong(key), auditors).ifPresentOrElse(
                    f -> putFinding(r, f, auditors), () -> index.remove(indexKey));
            case InterviewService.ENTITY -> r.interviews().find(Long.parseLong(key), auditors).ifPresentOrElse(
                    this::putInterview, () -> index.remove(indexKey));
            default -> throw new IllegalStateException(entityType);
        }
    }

    private TextIndex<Doc> build() {
        TextIndex<Doc> fresh = new TextIndex<>();
        index = fresh;
        workbench.run(r -> {
            Map<Long, Auditor> auditors = r.auditors().byId();
            for (Plan plan : r.plans().all()) {
                for (ChecklistRow row : r.checklist().rows(plan.id(), auditors)) {
                    if (!row.notes().isBlank()) {
                        fresh.put(FieldworkService.ENTITY + "\u0000" + row.key(), doc(row), row.notes());
                    }
                }
                for (Finding f : r.findings().byPlan(plan.id(), auditors)) {
                    putFinding(r, f, auditors);
                }
            }
            r.interviews().all(auditors).forEach(this::putInterview);
        });
        return fresh;
    }

    private static Doc doc(ChecklistRow row) {
        return new Doc(SearchHit.Kind.RESULT, row.planId(), row.key(),
                row.item().code() + " " + row.department().name(), row.notes());
    }

    private void putFinding(Repositories r, Finding f, Map<Long, Auditor> auditors) {
        FindingContent c = f.content();
        StringBuilder text = new StringBuilder();
        for (String part : List.of(c.title(), c.condition(), c.criteria(), c.cause(), c.effect(),
                c.recommendation(), c.response().text())) {
            if (!part.isBlank()) {
                text.append(part).append('\n');
            }
        }
        r.findings().followUps(f.id(), auditors).forEach(n -> text.append(n.note()).append('\n'));
        String key = Long.toString(f.id());
        index.put(FindingService.ENTITY + "\u0000" + key,
                new Doc(SearchHit.Kind.FINDING, f.planId(), key, f.reference() + " " + f.title(), text.toString()),
                text.toString());
    }

    private void putInterview(Interview i) {
        String text = i.interviewee() + "\n" + i.intervieweeRole() + "\n" + i.summary();
        index.put(InterviewService.ENTITY + "\u0000" + i.key(), new Doc(SearchHit.Kind.INTERVIEW, i.planId(),
                i.key(), i.interviewee() + "（" + i.department().name() + "）", text), text);
    }

    /** The text around the first match of the word, on one line. */
    static String snippet(String text, String word) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        int at = TextIndex.normalize(flat).indexOf(word);
        if (at < 0 || TextIndex.normalize(flat).length() != flat.length()) {
            at = 0;
        }
        int start = Math.max(0, at - SNIPPET_BEFORE);
        int end = Math.min(flat.length(), start + SNIPPET_LENGTH);
        return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
    }
}
