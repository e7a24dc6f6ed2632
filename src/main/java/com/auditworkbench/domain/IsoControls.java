package com.auditworkbench.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The 93 control numbers of ISO/IEC 27002:2022 (JIS Q 27002:2024), in their four themes. Numbers only. */
public final class IsoControls {

    private static final int[][] THEMES = {{5, 37}, {6, 8}, {7, 14}, {8, 34}};
    private static final List<String> ALL = build();

    private IsoControls() {
    }

    private static List<String> build() {
        List<String> all = new ArrayList<>();
        for (int[] theme : THEMES) {
            for (int n = 1; n <= theme[1]; n++) {
                all.add(theme[0] + "." + n);
            }
        }
        return Collections.unmodifiableList(all);
    }

    /** All 93, in the standard's order. */
    public static List<String> all() {
        return ALL;
    }

    public static boolean exists(String control) {
        return ALL.contains(control);
    }

    /** The controls not in the given set, in the standard's order. */
    public static List<String> missingFrom(Set<String> reached) {
        Set<String> missing = new LinkedHashSet<>(ALL);
        missing.removeAll(reached);
        return List.copyOf(missing);
    }
}
