package com.auditworkbench.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the workbench knows about a department when it scores it: the register entries it owns, its open findings
 * by severity, its latest self-inspection, the fiscal year of its last audit, and its recent incidents.
 *
 * @param selfInspection null when the department was in no self-inspection campaign
 * @param lastAuditYear null when the department was never audited
 */
public record DepartmentRiskFacts(
        Department department,
        List<InformationAsset> assets,
        Map<Severity, Integer> openFindings,
        SelfInspectionFacts selfInspection,
        Integer lastAuditYear,
        Map<IncidentSeverity, Integer> incidents) {

    public DepartmentRiskFacts {
        assets = List.copyOf(assets);
        EnumMap<Severity, Integer> findings = new EnumMap<>(Severity.class);
        findings.putAll(openFindings);
        openFindings = Collections.unmodifiableMap(findings);
        EnumMap<IncidentSeverity, Integer> recorded = new EnumMap<>(IncidentSeverity.class);
        recorded.putAll(incidents);
        incidents = Collections.unmodifiableMap(recorded);
    }

    public int openFindings(Severity severity) {
        return openFindings.getOrDefault(severity, 0);
    }

    public int openFindingsTotal() {
        return openFindings.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int incidents(IncidentSeverity severity) {
        return incidents.getOrDefault(severity, 0);
    }

    public int incidentsTotal() {
        return incidents.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The department's answers in the latest self-inspection campaign it was part of.
     *
     * @param returned false when it has not returned its questionnaire
     */
    public record SelfInspectionFacts(String campaignTitle, boolean returned, int notDone, int partly, int answered) {
    }
}
