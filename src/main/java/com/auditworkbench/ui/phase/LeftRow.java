package com.auditworkbench.ui.phase;

import com.auditworkbench.domain.OpenItem;
import com.auditworkbench.domain.OpenItemKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A line of the "what is left" list: a kind's heading with its count, or one entry under it. */
public record LeftRow(OpenItemKind kind, int count, OpenItem item) {

    public boolean isHeading() {
        return item == null;
    }

    /** The entries grouped by kind, each group under its heading, in the order the service gave them. */
    public static List<LeftRow> group(List<OpenItem> items) {
        Map<OpenItemKind, List<OpenItem>> byKind = new LinkedHashMap<>();
        items.forEach(i -> byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i));
        List<LeftRow> rows = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            rows.add(new LeftRow(kind, list.size(), null));
            list.forEach(i -> rows.add(new LeftRow(kind, 1, i)));
        });
        return rows;
    }
}
