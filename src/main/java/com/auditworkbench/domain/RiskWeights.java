package com.auditworkbench.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The weights of one workbench's risk score; a factor missing from the map weighs its default. */
public record RiskWeights(Map<RiskFactor, Double> values) {

    public RiskWeights {
        EnumMap<RiskFactor, Double> copy = new EnumMap<>(RiskFactor.class);
        for (RiskFactor f : RiskFactor.values()) {
            copy.put(f, values.getOrDefault(f, f.defaultWeight()));
        }
        values = Collections.unmodifiableMap(copy);
    }

    public static RiskWeights defaults() {
        return new RiskWeights(Map.of());
    }

    public double get(RiskFactor factor) {
        return values.get(factor);
    }

    public RiskWeights with(RiskFactor factor, double weight) {
        EnumMap<RiskFactor, Double> copy = new EnumMap<>(values);
        copy.put(factor, weight);
        return new RiskWeights(copy);
    }
}
