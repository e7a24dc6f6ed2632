package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The weights of the risk score, each with the unit it multiplies (ADR 0010). The lead sees and changes them;
 * the defaults are seeded in every workbench.
 */
public enum RiskFactor {
    FINDING_MAJOR("finding", "major", "findingMajor", 8),
    FINDING_MINOR("finding", "minor", "findingMinor", 4),
    FINDING_OBSERVATION("finding", "observation", "findingObservation", 1),
    FINDING_RECOMMENDATION("finding", "recommendation", "findingRecommendation", 0),
    CLASSIFICATION("", "classification", "classification", 10),
    SEGMENT_MYNUMBER("segment", "mynumber", "segmentMynumber", 10),
    SEGMENT_LGWAN("segment", "lgwan", "segmentLgwan", 4),
    SEGMENT_INTERNET("segment", "internet", "segmentInternet", 2),
    SELF_INSPECTION_NOT_IN_PLACE("selfInspection", "notInPlace", "selfInspectionNotInPlace", 10),
    SELF_INSPECTION_NOT_RETURNED("selfInspection", "notReturned", "selfInspectionNotReturned", 5),
    YEARS_SINCE_AUDIT("", "yearsSinceAudit", "yearsSinceAudit", 3),
    YEARS_SINCE_AUDIT_CAP("yearsSinceAudit", "cap", "yearsSinceAuditCap", 5),
    INCIDENT_SERIOUS("incident", "serious", "incidentSerious", 6),
    INCIDENT_MODERATE("incident", "moderate", "incidentModerate", 3),
    INCIDENT_MINOR("incident", "minor", "incidentMinor", 1);

    private final String code;
    private final String key;
    private final double defaultWeight;

    /** The code stored in the workbench is group, a dot and name, or the name alone. */
    RiskFactor(String group, String name, String key, double defaultWeight) {
        this.code = group.isEmpty() ? name : group + "." + name;
        this.key = key;
        this.defaultWeight = defaultWeight;
    }

    public String code() {
        return code;
    }

    public double defaultWeight() {
        return defaultWeight;
    }

    /** What the weight is called in the weights editor. */
    public String messageKey() {
        return "risk.factor." + key;
    }

    /** What one unit of the weight is ("per open finding", "per year"), shown beside it. */
    public String unitKey() {
        return "risk.unit." + key;
    }

    public static Optional<RiskFactor> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    public static RiskFactor forFinding(Severity severity) {
        return switch (severity) {
            case MAJOR -> FINDING_MAJOR;
            case MINOR -> FINDING_MINOR;
            case OBSERVATION -> FINDING_OBSERVATION;
            case RECOMMENDATION -> FINDING_RECOMMENDATION;
        };
    }

    public static RiskFactor forSegment(Segment segment) {
        return switch (segment) {
            case MYNUMBER -> SEGMENT_MYNUMBER;
            case LGWAN -> SEGMENT_LGWAN;
            case INTERNET -> SEGMENT_INTERNET;
        };
    }

    public static RiskFactor forIncident(IncidentSeverity severity) {
        return switch (severity) {
            case SERIOUS -> INCIDENT_SERIOUS;
            case MODERATE -> INCIDENT_MODERATE;
            case MINOR -> INCIDENT_MINOR;
        };
    }
}
