package com.auditworkbench.ui.checklist;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.Threat;
import java.util.function.Predicate;

/**
 * What the checklist shows: every criterion that is set must hold. Each word of the text (words are separated by
 * spaces) must appear in the item code, its title in either language or the notes, ignoring case. An item that
 * names no segment applies to every segment.
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
        String[] words = text.isEmpty() ? new String[0] : text.split("\\s+");
        java.util.List<java.util.function.Predicate<ChecklistRow>> wordTests = new java.util.ArrayList<>(words.length);
        // rows share their item: the item's code and titles are lower-cased once per item, not once per row
        java.util.Map<com.auditworkbench.domain.ChecklistItem, String> itemText = new java.util.IdentityHashMap<>();
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            String lowerWord = word.toLowerCase(java.util.Locale.ROOT);
            boolean caseless = word.equals(lowerWord) && word.equals(word.toUpperCase(java.util.Locale.ROOT));
            java.util.function.BiPredicate<String, String> contains = caseless ? String::contains
                    : ChecklistFilter::containsIgnoreCase;
            wordTests.add(row -> itemText.computeIfAbsent(row.item(), i -> (i.code() + "\n" + i.title().ja() + "\n"
                    + i.title().en()).toLowerCase(java.util.Locale.ROOT)).contains(lowerWord)
                    || contains.test(row.notes(), word));
        }
        return row -> (auditee == null || row.department().id() == auditee.id())
                && (category == null || row.item().category() == category)
                && (segment == null || row.item().segments().isEmpty() || row.item().segments().contains(segment))
                && (threat == null || row.item().threats().contains(threat))
                && (result == null || row.result() == result)
                && (!priorityOnly || row.item().priority())
                && allWords(wordTests, row);
    }

    private static boolean allWords(java.util.List<java.util.function.Predicate<ChecklistRow>> tests, ChecklistRow row) {
        for (java.util.function.Predicate<ChecklistRow> test : tests) {
            if (!test.test(row)) {
                return false;
            }
        }
        return true;
    }

    /** A substring test that ignores case without copying the text. */
    static boolean containsIgnoreCase(String haystack, String needle) {
        int length = needle.length();
        if (length == 0) {
            return true;
        }
        char lower = Character.toLowerCase(needle.charAt(0));
        char upper = Character.toUpperCase(needle.charAt(0));
        int max = haystack.length() - length;
        for (int i = 0; i <= max; i++) {
            char c = haystack.charAt(i);
            if ((c == lower || c == upper) && haystack.regionMatches(true, i, needle, 0, length)) {
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
