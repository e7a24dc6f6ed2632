package com.auditworkbench.ui.template;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.IsoControls;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.TemplateUpgrade;
import com.auditworkbench.domain.TemplateVersion;
import com.auditworkbench.domain.Threat;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.template.TemplateCoverage;
import com.auditworkbench.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The template browser: the shipped and imported templates, the selected one's items under the category, segment
 * and threat filters, its coverage, importing a city's own file, and offering the selected plan a newer version.
 */
public final class TemplateBrowserViewModel {

    private final WorkbenchSession session;
    private final TemplateCatalog catalog;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableValue<Plan> plan;

    private final ObservableList<TemplateCatalog.Entry> templates = FXCollections.observableArrayList();
    private final ObjectProperty<TemplateCatalog.Entry> selected = new SimpleObjectProperty<>();
    private final ObservableList<ChecklistItem> items = FXCollections.observableArrayList();
    private final FilteredList<ChecklistItem> visibleItems = new FilteredList<>(items);
    private final ObjectProperty<FilterChoice<Category>> category = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoice<Segment>> segment = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoice<Threat>> threat = new SimpleObjectProperty<>();
    private final ObjectProperty<TemplateCoverage> coverage = new SimpleObjectProperty<>();
    private final StringProperty isoText = new SimpleStringProperty("");
    private final StringProperty countText = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<ChecklistTemplate> upgrade = new SimpleObjectProperty<>();

    public TemplateBrowserViewModel(WorkbenchSession session, TemplateCatalog catalog, TaskRunner tasks,
            Messages messages, ObservableValue<Plan> plan) {
        this.session = session;
        this.catalog = catalog;
        this.tasks = tasks;
        this.messages = messages;
        this.plan = plan;
        selected.addListener((obs, old, entry) -> show(entry));
        category.addListener((obs, old, now) -> refilter());
        segment.addListener((obs, old, now) -> refilter());
        threat.addListener((obs, old, now) -> refilter());
        visibleItems.addListener((javafx.collections.ListChangeListener<ChecklistItem>) c -> count());
        plan.addListener((obs, old, now) -> checkUpgrade());
    }

    public List<FilterChoice<Category>> categoryChoices() {
        List<FilterChoice<Category>> choices = new ArrayList<>(List.of(all()));
        for (Category c : Category.values()) {
            choices.add(new FilterChoice<>(c, messages.get(c.messageKey())));
        }
        return choices;
    }

    public List<FilterChoice<Segment>> segmentChoices() {
        List<FilterChoice<Segment>> choices = new ArrayList<>(List.of(all()));
        for (Segment s : Segment.values()) {
            choices.add(new FilterChoice<>(s, messages.get(s.messageKey())));
        }
        return choices;
    }

    public List<FilterChoice<Threat>> threatChoices() {
        List<FilterChoice<Threat>> choices = new ArrayList<>(List.of(all()));
        for (Threat t : Threat.values()) {
            choices.add(new FilterChoice<>(t, messages.get(t.messageKey())));
        }
        return choices;
    }

    private <E> FilterChoice<E> all() {
        return new FilterChoice<>(null, messages.get("templates.filter.all"));
    }

    /** Reads the catalog in the background, keeping the selection where it can. */
    public void load() {
        String keep = selected.get() == null ? null : key(selected.get().template());
        tasks.run(p -> catalog.all(), loaded -> {
            templates.setAll(loaded);
            selected.set(loaded.stream().filter(e -> key(e.template()).equals(keep)).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.get(0)));
            checkUpgrade();
        }, status::set);
    }

    private static String key(ChecklistTemplate template) {
        return template.id() + "@" + template.version();
    }

    /** Imports a file; its defects, if any, go to {@code onDefects} as {@code file:line:column: sentence}. */
    public void importFile(Path file, Consumer<List<String>> onDefects) {
        status.set(messages.get("templates.importing", file.getFileName()));
        tasks.run(p -> catalog.importFile(file), outcome -> {
            if (!outcome.defects().isEmpty()) {
                status.set(messages.get("templates.defects.header", file.getFileName(), outcome.defects().size()));
                onDefects.accept(outcome.defects().stream().map(d -> d.describe(messages)).toList());
                return;
            }
            ChecklistTemplate template = outcome.template();
            status.set(messages.get(outcome.stored() ? "templates.imported.done" : "templates.imported.same",
                    template.id(), template.version()));
            selected.set(null);
            tasks.run(p -> catalog.all(), loaded -> {
                templates.setAll(loaded);
                selected.set(loaded.stream().filter(e -> key(e.template()).equals(key(template))).findFirst()
                        .orElse(null));
                checkUpgrade();
            }, status::set);
        }, status::set);
    }

    /** Looks in the background for a newer version of the selected plan's template. */
    public void checkUpgrade() {
        Plan current = plan.getValue();
        if (current == null) {
            upgrade.set(null);
            return;
        }
        tasks.run(p -> TemplateVersion.newestAfter(current.templateId(), current.templateVersion(),
                catalog.templates()), newest -> {
            if (plan.getValue() == current) {
                upgrade.set(newest.orElse(null));
                newest.ifPresent(t -> status.set(messages.get("templates.upgrade.available", current.code(),
                        current.templateVersion(), t.version())));
            }
        }, status::set);
    }

    public void previewUpgrade(Consumer<TemplateUpgrade> then) {
        Plan current = plan.getValue();
        ChecklistTemplate newer = upgrade.get();
        if (current == null || newer == null) {
            return;
        }
        tasks.run(p -> session.templateLibrary().previewUpgrade(current.id(), newer), then, status::set);
    }

    /** Applies the newer version to the plan; {@code onApplied} receives the plan as it now stands. */
    public void applyUpgrade(Consumer<Plan> onApplied) {
        Plan current = plan.getValue();
        ChecklistTemplate newer = upgrade.get();
        if (current == null || newer == null) {
            return;
        }
        tasks.run(p -> {
            TemplateUpgrade done = session.templateLibrary().applyUpgrade(current.id(), newer);
            return new Applied(done, session.plans().get(current.id()));
        }, applied -> {
            TemplateUpgrade done = applied.upgrade();
            status.set(messages.get("templates.upgrade.applied", applied.plan().code(), done.toVersion(),
                    done.diff().added().size(), done.diff().changed().size(), done.removedCount(),
                    done.keptBecauseOfResults().size()));
            upgrade.set(null);
            onApplied.accept(applied.plan());
        }, status::set);
    }

    private record Applied(TemplateUpgrade upgrade, Plan plan) {
    }

    private void show(TemplateCatalog.Entry entry) {
        if (entry == null) {
            items.clear();
            coverage.set(null);
            isoText.set("");
            return;
        }
        items.setAll(entry.template().items());
        TemplateCoverage figures = TemplateCoverage.of(entry.template());
        coverage.set(figures);
        isoText.set(messages.get("templates.coverage.iso", figures.isoReached().size(), IsoControls.all().size()));
        count();
    }

    private void refilter() {
        Category c = category.get() == null ? null : category.get().value();
        Segment s = segment.get() == null ? null : segment.get().value();
        Threat t = threat.get() == null ? null : threat.get().value();
        visibleItems.setPredicate(item -> (c == null || item.category() == c)
                && (s == null || item.segments().contains(s))
                && (t == null || item.threats().contains(t)));
    }

    private void count() {
        countText.set(messages.get("templates.items", items.size(), visibleItems.size()));
    }

    public ObservableList<TemplateCatalog.Entry> templates() {
        return templates;
    }

    public ObjectProperty<TemplateCatalog.Entry> selectedProperty() {
        return selected;
    }

    public FilteredList<ChecklistItem> visibleItems() {
        return visibleItems;
    }

    public ObjectProperty<FilterChoice<Category>> categoryProperty() {
        return category;
    }

    public ObjectProperty<FilterChoice<Segment>> segmentProperty() {
        return segment;
    }

    public ObjectProperty<FilterChoice<Threat>> threatProperty() {
        return threat;
    }

    public ObjectProperty<TemplateCoverage> coverageProperty() {
        return coverage;
    }

    public StringProperty isoTextProperty() {
        return isoText;
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<ChecklistTemplate> upgradeProperty() {
        return upgrade;
    }

    public ObservableValue<Plan> plan() {
        return plan;
    }
}
