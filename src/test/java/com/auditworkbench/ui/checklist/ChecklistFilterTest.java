package com.auditworkbench.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.AuditeeKind;
import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.LocalizedText;
import com.auditworkbench.domain.NetworkModel;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.SignOff;
import com.auditworkbench.domain.Threat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ChecklistFilterTest {

    private static final Department GENERAL = new Department(1, "D001", "総務課");
    private static final Department CONTRACTOR = new Department(2, "C001", "株式会社サンプル", AuditeeKind.CONTRACTOR);

    private static ChecklistRow row(Department d, String code, Category category, Set<Segment> segments,
            Set<Threat> threats, boolean priority, Result result, String notes) {
        ChecklistItem item = new ChecklistItem(code, new LocalizedText("アクセス権の棚卸し " + code,
                "Review of Access Rights " + code), category, List.of("10(3)"), threats, segments,
                Set.of(NetworkModel.values()), priority, LocalizedText.of(""), List.of(), LocalizedText.of(""),
                LocalizedText.of(""), List.of());
        return new ChecklistRow(1, d, item, result, notes, null, SignOff.NONE);
    }

    private final ChecklistRow a = row(GENERAL, "AUD-TEC-001", Category.TECHNICAL, Set.of(), Set.of(Threat.INTENTIONAL),
            true, Result.NONCONFORMING, "USBメモリの管理台帳がない");
    private final ChecklistRow b = row(GENERAL, "AUD-PHY-002", Category.PHYSICAL, Set.of(Segment.MYNUMBER),
            Set.of(Threat.DISASTER), false, Result.CONFORMING, "");
    private final ChecklistRow c = row(CONTRACTOR, "AUD-TEC-003", Category.TECHNICAL, Set.of(Segment.INTERNET),
            Set.of(Threat.INTENTIONAL, Threat.UNINTENTIONAL), false, Result.NOT_PERFORMED, "ログ確認の記録あり");

    private List<String> shown(ChecklistFilter filter) {
        var predicate = filter.predicate();
        return Stream.of(a, b, c).filter(r -> predicate == null || predicate.test(r)).map(r -> r.item().code()).toList();
    }

    @Test
    void eachCriterionNarrowsTheRowsAndTheyCombine() {
        assertThat(ChecklistFilter.NONE.predicate()).isNull();
        assertThat(shown(ChecklistFilter.NONE.withAuditee(CONTRACTOR))).containsExactly("AUD-TEC-003");
        assertThat(shown(ChecklistFilter.NONE.withCategory(Category.TECHNICAL))).containsExactly("AUD-TEC-001", "AUD-TEC-003");
        assertThat(shown(ChecklistFilter.NONE.withThreat(Threat.UNINTENTIONAL))).containsExactly("AUD-TEC-003");
        assertThat(shown(ChecklistFilter.NONE.withResult(Result.CONFORMING))).containsExactly("AUD-PHY-002");
        assertThat(shown(ChecklistFilter.NONE.withPriorityOnly(true))).containsExactly("AUD-TEC-001");
        assertThat(shown(ChecklistFilter.NONE.withCategory(Category.TECHNICAL).withAuditee(GENERAL)))
                .containsExactly("AUD-TEC-001");
        assertThat(shown(ChecklistFilter.NONE.withCategory(Category.PHYSICAL).withResult(Result.NONCONFORMING)))
                .isEmpty();
    }

    @Test
    void anItemNamingNoSegmentAppliesToEverySegment() {
        assertThat(shown(ChecklistFilter.NONE.withSegment(Segment.MYNUMBER))).containsExactly("AUD-TEC-001", "AUD-PHY-002");
        assertThat(shown(ChecklistFilter.NONE.withSegment(Segment.LGWAN))).containsExactly("AUD-TEC-001");
    }

    @Test
    void textMatchesCodeTitlesAndNotesIgnoringCase() {
        assertThat(shown(ChecklistFilter.NONE.withText("aud-phy"))).containsExactly("AUD-PHY-002");
        assertThat(shown(ChecklistFilter.NONE.withText("  review OF access "))).containsExactly("AUD-TEC-001",
                "AUD-PHY-002", "AUD-TEC-003");
        assertThat(shown(ChecklistFilter.NONE.withText("usbメモリ"))).containsExactly("AUD-TEC-001");
        assertThat(shown(ChecklistFilter.NONE.withText("ログ確認"))).containsExactly("AUD-TEC-003");
        assertThat(shown(ChecklistFilter.NONE.withText("棚卸し 003"))).containsExactly("AUD-TEC-003");
        assertThat(shown(ChecklistFilter.NONE.withText("台帳 ログ"))).isEmpty();
        assertThat(ChecklistFilter.containsIgnoreCase("Access", "")).isTrue();
        assertThat(ChecklistFilter.containsIgnoreCase("ab", "abc")).isFalse();
        assertThat(ChecklistFilter.containsIgnoreCase("xxABCxx", "abc")).isTrue();
    }
}
