package com.auditworkbench.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The risk score of a department for a fiscal year's scope (ADR 0010): a sum of weighted parts, each explained by
 * one sentence. Pure: the same facts and weights always give the same score and the same reasons.
 */
public final class RiskScoring {

    private RiskScoring() {
    }

    public static RiskScore score(DepartmentRiskFacts facts, RiskWeights weights, ClassificationScheme scheme,
            FiscalYear target) {
        List<RiskReason> reasons = new ArrayList<>();
        findings(facts, weights).ifPresent(reasons::add);
        classification(facts, weights, scheme).ifPresent(reasons::add);
        segment(facts, weights).ifPresent(reasons::add);
        selfInspection(facts, weights).ifPresent(reasons::add);
        lastAudit(facts, weights, target).ifPresent(reasons::add);
        incidents(facts, weights).ifPresent(reasons::add);
        double total = reasons.stream().mapToDouble(RiskReason::points).sum();
        List<RiskReason> shown = reasons.stream().map(r -> new RiskReason(r.factor(), round(r.points()),
                r.messageKey(), r.arguments())).toList();
        return new RiskScore(facts.department(), round(total), shown);
    }

    /** Highest score first; equal scores in the order of the department codes. */
    public static List<RiskScore> ranked(List<RiskScore> scores) {
        return scores.stream().sorted(Comparator.comparingDouble(RiskScore::score).reversed()
                .thenComparing(s -> s.department().code())).toList();
    }

    private static Optional<RiskReason> findings(DepartmentRiskFacts facts, RiskWeights weights) {
        double points = 0;
        for (Severity severity : Severity.values()) {
            points += weights.get(RiskFactor.forFinding(severity)) * facts.openFindings(severity);
        }
        int total = facts.openFindingsTotal();
        if (total == 0 || points <= 0) {
            return Optional.empty();
        }
        int major = facts.openFindings(Severity.MAJOR);
        return Optional.of(major > 0
                ? new RiskReason("findings", points, "risk.reason.findingsWithMajor", List.of(total, major))
                : new RiskReason("findings", points, "risk.reason.findings", List.of(total)));
    }

    private static Optional<RiskReason> classification(DepartmentRiskFacts facts, RiskWeights weights,
            ClassificationScheme scheme) {
        int max = scheme.maxPoints();
        Optional<InformationAsset> highest = facts.assets().stream()
                .max(Comparator.comparingInt((InformationAsset a) -> scheme.points(a.classification()))
                        .thenComparing(InformationAsset::name, Comparator.reverseOrder()));
        if (highest.isEmpty() || max == 0) {
            return Optional.empty();
        }
        InformationAsset asset = highest.get();
        double points = weights.get(RiskFactor.CLASSIFICATION) * scheme.points(asset.classification()) / max;
        if (points <= 0) {
            return Optional.empty();
        }
        Classification c = asset.classification();
        return Optional.of(new RiskReason("classification", points, "risk.reason.classification",
                List.of(c.confidentiality(), c.integrity(), c.availability(), asset.name())));
    }

    private static Optional<RiskReason> segment(DepartmentRiskFacts facts, RiskWeights weights) {
        return facts.assets().stream().map(InformationAsset::segment).distinct()
                .max(Comparator.comparingDouble((Segment s) -> weights.get(RiskFactor.forSegment(s)))
                        .thenComparing(Comparator.reverseOrder()))
                .filter(s -> weights.get(RiskFactor.forSegment(s)) > 0)
                .map(s -> new RiskReason("segment", weights.get(RiskFactor.forSegment(s)),
                        "risk.reason.segment." + s.code(), List.of()));
    }

    private static Optional<RiskReason> selfInspection(DepartmentRiskFacts facts, RiskWeights weights) {
        DepartmentRiskFacts.SelfInspectionFacts si = facts.selfInspection();
        if (si == null) {
            return Optional.empty();
        }
        if (!si.returned()) {
            double points = weights.get(RiskFactor.SELF_INSPECTION_NOT_RETURNED);
            return points <= 0 ? Optional.empty()
                    : Optional.of(new RiskReason("selfInspection", points, "risk.reason.selfInspectionNotReturned",
                            List.of(si.campaignTitle())));
        }
        if (si.answered() == 0 || si.notDone() + si.partly() == 0) {
            return Optional.empty();
        }
        double share = (si.notDone() + 0.5 * si.partly()) / si.answered();
        double points = weights.get(RiskFactor.SELF_INSPECTION_NOT_IN_PLACE) * share;
        return points <= 0 ? Optional.empty()
                : Optional.of(new RiskReason("selfInspection", points, "risk.reason.selfInspection",
                        List.of(si.notDone(), si.partly(), si.answered())));
    }

    private static Optional<RiskReason> lastAudit(DepartmentRiskFacts facts, RiskWeights weights,
            FiscalYear target) {
        int cap = (int) Math.floor(weights.get(RiskFactor.YEARS_SINCE_AUDIT_CAP));
        double perYear = weights.get(RiskFactor.YEARS_SINCE_AUDIT);
        Integer last = facts.lastAuditYear();
        if (last == null) {
            double points = perYear * cap;
            return points <= 0 ? Optional.empty()
                    : Optional.of(new RiskReason("yearsSinceAudit", points, "risk.reason.neverAudited", List.of()));
        }
        int years = target.year() - last;
        double points = perYear * Math.min(years, cap);
        if (years <= 0 || points <= 0) {
            return Optional.empty();
        }
        FiscalYear lastYear = new FiscalYear(last);
        return Optional.of(years == 1
                ? new RiskReason("yearsSinceAudit", points, "risk.reason.auditedLastYear",
                        List.of(lastYear.japaneseName(), lastYear.westernName()))
                : new RiskReason("yearsSinceAudit", points, "risk.reason.yearsSinceAudit",
                        List.of(years, lastYear.japaneseName(), lastYear.westernName())));
    }

    private static Optional<RiskReason> incidents(DepartmentRiskFacts facts, RiskWeights weights) {
        double points = 0;
        for (IncidentSeverity severity : IncidentSeverity.values()) {
            points += weights.get(RiskFactor.forIncident(severity)) * facts.incidents(severity);
        }
        int total = facts.incidentsTotal();
        if (total == 0 || points <= 0) {
            return Optional.empty();
        }
        int serious = facts.incidents(IncidentSeverity.SERIOUS);
        return Optional.of(serious > 0
                ? new RiskReason("incidents", points, "risk.reason.incidentsWithSerious", List.of(total, serious))
                : new RiskReason("incidents", points, "risk.reason.incidents", List.of(total)));
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
