package com.auditworkbench.ui.search;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.SearchHit;
import com.auditworkbench.service.SearchService;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Full-text search over notes, interviews and findings, in the selected plan or in all plans. Searches run in the
 * background; a later search replaces the hits of an earlier one that comes back after it.
 */
public final class SearchViewModel {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Supplier<Long> selectedPlanId;
    private final Consumer<SearchHit> onOpen;

    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty allPlans = new SimpleBooleanProperty(false);
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private long generation;

    public SearchViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages,
            Supplier<Long> selectedPlanId, Consumer<SearchHit> onOpen) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.selectedPlanId = selectedPlanId;
        this.onOpen = onOpen;
    }

    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        long mine = ++generation;
        if (text.isEmpty()) {
            hits.clear();
            summary.set("");
            return;
        }
        Long planId = allPlans.get() ? null : selectedPlanId.get();
        summary.set(messages.get("search.running"));
        tasks.run(p -> {
            long start = System.nanoTime();
            var found = session.search().search(text, planId);
            return new Found(found, (System.nanoTime() - start) / 1_000_000);
        }, found -> {
            if (mine != generation) {
                return;
            }
            boolean more = found.hits().size() > SearchService.MAX_HITS;
            hits.setAll(more ? found.hits().subList(0, SearchService.MAX_HITS) : found.hits());
            summary.set(messages.get(more ? "search.summary.more" : "search.summary", hits.size(), found.millis()));
        }, summary::set);
    }

    private record Found(java.util.List<SearchHit> hits, long millis) {
    }

    public void open(SearchHit hit) {
        if (hit != null) {
            onOpen.accept(hit);
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty allPlansProperty() {
        return allPlans;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
