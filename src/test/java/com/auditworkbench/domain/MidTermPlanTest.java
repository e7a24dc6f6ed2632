package com.auditworkbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rotation of a medium-term plan flags every department and system left out of the cycle. */
class MidTermPlanTest {

    static final Department GENERAL = new Department(1, "D001", "総務部 総務課");
    static final Department CITIZENS = new Department(2, "D002", "市民部 市民課");
    static final Department TAX = new Department(3, "D003", "市民部 課税課");
    static final Messages JA = new Messages(Language.JAPANESE);
    static final Messages EN = new Messages(Language.ENGLISH);

    static MidTermPlan plan(Set<Integer> taxYears) {
        return new MidTermPlan(0, "令和7〜9年度 中期計画", new FiscalYear(2025), 3, List.of("委託先管理", " "),
                List.of(MidTermPlan.RotationRow.department(GENERAL, Set.of(2025)),
                        MidTermPlan.RotationRow.department(CITIZENS, Set.of(2025, 2027)),
                        MidTermPlan.RotationRow.department(TAX, taxYears)));
    }

    @Test
    void aThreeYearPlanThatLeavesADepartmentOutFlagsItInOneSentence() {
        MidTermPlan plan = plan(Set.of());
        assertThat(plan.leftOut()).extracting(MidTermPlan.RotationRow::name).containsExactly("市民部 課税課");
        assertThat(plan.leftOutSentence(plan.leftOut().get(0), JA))
                .isEqualTo("市民部 課税課は、中期計画の期間（令和7年度〜令和9年度）のどの年度にも監査が予定されていません。");
        assertThat(plan.leftOutSentence(plan.leftOut().get(0), EN)).isEqualTo(
                "市民部 課税課 is not scheduled for an audit in any year of the medium-term plan (令和7年度 to 令和9年度).");
    }

    @Test
    void aPlanThatCoversEveryDepartmentFlagsNoOne() {
        MidTermPlan plan = plan(Set.of(2026));
        assertThat(plan.leftOut()).isEmpty();
        assertThat(plan.themes()).containsExactly("委託先管理");
    }

    @Test
    void aSlotOutsideTheCycleDoesNotCoverTheDepartment() {
        assertThat(plan(Set.of(2028)).leftOut()).extracting(MidTermPlan.RotationRow::name)
                .containsExactly("市民部 課税課");
    }

    @Test
    void theYearsRotationGivesTheYearsDepartments() {
        MidTermPlan plan = plan(Set.of(2026));
        assertThat(plan.departmentsIn(new FiscalYear(2025))).extracting(Department::name)
                .containsExactly("総務部 総務課", "市民部 市民課");
        assertThat(plan.departmentsIn(new FiscalYear(2026))).extracting(Department::name)
                .containsExactly("市民部 課税課");
        assertThat(plan.fiscalYears()).extracting(FiscalYear::year).containsExactly(2025, 2026, 2027);
    }
}
