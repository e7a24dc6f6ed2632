package com.auditworkbench.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.IsoControls;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.Threat;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateCoverageTest {

    private static final String TEMPLATE = """
            id: coverage-example
            version: "1.0.0"
            kind: audit
            title:
              ja: 網羅性の例
              en: Coverage example
            language: ja
            answerScale: audit-result
            basedOn:
              ja: 試験用。
              en: For tests.
            items:
              - id: AUD-PHY-001
                title: {ja: 書類の管理, en: Papers}
                category: physical
                articles: ["10(2)"]
                threats: [intentional, unintentional]
                segments: [all]
                networkModels: [all]
                priority: true
                procedure: {ja: 巡回する。}
                evidence: [巡回記録]
                iso27002: ["7.7", "5.10"]
              - id: AUD-RES-001
                title: {ja: ファイル取込み, en: File import}
                category: resilience
                articles: ["10(5)"]
                threats: [intentional]
                segments: [internet, lgwan]
                networkModels: [alpha]
                priority: true
                procedure: {ja: 設定を確認する。}
                evidence: [設定画面]
                iso27002: ["8.22", "5.2", "7.7"]
              - id: AUD-RES-002
                title: {ja: 個人番号の分離, en: My Number separation}
                category: resilience
                articles: ["10(5)", "2(9)"]
                threats: [intentional, infrastructure]
                segments: [mynumber]
                networkModels: [all]
                priority: false
                procedure: {ja: 構成図を確認する。}
                evidence: [構成図]
                iso27002: ["8.22"]
              - id: AUD-EMG-001
                title: {ja: 非常時の体制, en: Emergency set-up}
                category: emergency
                articles: ["10(8)"]
                threats: [disaster]
                segments: [lgwan]
                networkModels: [all]
                priority: false
                procedure: {ja: 計画を確認する。}
                evidence: [業務継続計画]
                iso27002: []
            """;

    private static ChecklistTemplate template() {
        TemplateLoadResult result = new TemplateLoader().load("coverage-example.yaml", new StringReader(TEMPLATE));
        assertThat(result.defects()).isEmpty();
        return result.template();
    }

    @Test
    void countsItemsAndPriorityItems() {
        TemplateCoverage coverage = TemplateCoverage.of(template());

        assertThat(coverage.items()).isEqualTo(4);
        assertThat(coverage.priorityItems()).isEqualTo(2);
    }

    @Test
    void countsItemsPerCategoryIncludingEmptyCategories() {
        TemplateCoverage coverage = TemplateCoverage.of(template());

        assertThat(coverage.perCategory()).containsOnly(
                entry(Category.HUMAN, 0),
                entry(Category.PHYSICAL, 1),
                entry(Category.TECHNICAL, 0),
                entry(Category.OPERATIONAL, 0),
                entry(Category.RESILIENCE, 2),
                entry(Category.OUTSOURCING, 0),
                entry(Category.REVIEW, 0),
                entry(Category.EMERGENCY, 1));
    }

    @Test
    void countsItemsPerThreat() {
        TemplateCoverage coverage = TemplateCoverage.of(template());

        assertThat(coverage.perThreat()).containsOnly(
                entry(Threat.INTENTIONAL, 3),
                entry(Threat.UNINTENTIONAL, 1),
                entry(Threat.DISASTER, 1),
                entry(Threat.PANDEMIC, 0),
                entry(Threat.INFRASTRUCTURE, 1));
    }

    @Test
    void countsAllSegmentItemsInEverySegment() {
        TemplateCoverage coverage = TemplateCoverage.of(template());

        // AUD-PHY-001 is [all]: it counts once in each of the three segments
        assertThat(coverage.perSegment()).containsOnly(
                entry(Segment.MYNUMBER, 2),
                entry(Segment.LGWAN, 3),
                entry(Segment.INTERNET, 2));
    }

    @Test
    void listsIsoControlsReachedOnceEachInTheStandardsOrder() {
        TemplateCoverage coverage = TemplateCoverage.of(template());

        // standard order, not string order: 5.2 before 5.10
        assertThat(coverage.isoReached()).containsExactly("5.2", "5.10", "7.7", "8.22");
    }

    @Test
    void listsIsoControlsNotReachedInTheStandardsOrder() {
        TemplateCoverage coverage = TemplateCoverage.of(template());

        List<String> expected = new ArrayList<>(IsoControls.all());
        expected.removeAll(List.of("5.2", "5.10", "7.7", "8.22"));
        assertThat(coverage.isoNotReached()).hasSize(89).containsExactlyElementsOf(expected);
        assertThat(coverage.isoNotReached()).startsWith("5.1", "5.3", "5.4").endsWith("8.33", "8.34")
                .doesNotContain("5.2", "5.10", "7.7", "8.22").contains("7.6", "7.8", "8.21", "8.23");
    }

    @Test
    void reachedAndNotReachedTogetherAreAll93Controls() {
        TemplateCoverage coverage = TemplateCoverage.of(template());

        List<String> together = new ArrayList<>(coverage.isoReached());
        together.addAll(coverage.isoNotReached());
        assertThat(together).hasSize(93).containsExactlyInAnyOrderElementsOf(IsoControls.all());
    }
}
