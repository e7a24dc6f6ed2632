package com.auditworkbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The risk score and its reasons, exactly, for fixed facts (ADR 0010). */
class RiskScoringTest {

    static final ClassificationScheme SCHEME = new ClassificationScheme("soumu-2024", LocalizedText.of("総務省"),
            Map.of(ClassificationDimension.CONFIDENTIALITY, List.of(new ClassificationScheme.Level("3A", 4),
                    new ClassificationScheme.Level("3B", 3), new ClassificationScheme.Level("3C", 2),
                    new ClassificationScheme.Level("2", 1), new ClassificationScheme.Level("1", 0)),
                    ClassificationDimension.INTEGRITY, List.of(new ClassificationScheme.Level("2", 1),
                            new ClassificationScheme.Level("1", 0)),
                    ClassificationDimension.AVAILABILITY, List.of(new ClassificationScheme.Level("2", 1),
                            new ClassificationScheme.Level("1", 0))));
    static final FiscalYear FY2027 = new FiscalYear(2027);
    static final Messages JA = new Messages(Language.JAPANESE);
    static final Messages EN = new Messages(Language.ENGLISH);

    static final Department GENERAL = new Department(1, "D001", "総務部 総務課");
    static final Department CITIZENS = new Department(2, "D002", "市民部 市民課");
    static final Department PR = new Department(3, "D003", "政策経営部 秘書広報課");

    static InformationAsset asset(Department d, String name, Segment segment, String c, String i, String a) {
        return new InformationAsset(d.id() * 100, name, AssetKind.SYSTEM, d, segment, new Classification(c, i, a), "");
    }

    /** Four open findings (one major), a 3A system in the My Number segment, last audited three years ago. */
    static DepartmentRiskFacts general() {
        return new DepartmentRiskFacts(GENERAL,
                List.of(asset(GENERAL, "住民基本台帳システム", Segment.MYNUMBER, "3A", "2", "2"),
                        asset(GENERAL, "文書管理システム", Segment.LGWAN, "2", "2", "1")),
                Map.of(Severity.MAJOR, 1, Severity.MINOR, 3), null, 2024, Map.of());
    }

    /** A 3B LGWAN system, a returned self-inspection with gaps, audited last year, two incidents (one serious). */
    static DepartmentRiskFacts citizens() {
        return new DepartmentRiskFacts(CITIZENS,
                List.of(asset(CITIZENS, "窓口予約システム", Segment.LGWAN, "3B", "1", "1")),
                Map.of(Severity.OBSERVATION, 2),
                new DepartmentRiskFacts.SelfInspectionFacts("令和8年度 自己点検", true, 3, 2, 40), 2026,
                Map.of(IncidentSeverity.SERIOUS, 1, IncidentSeverity.MINOR, 1));
    }

    /** Nothing but an unreturned self-inspection and no audit on record. */
    static DepartmentRiskFacts pr() {
        return new DepartmentRiskFacts(PR, List.of(), Map.of(),
                new DepartmentRiskFacts.SelfInspectionFacts("令和8年度 自己点検", false, 0, 0, 0), null, Map.of());
    }

    @Test
    void scoresFindingsClassificationSegmentAndYearsWithTheirReasons() {
        RiskScore score = RiskScoring.score(general(), RiskWeights.defaults(), SCHEME, FY2027);
        // findings 8 + 3 x 4 = 20; classification 10 x 6/6 = 10; My Number 10; 3 years x 3 = 9
        assertThat(score.score()).isEqualTo(49.0);
        assertThat(score.reasons()).extracting(RiskReason::points).containsExactly(20.0, 10.0, 10.0, 9.0);
        assertThat(score.reasonText(JA)).isEqualTo("未完了の指摘4件（うち重大1件）、"
                + "機密性3Aの情報を扱う（住民基本台帳システム：完全性2・可用性2）、マイナンバー利用事務系の資産を扱う、"
                + "3年間監査なし（前回令和6年度）");
        assertThat(score.reasonText(EN)).isEqualTo("4 open finding(s), 1 major; "
                + "handles confidentiality 3A information (住民基本台帳システム: integrity 2, availability 2); "
                + "handles assets in the My Number segment; not audited for 3 years (last FY2024)");
    }

    @Test
    void scoresSelfInspectionGapsIncidentsAndLastYearsAudit() {
        RiskScore score = RiskScoring.score(citizens(), RiskWeights.defaults(), SCHEME, FY2027);
        // observations 2 x 1 = 2; classification 10 x 3/6 = 5; LGWAN 4; self-inspection 10 x (3 + 1) / 40 = 1;
        // audited in FY2026: 1 year x 3 = 3; incidents 6 + 1 = 7
        assertThat(score.score()).isEqualTo(22.0);
        assertThat(score.reasonText(JA)).isEqualTo("未完了の指摘2件、機密性3Bの情報を扱う（窓口予約システム：完全性1・可用性1）、"
                + "LGWAN接続系の資産を扱う、自己点検で「実施していない」3件・「一部実施している」2件（回答40問）、"
                + "前年度（令和8年度）に監査、インシデント2件（うち重大1件）");
        assertThat(score.reasonText(EN)).isEqualTo("2 open finding(s); "
                + "handles confidentiality 3B information (窓口予約システム: integrity 1, availability 1); "
                + "handles assets in the LGWAN segment; self-inspection: 3 \"not done\" and 2 \"partly done\" of 40 answers; "
                + "audited last year (FY2026); 2 incident(s), 1 serious");
    }

    @Test
    void neverAuditedCountsAsTheCapAndAnUnreturnedSelfInspectionAddsItsWeight() {
        RiskScore score = RiskScoring.score(pr(), RiskWeights.defaults(), SCHEME, FY2027);
        assertThat(score.score()).isEqualTo(20.0);
        assertThat(score.reasonText(JA)).isEqualTo("自己点検（令和8年度 自己点検）の回答なし、監査の記録なし");
        assertThat(score.reasonText(EN)).isEqualTo("self-inspection (令和8年度 自己点検) not returned; no audit on record");
    }

    @Test
    void aDepartmentWithNothingAgainstItScoresZeroAndSaysSo() {
        Department quiet = new Department(4, "D004", "会計課");
        RiskScore score = RiskScoring.score(new DepartmentRiskFacts(quiet, List.of(), Map.of(), null, 2027, Map.of()),
                RiskWeights.defaults(), SCHEME, FY2027);
        assertThat(score.score()).isZero();
        assertThat(score.reasonText(JA)).isEqualTo("加点の理由なし");
        assertThat(score.reasonText(EN)).isEqualTo("no reason to add points");
    }

    @Test
    void changingAWeightChangesTheScoreAndTheOrder() {
        List<DepartmentRiskFacts> facts = List.of(general(), citizens(), pr());
        List<RiskScore> before = RiskScoring.ranked(facts.stream()
                .map(f -> RiskScoring.score(f, RiskWeights.defaults(), SCHEME, FY2027)).toList());
        assertThat(before).extracting(s -> s.department().code()).containsExactly("D001", "D002", "D003");
        RiskWeights heavyIncidents = RiskWeights.defaults().with(RiskFactor.INCIDENT_SERIOUS, 40);
        List<RiskScore> after = RiskScoring.ranked(facts.stream()
                .map(f -> RiskScoring.score(f, heavyIncidents, SCHEME, FY2027)).toList());
        assertThat(after).extracting(s -> s.department().code()).containsExactly("D002", "D001", "D003");
        assertThat(after.get(0).score()).isEqualTo(56.0);
    }

    @Test
    void aZeroWeightDropsItsReason() {
        RiskScore score = RiskScoring.score(general(), RiskWeights.defaults().with(RiskFactor.SEGMENT_MYNUMBER, 0)
                .with(RiskFactor.SEGMENT_LGWAN, 0), SCHEME, FY2027);
        assertThat(score.score()).isEqualTo(39.0);
        assertThat(score.reasonText(JA)).doesNotContain("マイナンバー利用事務系").doesNotContain("LGWAN");
    }

    @Test
    void proposesTheTopNOrEveryDepartmentAtOrAboveTheThreshold() {
        List<RiskScore> scores = List.of(general(), citizens(), pr()).stream()
                .map(f -> RiskScoring.score(f, RiskWeights.defaults(), SCHEME, FY2027)).toList();
        assertThat(new ScopeRule(ScopeRule.Kind.TOP, 2).propose(scores)).containsExactly(1L, 2L);
        assertThat(new ScopeRule(ScopeRule.Kind.THRESHOLD, 20).propose(scores)).containsExactly(1L, 2L, 3L);
        assertThat(new ScopeRule(ScopeRule.Kind.THRESHOLD, 20.5).propose(scores)).containsExactly(1L, 2L);
        assertThatThrownBy(() -> new ScopeRule(ScopeRule.Kind.TOP, -1)).isInstanceOf(AuditException.class);
    }

    @Test
    void schemeReadsLevelsTheWayRegistersWriteThem() {
        assertThat(SCHEME.level(ClassificationDimension.CONFIDENTIALITY, "３ａ")).map(ClassificationScheme.Level::code)
                .contains("3A");
        assertThat(SCHEME.level(ClassificationDimension.CONFIDENTIALITY, "自治体機密性3B"))
                .map(ClassificationScheme.Level::code).contains("3B");
        assertThat(SCHEME.isLevel(ClassificationDimension.CONFIDENTIALITY, "4")).isFalse();
        assertThat(SCHEME.isLevel(ClassificationDimension.INTEGRITY, "3")).isFalse();
        assertThat(SCHEME.maxPoints()).isEqualTo(6);
        assertThat(SCHEME.levelList(ClassificationDimension.CONFIDENTIALITY)).isEqualTo("3A/3B/3C/2/1");
    }
}
