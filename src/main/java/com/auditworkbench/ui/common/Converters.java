package com.auditworkbench.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters for choice boxes and combo boxes that show values and are never typed into. */
public final class Converters {

    private Converters() {
    }

    /** Shows each value by the function; no value shows as blank. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return ofNullable(value -> value == null ? "" : text.apply(value));
    }

    /** Shows each value, and no value, by the function (for a choice such as 「すべて」 standing for none). */
    public static <T> StringConverter<T> ofNullable(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
