package com.auditworkbench.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changes between two versions of a template's items, matched by item id: items only the newer version has,
 * items only the older one has, and items whose id stayed while their content (title, procedure, category, articles
 * and the rest) changed. {@code changed} holds the newer content.
 */
public record TemplateDiff(List<ChecklistItem> added, List<ChecklistItem> removed, List<ChecklistItem> changed) {

    public TemplateDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** The difference from {@code older} to {@code newer}, each list in the order of the version it comes from. */
    public static TemplateDiff between(List<ChecklistItem> older, List<ChecklistItem> newer) {
        Map<String, ChecklistItem> before = byCode(older);
        Map<String, ChecklistItem> after = byCode(newer);
        List<ChecklistItem> added = new ArrayList<>();
        List<ChecklistItem> changed = new ArrayList<>();
        for (ChecklistItem item : newer) {
            ChecklistItem earlier = before.get(item.code());
            if (earlier == null) {
                added.add(item);
            } else if (!earlier.equals(item)) {
                changed.add(item);
            }
        }
        List<ChecklistItem> removed = older.stream().filter(item -> !after.containsKey(item.code())).toList();
        return new TemplateDiff(added, removed, changed);
    }

    private static Map<String, ChecklistItem> byCode(List<ChecklistItem> items) {
        Map<String, ChecklistItem> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(item.code(), item));
        return map;
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
