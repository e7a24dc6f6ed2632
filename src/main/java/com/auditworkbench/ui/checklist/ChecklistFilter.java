package com.auditworkbench.ui.checklist;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.Threat;
import java.util.function.Predicate;

/**
 * What the checklist shows: every criterion that is set must hold. Text matches the item code, its title in either
 * language and the notes, ignoring case. An item that names no segment applies to every segment.
 */
record ChecklistFilter(Department auditee, Category category, Segment segment, Threat threat, Result result,
        boolean priorityOnly, String text) {

    static final ChecklistFilter NONE = new ChecklistFilter(null, null, null, null, null, false, "");

    ChecklistFilter {
        text = text == null ? "" : text.strip();
    }

    boolean isEmpty() {
        return equals(NONE);
    }

    Predicate<ChecklistRow> predicate() {
        if (isEmpty()) {
            return null;
        }
        String needle = text;
        boolean caseless = needle.equals(needle.toLowerCase(java.util.Locale.ROOT))
                && needle.equals(needle.toUpperCase(java.util.Locale.ROOT));
        java.util.function.BiPredicate<String, String> contains = caseless ? String::contains
                : ChecklistFilter::containsIgnoreCase;
        return row -> (auditee == null || row.department().id() == auditee.id())
                && (category == null || row.item().category() == category)
                && (segment == null || row.item().segments().isEmpty() || row.item().segments().contains(segment))
                && (threat == null || row.item().threats().contains(threat))
                && (result == null || row.result() == result)
                && (!priorityOnly || row.item().priority())
                && (needle.isEmpty() || contains.test(row.item().code(), needle)
                        || contains.test(row.item().title().ja(), needle)
                        || contains.test(row.item().title().en(), needle)
                        || contains.test(row.notes(), needle));
    }

    /** A substring test that ignores case without copying the text. */
    static boolean containsIgnoreCase(String haystack, String needle) {
        int max = haystack.length() - needle.length();
        for (int i = 0; i <= max; i++) {
            if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    ChecklistFilter withAuditee(Department value) {
        return new ChecklistFilter(value, category, segment, threat, result, priorityOnly, text);
    }

    ChecklistFilter withCategory(Category value) {
        return new ChecklistFilter(auditee, value, segment, threat, result, priorityOnly, text);
    }

    ChecklistFilter withSegment(Segment value) {
        return new ChecklistFilter(auditee, category, value, threat, result, priorityOnly, text);
    }

    ChecklistFilter withThreat(Threat value) {
        return new ChecklistFilter(auditee, category, segment, value, result, priorityOnly, text);
    }

    ChecklistFilter withResult(Result value) {
        return new ChecklistFilter(auditee, category, segment, threat, value, priorityOnly, text);
    }

    ChecklistFilter withPriorityOnly(boolean value) {
        return new ChecklistFilter(auditee, category, segment, threat, result, value, text);
    }

    ChecklistFilter withText(String value) {
        return new ChecklistFilter(auditee, category, segment, threat, result, priorityOnly, value);
    }
}
