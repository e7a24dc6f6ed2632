package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.ClassificationScheme;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.DepartmentRiskFacts;
import com.auditworkbench.domain.DepartmentRiskFacts.SelfInspectionFacts;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Incident;
import com.auditworkbench.domain.IncidentSeverity;
import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.LocalizedText;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.RiskFactor;
import com.auditworkbench.domain.RiskScore;
import com.auditworkbench.domain.RiskScoring;
import com.auditworkbench.domain.RiskWeights;
import com.auditworkbench.domain.ScopeChoice;
import com.auditworkbench.domain.ScopeDecision;
import com.auditworkbench.domain.ScopeRule;
import com.auditworkbench.domain.SelfInspectionSummary;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.store.Workbench;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Risk-based scoping (ADR 0010): scores each department for a fiscal year from the register, open findings, the
 * latest self-inspection, past audits and incidents; proposes the year's scope; records the lead's decision and
 * any override with its reason.
 */
public final class RiskService {

    static final String ENTITY = "scope";
    /** Incidents count for this many fiscal years before the scored year, and in that year. */
    static final int INCIDENT_YEARS = 3;

    private final Workbench workbench;
    private final AuditTrail trail;
    private final SelfInspectionService selfInspection;

    RiskService(Workbench workbench, AuditTrail trail, SelfInspectionService selfInspection) {
        this.workbench = workbench;
        this.trail = trail;
        this.selfInspection = selfInspection;
    }

    public RiskWeights weights() {
        return workbench.transaction(r -> r.risk().weights());
    }

    /** Changes one weight and logs the change. */
    public RiskWeights saveWeight(RiskFactor factor, double weight) {
        if (Double.isNaN(weight) || weight < 0 || weight > 1000) {
            throw new AuditException("risk.error.weightRange");
        }
        return workbench.transaction(r -> {
            double before = r.risk().weights().get(factor);
            if (before != weight) {
                r.risk().saveWeight(factor, weight);
                trail.record(r, "edit", "risk-weight", factor.code(), null, factor.code(),
                        Map.of("weight", before), Map.of("weight", weight));
            }
            return r.risk().weights();
        });
    }

    /** Every department's score for the fiscal year with the weights in the workbench, highest first. */
    public List<RiskScore> scores(FiscalYear target) {
        return scores(target, weights());
    }

    /** Every department's score with the given weights (the weights editor shows the effect before saving). */
    public List<RiskScore> scores(FiscalYear target, RiskWeights weights) {
        List<DepartmentRiskFacts> facts = facts(target);
        ClassificationScheme scheme = workbench.transaction(r -> r.assets().schemeInUse());
        return RiskScoring.ranked(facts.stream().map(f -> RiskScoring.score(f, weights, scheme, target)).toList());
    }

    /** What the workbench knows about each department (contractors are scored through their departments). */
    public List<DepartmentRiskFacts> facts(FiscalYear target) {
        Map<Long, SelfInspectionFacts> inspections = latestSelfInspections(target);
        return workbench.transaction(r -> {
            List<Department> departments = r.departments().all().stream().filter(d -> !d.isContractor()).toList();
            Map<Long, List<InformationAsset>> assets = new HashMap<>();
            r.assets().all().forEach(a -> assets.computeIfAbsent(a.department().id(), k -> new ArrayList<>()).add(a));
            Map<Long, Map<Severity, Integer>> findings = new HashMap<>();
            for (Finding f : r.findings().openBefore(Integer.MAX_VALUE, r.auditors().byId())) {
                findings.computeIfAbsent(f.department().id(), k -> new EnumMap<>(Severity.class))
                        .merge(f.severity(), 1, Integer::sum);
            }
            Map<Long, Integer> lastAudit = r.risk().lastAuditYears(target.year());
            Map<Long, Map<IncidentSeverity, Integer>> incidents = new HashMap<>();
            var since = new FiscalYear(target.year() - INCIDENT_YEARS).start();
            for (Incident i : r.incidents().all()) {
                if (!i.occurredOn().isBefore(since) && !i.occurredOn().isAfter(target.end())) {
                    incidents.computeIfAbsent(i.department().id(), k -> new EnumMap<>(IncidentSeverity.class))
                            .merge(i.severity(), 1, Integer::sum);
                }
            }
            return departments.stream().map(d -> new DepartmentRiskFacts(d,
                    assets.getOrDefault(d.id(), List.of()), findings.getOrDefault(d.id(), Map.of()),
                    inspections.get(d.id()), lastAudit.get(d.id()), incidents.getOrDefault(d.id(), Map.of())))
                    .toList();
        });
    }

    /** For each department, its answers in the latest campaign (up to the target year) it was part of. */
    private Map<Long, SelfInspectionFacts> latestSelfInspections(FiscalYear target) {
        List<Campaign> campaigns = selfInspection.all().stream()
                .filter(c -> c.fiscalYear().year() <= target.year())
                .sorted(Comparator.comparing(Campaign::fiscalYear).thenComparingLong(Campaign::id).reversed())
                .toList();
        Map<Long, SelfInspectionFacts> facts = new HashMap<>();
        for (Campaign campaign : campaigns) {
            if (campaign.departments().stream().allMatch(d -> facts.containsKey(d.id()))) {
                continue;
            }
            SelfInspectionSummary summary = selfInspection.summary(campaign.id());
            for (SelfInspectionSummary.DepartmentResult result : summary.departments()) {
                var total = result.total();
                facts.putIfAbsent(result.department().id(), new SelfInspectionFacts(campaign.title(),
                        result.returned(), total.notDone(), total.partly(), total.answered()));
            }
        }
        return facts;
    }

    /** The departments the rule proposes for the year, highest score first. */
    public Set<Long> propose(List<RiskScore> scores, ScopeRule rule) {
        return rule.propose(scores);
    }

    /**
     * Records the lead's scope for the year: the rule's proposal, and the lead's choices where they differ from it,
     * each with its reason (refused without one). Scores and reasons are kept as they are now, in both languages.
     */
    public ScopeDecision decide(FiscalYear year, ScopeRule rule, List<ScopeChoice> choices) {
        List<RiskScore> scores = scores(year);
        Set<Long> proposed = rule.propose(scores);
        Map<Long, ScopeChoice> byDepartment = new LinkedHashMap<>();
        choices.forEach(c -> byDepartment.put(c.departmentId(), c));
        Messages ja = new Messages(Language.JAPANESE);
        Messages en = new Messages(Language.ENGLISH);
        List<ScopeDecision.Entry> entries = new ArrayList<>();
        for (RiskScore s : scores) {
            boolean isProposed = proposed.contains(s.department().id());
            ScopeChoice choice = byDepartment.get(s.department().id());
            boolean included = choice == null ? isProposed : choice.included();
            String reason = choice == null ? "" : choice.overrideReason();
            if (included != isProposed && reason.isEmpty()) {
                throw new AuditException(included ? "risk.error.addReasonRequired" : "risk.error.removeReasonRequired",
                        s.department().name());
            }
            entries.add(new ScopeDecision.Entry(s.department(), s.score(),
                    new LocalizedText(s.reasonText(ja), s.reasonText(en)), isProposed, included,
                    included == isProposed ? "" : reason));
        }
        if (entries.stream().noneMatch(ScopeDecision.Entry::included)) {
            throw new AuditException("risk.error.emptyScope");
        }
        return workbench.transaction(r -> {
            String actor = trail.currentUser() == null ? AuditTrail.SYSTEM : trail.currentUser().name();
            long id = r.risk().insertDecision(year.year(), rule, actor, trail.now(), entries);
            for (ScopeDecision.Entry e : entries) {
                if (e.overridden()) {
                    trail.record(r, e.included() ? "scope-add" : "scope-remove", ENTITY,
                            year.year() + "/" + e.department().code(), null,
                            e.department().name() + "：" + e.overrideReason(),
                            Map.of("proposed", e.proposed(), "score", e.score()),
                            Map.of("included", e.included(), "reason", e.overrideReason()));
                }
            }
            trail.record(r, "decide", ENTITY, Integer.toString(year.year()), null,
                    year.japaneseName() + " " + entries.stream().filter(ScopeDecision.Entry::included).count(),
                    null, Map.of("rule", rule.kind().code(), "value", rule.value(),
                            "included", entries.stream().filter(ScopeDecision.Entry::included)
                                    .map(e -> e.department().name()).toList(),
                            "overrides", entries.stream().filter(ScopeDecision.Entry::overridden)
                                    .map(e -> e.department().name() + "：" + e.overrideReason()).toList()));
            return r.risk().latestDecision(year.year()).filter(d -> d.id() == id).orElseThrow();
        });
    }

    /** The current scope decision of the year, if the lead made one. */
    public Optional<ScopeDecision> decision(FiscalYear year) {
        return workbench.transaction(r -> r.risk().latestDecision(year.year()));
    }
}
