package com.auditworkbench.template;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.IsoControls;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.Threat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** How far a template reaches: items per category, threat and segment, and the ISO/IEC 27002 controls it cites. */
public record TemplateCoverage(
        int items,
        int priorityItems,
        Map<Category, Integer> perCategory,
        Map<Threat, Integer> perThreat,
        Map<Segment, Integer> perSegment,
        Set<String> isoReached,
        List<String> isoNotReached) {

    public static TemplateCoverage of(ChecklistTemplate template) {
        Map<Category, Integer> categories = zeroes(Category.class);
        Map<Threat, Integer> threats = zeroes(Threat.class);
        Map<Segment, Integer> segments = zeroes(Segment.class);
        Set<String> iso = new TreeSet<>((a, b) -> Integer.compare(IsoControls.all().indexOf(a),
                IsoControls.all().indexOf(b)));
        int priority = 0;
        for (ChecklistItem item : template.items()) {
            categories.merge(item.category(), 1, Integer::sum);
            item.threats().forEach(t -> threats.merge(t, 1, Integer::sum));
            item.segments().forEach(s -> segments.merge(s, 1, Integer::sum));
            iso.addAll(item.isoControls());
            if (item.priority()) {
                priority++;
            }
        }
        return new TemplateCoverage(template.items().size(), priority, categories, threats, segments, iso,
                IsoControls.missingFrom(iso));
    }

    private static <E extends Enum<E>> Map<E, Integer> zeroes(Class<E> type) {
        Map<E, Integer> map = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            map.put(constant, 0);
        }
        return map;
    }
}
