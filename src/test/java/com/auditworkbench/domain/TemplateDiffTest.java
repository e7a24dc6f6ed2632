package com.auditworkbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateDiffTest {

    @Test
    void identicalItemsMakeNoDifference() {
        List<ChecklistItem> items = List.of(item("A-HUM-001", "研修"), item("A-HUM-002", "誓約"));
        assertThat(TemplateDiff.between(items, List.copyOf(items)).isEmpty()).isTrue();
    }

    @Test
    void findsAddedRemovedAndChangedItemsById() {
        List<ChecklistItem> older = List.of(item("A-HUM-001", "研修"), item("A-HUM-002", "誓約"),
                item("A-HUM-003", "退職"));
        List<ChecklistItem> newer = List.of(item("A-HUM-001", "研修"), item("A-HUM-002", "誓約書の提出"),
                item("A-HUM-004", "委託先"));

        TemplateDiff diff = TemplateDiff.between(older, newer);

        assertThat(diff.added()).extracting(ChecklistItem::code).containsExactly("A-HUM-004");
        assertThat(diff.removed()).extracting(ChecklistItem::code).containsExactly("A-HUM-003");
        assertThat(diff.changed()).extracting(ChecklistItem::code).containsExactly("A-HUM-002");
        assertThat(diff.changed().get(0).title().ja()).isEqualTo("誓約書の提出");
    }

    @Test
    void aChangedTagCountsAsAChange() {
        ChecklistItem before = item("A-HUM-001", "研修");
        ChecklistItem after = new ChecklistItem(before.code(), before.title(), before.category(), List.of("10(1)", "8"),
                before.threats(), before.segments(), before.networkModels(), before.priority(), before.procedure(),
                before.evidenceExamples(), before.question(), before.explanation(), before.isoControls());

        assertThat(TemplateDiff.between(List.of(before), List.of(after)).changed()).containsExactly(after);
    }

    @Test
    void versionsCompareNumberByNumber() {
        assertThat(TemplateVersion.compare("1.10.0", "1.9.0")).isPositive();
        assertThat(TemplateVersion.compare("1.0.0", "1.0.0")).isZero();
        assertThat(TemplateVersion.compare("0.9.9", "1.0.0")).isNegative();
    }

    private static ChecklistItem item(String code, String title) {
        return new ChecklistItem(code, new LocalizedText(title, title), Category.HUMAN, List.of("10(1)"),
                Set.of(Threat.UNINTENTIONAL), Set.of(Segment.values()), Set.of(NetworkModel.values()), false,
                LocalizedText.of("確認する"), List.of("記録"), LocalizedText.of(""), LocalizedText.of(""),
                List.of("6.3"));
    }
}
