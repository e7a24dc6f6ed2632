package com.auditworkbench.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which column of the file holds which field of a register entry; a field may have no column. */
public record ColumnMapping(Map<RegisterColumn, Integer> columns) {

    public ColumnMapping {
        EnumMap<RegisterColumn, Integer> copy = new EnumMap<>(RegisterColumn.class);
        columns.forEach((k, v) -> {
            if (v != null && v >= 0) {
                copy.put(k, v);
            }
        });
        columns = Collections.unmodifiableMap(copy);
    }

    public Optional<Integer> column(RegisterColumn field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The mapping guessed from the header names: an exact name wins over a partial one, and a column is used once. */
    public static ColumnMapping guess(List<String> headers) {
        EnumMap<RegisterColumn, Integer> guessed = new EnumMap<>(RegisterColumn.class);
        boolean[] taken = new boolean[headers.size()];
        for (int strength = 2; strength >= 1; strength--) {
            for (RegisterColumn field : RegisterColumn.values()) {
                if (guessed.containsKey(field)) {
                    continue;
                }
                for (int c = 0; c < headers.size(); c++) {
                    if (!taken[c] && field.match(headers.get(c)) == strength) {
                        guessed.put(field, c);
                        taken[c] = true;
                        break;
                    }
                }
            }
        }
        return new ColumnMapping(guessed);
    }

    public ColumnMapping with(RegisterColumn field, Integer column) {
        EnumMap<RegisterColumn, Integer> copy = new EnumMap<>(RegisterColumn.class);
        copy.putAll(columns);
        if (column == null || column < 0) {
            copy.remove(field);
        } else {
            copy.put(field, column);
        }
        return new ColumnMapping(copy);
    }
}
