package com.auditworkbench.domain;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classification scheme a city uses (Art. 9), as data: the levels of each dimension, highest first, and the
 * points each level adds to a department's risk score. The default is the national guideline's 3A/3B/3C/2/1.
 */
public record ClassificationScheme(String code, LocalizedText name, Map<ClassificationDimension, List<Level>> levels) {

    /** One level of a dimension, such as 3A, with the points it is worth. */
    public record Level(String code, int points) {
    }

    public ClassificationScheme {
        EnumMap<ClassificationDimension, List<Level>> copy = new EnumMap<>(ClassificationDimension.class);
        levels.forEach((d, l) -> copy.put(d, List.copyOf(l)));
        levels = Collections.unmodifiableMap(copy);
    }

    public List<Level> levels(ClassificationDimension dimension) {
        return levels.getOrDefault(dimension, List.of());
    }

    /**
     * The level a cell or a field names, read the way registers write it: 3A, ３Ａ, 機密性3A, 自治体機密性3a.
     */
    public Optional<Level> level(ClassificationDimension dimension, String written) {
        String code = normalise(written);
        return levels(dimension).stream().filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    public boolean isLevel(ClassificationDimension dimension, String written) {
        return level(dimension, written).isPresent();
    }

    /** The level codes of a dimension, highest first, as the user reads them: 3A/3B/3C/2/1. */
    public String levelList(ClassificationDimension dimension) {
        return String.join("/", levels(dimension).stream().map(Level::code).toList());
    }

    /** The points of an asset's classification: the sum over the three dimensions. */
    public int points(Classification classification) {
        int sum = 0;
        for (ClassificationDimension d : ClassificationDimension.values()) {
            sum += level(d, classification.level(d)).map(Level::points).orElse(0);
        }
        return sum;
    }

    /** The points of the highest classification the scheme has; a department's classification factor is relative to it. */
    public int maxPoints() {
        int sum = 0;
        for (ClassificationDimension d : ClassificationDimension.values()) {
            sum += levels(d).stream().mapToInt(Level::points).max().orElse(0);
        }
        return sum;
    }

    /** The canonical code of a written level, or the written text stripped when it names no level. */
    public String canonical(ClassificationDimension dimension, String written) {
        return level(dimension, written).map(Level::code).orElse(written == null ? "" : written.strip());
    }

    static String normalise(String written) {
        if (written == null) {
            return "";
        }
        String s = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        for (String prefix : List.of("自治体機密性", "機密性", "完全性", "可用性", "confidentiality", "integrity",
                "availability", "c", "i", "a")) {
            if (s.toLowerCase(java.util.Locale.ROOT).startsWith(prefix.toLowerCase(java.util.Locale.ROOT))
                    && s.length() > prefix.length()) {
                s = s.substring(prefix.length()).strip();
                break;
            }
        }
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }
}
