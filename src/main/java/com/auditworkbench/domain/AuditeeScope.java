package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The items a plan assigns to one auditee: every item, or only some categories, or only items that concern some
 * network segments. An item that applies to every segment (it names none) is in every segment's scope.
 */
public record AuditeeScope(Set<Category> categories, Set<Segment> segments) {

    public static final AuditeeScope ALL = new AuditeeScope(Set.of(), Set.of());

    public AuditeeScope {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        segments = segments.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(segments));
    }

    public boolean isAll() {
        return categories.isEmpty() && segments.isEmpty();
    }

    public boolean includes(ChecklistItem item) {
        if (!categories.isEmpty() && !categories.contains(item.category())) {
            return false;
        }
        if (segments.isEmpty() || item.segments().isEmpty() || item.segments().size() == Segment.values().length) {
            return true;
        }
        return item.segments().stream().anyMatch(segments::contains);
    }

    /** Category codes as stored, in Art. 10 order: {@code human,technical}. */
    public String categoryCodes() {
        return categories.stream().sorted().map(Category::code).collect(Collectors.joining(","));
    }

    public String segmentCodes() {
        return segments.stream().sorted().map(Segment::code).collect(Collectors.joining(","));
    }

    /** Reads the stored form; unknown codes are dropped rather than failing a whole plan. */
    public static AuditeeScope parse(String categoryCodes, String segmentCodes) {
        Set<Category> categories = split(categoryCodes).map(Category::fromCode).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
        Set<Segment> segments = split(segmentCodes).map(Segment::fromCode).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Segment.class)));
        return new AuditeeScope(categories, segments);
    }

    private static java.util.stream.Stream<String> split(String codes) {
        return Arrays.stream(Objects.requireNonNullElse(codes, "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty());
    }
}
