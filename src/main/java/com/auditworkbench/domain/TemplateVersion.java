package com.auditworkbench.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Template versions are semantic versions ("1.2.0"); they compare number by number, not as text. */
public final class TemplateVersion {

    public static final Comparator<String> ORDER = TemplateVersion::compare;

    private TemplateVersion() {
    }

    public static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int difference = Long.compare(part(left, i), part(right, i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private static long part(String[] parts, int index) {
        if (index >= parts.length) {
            return 0;
        }
        try {
            return Long.parseLong(parts[index]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The newest template of that id in {@code library} that is newer than {@code version}, if any. */
    public static Optional<ChecklistTemplate> newestAfter(String templateId, String version,
            Collection<ChecklistTemplate> library) {
        return library.stream()
                .filter(t -> t.id().equals(templateId) && compare(t.version(), version) > 0)
                .max(Comparator.comparing(ChecklistTemplate::version, ORDER));
    }
}
