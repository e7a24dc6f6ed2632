package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.ImportedTemplate;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.TemplateDiff;
import com.auditworkbench.domain.TemplateUpgrade;
import com.auditworkbench.domain.TemplateVersion;
import com.auditworkbench.store.Repositories;
import com.auditworkbench.store.Workbench;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The templates a city imported into the workbench, and moving a plan's frozen snapshot to a newer template
 * version when the user asks for it. The caller reads and validates the template file; this service takes the
 * validated template with the text it came from.
 */
public final class TemplateLibraryService {

    static final String ENTITY = "template";

    private final Workbench workbench;
    private final AuditTrail trail;

    TemplateLibraryService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        this.trail = trail;
    }

    public List<ImportedTemplate> imported() {
        return workbench.transaction(r -> r.templateLibrary().all());
    }

    /**
     * Stores a validated template. The same id and version again with the same text changes nothing; with other
     * text it is refused, because a version names one content for good.
     *
     * @return true when the template was stored, false when the workbench already held exactly this text
     */
    public boolean importTemplate(String yaml, ChecklistTemplate template) {
        return workbench.transaction(r -> {
            Optional<ImportedTemplate> existing = r.templateLibrary().find(template.id(), template.version());
            if (existing.isPresent()) {
                if (sameText(existing.get().yaml(), yaml)) {
                    return false;
                }
                throw new AuditException("templateLibrary.error.versionUnchanged", template.id(), template.version());
            }
            r.templateLibrary().insert(template.id(), template.version(), template.kind(), template.title(), yaml,
                    trail.now());
            trail.record(r, "import", ENTITY, template.id() + "@" + template.version(), null,
                    template.id() + " " + template.version() + " " + template.title().ja(), null,
                    Map.of("id", template.id(), "version", template.version(), "kind", template.kind().code(),
                            "items", template.items().size()));
            return true;
        });
    }

    private static boolean sameText(String a, String b) {
        return a.replace("\r\n", "\n").equals(b.replace("\r\n", "\n"));
    }

    /** What applying {@code newer} to the plan would do; nothing is changed. */
    public TemplateUpgrade previewUpgrade(long planId, ChecklistTemplate newer) {
        return workbench.transaction(r -> upgrade(r, requireNewer(r, planId, newer), newer));
    }

    /**
     * Applies a newer template version to the plan's snapshot: adds new items, updates changed ones, removes
     * removed ones unless a result or finding refers to them (those stay), and records one activity event.
     */
    public TemplateUpgrade applyUpgrade(long planId, ChecklistTemplate newer) {
        return workbench.transaction(r -> {
            Plan plan = requireNewer(r, planId, newer);
            TemplateUpgrade upgrade = upgrade(r, plan, newer);
            TemplateDiff diff = upgrade.diff();
            List<String> kept = upgrade.keptBecauseOfResults();
            for (ChecklistItem removed : diff.removed()) {
                if (!kept.contains(removed.code())) {
                    r.planSnapshots().deleteItem(planId, removed.code());
                }
            }
            diff.changed().forEach(item -> r.planSnapshots().updateItem(planId, item));
            List<String> added = diff.added().stream().map(ChecklistItem::code).toList();
            int position = 0;
            for (ChecklistItem item : newer.items()) {
                if (added.contains(item.code())) {
                    r.planSnapshots().insertItem(planId, position++, item);
                } else {
                    r.planSnapshots().moveItem(planId, item.code(), position++);
                }
            }
            for (String code : kept) {
                r.planSnapshots().moveItem(planId, code, position++);
            }
            r.planSnapshots().setTemplate(planId, newer.version(), newer.title());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("templateVersion", newer.version());
            after.put("added", diff.added().size());
            after.put("changed", diff.changed().size());
            after.put("removed", upgrade.removedCount());
            after.put("keptBecauseOfResults", kept.size());
            trail.record(r, "template-upgrade", PlanService.ENTITY, Long.toString(planId), planId,
                    plan.code() + " " + newer.id() + " " + plan.templateVersion() + " → " + newer.version(),
                    Map.of("templateVersion", plan.templateVersion()), after);
            return upgrade;
        });
    }

    private static Plan requireNewer(Repositories r, long planId, ChecklistTemplate newer) {
        Plan plan = r.plans().find(planId).orElseThrow(() -> new AuditException("plan.error.notFound", planId));
        if (!plan.templateId().equals(newer.id())
                || TemplateVersion.compare(newer.version(), plan.templateVersion()) <= 0) {
            throw new AuditException("templateLibrary.error.notNewer", newer.id(), newer.version(),
                    plan.templateId(), plan.templateVersion());
        }
        return plan;
    }

    private static TemplateUpgrade upgrade(Repositories r, Plan plan, ChecklistTemplate newer) {
        TemplateDiff diff = TemplateDiff.between(r.plans().items(plan.id()), newer.items());
        List<String> kept = new ArrayList<>();
        for (ChecklistItem removed : diff.removed()) {
            if (r.planSnapshots().isReferenced(plan.id(), removed.code())) {
                kept.add(removed.code());
            }
        }
        return new TemplateUpgrade(plan.id(), newer.id(), plan.templateVersion(), newer.version(), diff, kept);
    }
}
