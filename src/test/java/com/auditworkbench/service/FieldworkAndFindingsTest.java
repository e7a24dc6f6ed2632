package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldworkAndFindingsTest {

    @TempDir
    Path folder;

    private static NewPlan plan(String... departments) {
        return new NewPlan(new FiscalYear(2026), "令和8年度 情報セキュリティ監査計画", "目的", List.of(departments),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30), NewPlan.DEFAULT_MARKING, "監査 太郎");
    }

    @Test
    void planTakesASnapshotOfItsTemplateAndListsEveryItemAtEveryDepartment() {
        Path file = folder.resolve("a.awb");
        try (WorkbenchSession session = TestWorkbenches.service().create(file, TestWorkbenches.PASSPHRASE.toCharArray())) {
            Plan created = session.plans().create(plan("総務課", "市民課"), TestTemplates.audit(10));
            assertThat(created.code()).isEqualTo("FY2026-01");
            assertThat(created.templateId()).isEqualTo("test-audit");
            assertThat(created.departments()).extracting(d -> d.name()).containsExactly("総務課", "市民課");
            List<ChecklistRow> rows = session.fieldwork().rows(created.id());
            assertThat(rows).hasSize(20);
            assertThat(rows).allMatch(r -> r.result() == Result.NOT_PERFORMED && r.notes().isEmpty());
            assertThat(session.plans().items(created.id())).extracting(i -> i.code())
                    .containsExactlyElementsOf(TestTemplates.audit(10).items().stream().map(i -> i.code()).toList());
        }
    }

    @Test
    void recordedResultsAndNotesSurviveReopening() {
        Path file = folder.resolve("b.awb");
        long planId;
        String itemCode;
        try (WorkbenchSession session = TestWorkbenches.service().create(file, TestWorkbenches.PASSPHRASE.toCharArray())) {
            Plan created = session.plans().create(plan("総務課"), TestTemplates.audit(3));
            planId = created.id();
            ChecklistRow row = session.fieldwork().rows(planId).get(1);
            itemCode = row.item().code();
            session.fieldwork().record(row, Result.NONCONFORMING, "退職者のアカウントが2件残っていた。");
            session.fieldwork().record(row, Result.PARTIAL, "退職者のアカウントが1件残っていた。");
        }
        try (WorkbenchSession session = TestWorkbenches.service().open(file, TestWorkbenches.PASSPHRASE.toCharArray())) {
            ChecklistRow row = session.fieldwork().rows(planId).stream()
                    .filter(r -> r.item().code().equals(itemCode)).findFirst().orElseThrow();
            assertThat(row.result()).isEqualTo(Result.PARTIAL);
            assertThat(row.notes()).isEqualTo("退職者のアカウントが1件残っていた。");
            assertThat(row.updatedAt()).isEqualTo(TestWorkbenches.CLOCK.instant());
        }
    }

    @Test
    void findingDraftCitesTheItemAndItsArticleAndFindingsAreNumberedInOrder() {
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("c.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            Plan created = session.plans().create(plan("総務課"), TestTemplates.audit(3));
            ChecklistRow row = session.fieldwork().record(session.fieldwork().rows(created.id()).get(0),
                    Result.NONCONFORMING, "研修の記録がない。");
            NewFinding draft = session.findings().draftFrom(row);
            assertThat(draft.criteria()).contains("第10条第1号").contains(row.item().code());
            assertThat(draft.condition()).isEqualTo("研修の記録がない。");
            assertThat(draft.severity()).isEqualTo(Severity.MINOR);

            Finding first = session.findings().raise(draft);
            Finding second = session.findings().raise(new NewFinding(draft.planId(), draft.departmentId(),
                    draft.itemCode(), "二件目", "事実", "根拠", "提案", Severity.OBSERVATION));
            assertThat(first.reference()).isEqualTo("F-001");
            assertThat(second.reference()).isEqualTo("F-002");
            assertThat(session.findings().byPlan(created.id())).extracting(Finding::title, Finding::severity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(row.item().title().ja(), Severity.MINOR),
                            org.assertj.core.groups.Tuple.tuple("二件目", Severity.OBSERVATION));
        }
    }

    @Test
    void findingWithoutConditionIsRefusedAndNothingIsSaved() {
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("d.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            Plan created = session.plans().create(plan("総務課"), TestTemplates.audit(2));
            ChecklistRow row = session.fieldwork().rows(created.id()).get(0);
            assertThatThrownBy(() -> session.findings().raise(new NewFinding(created.id(), row.department().id(),
                    row.item().code(), "件名", " ", "根拠", "", Severity.MINOR)))
                    .isInstanceOfSatisfying(AuditException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("finding.error.conditionRequired"));
            assertThat(session.findings().byPlan(created.id())).isEmpty();
        }
    }

    @Test
    void planWithoutDepartmentsOrWithReversedPeriodIsRefused() {
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("e.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            assertThatThrownBy(() -> session.plans().create(plan(), TestTemplates.audit(2)))
                    .isInstanceOfSatisfying(AuditException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("plan.error.departmentsRequired"));
            NewPlan reversed = new NewPlan(new FiscalYear(2026), "計画", "", List.of("総務課"),
                    LocalDate.of(2026, 9, 1), LocalDate.of(2026, 6, 1), "取扱注意", "");
            assertThatThrownBy(() -> session.plans().create(reversed, TestTemplates.audit(2)))
                    .isInstanceOfSatisfying(AuditException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("plan.error.periodReversed"));
            assertThat(session.plans().all()).isEmpty();
        }
    }

    @Test
    void commandLinePlanNameResolvesByYearOrCodeAndAsksForACodeWhenAYearHasSeveral() {
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("f.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            Plan first = session.plans().create(plan("総務課"), TestTemplates.audit(2));
            assertThat(session.plans().resolve("2026").id()).isEqualTo(first.id());
            Plan second = session.plans().create(plan("市民課"), TestTemplates.audit(2));
            assertThat(second.code()).isEqualTo("FY2026-02");
            assertThatThrownBy(() -> session.plans().resolve("2026"))
                    .isInstanceOfSatisfying(AuditException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("plan.error.severalPlansForYear");
                        assertThat(e.arguments()).contains("FY2026-01, FY2026-02");
                    });
            assertThat(session.plans().resolve("FY2026-02").id()).isEqualTo(second.id());
            assertThatThrownBy(() -> session.plans().resolve("2025")).isInstanceOf(AuditException.class);
        }
    }

    @Test
    void fingerprintIsStableForTheSameStateAndChangesWithAnyNote() {
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("g.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            Plan created = session.plans().create(plan("総務課"), TestTemplates.audit(2));
            String before = session.reports().committeeReport(created.id()).workbenchFingerprint();
            assertThat(session.reports().committeeReport(created.id()).workbenchFingerprint()).isEqualTo(before)
                    .hasSize(64);
            session.fieldwork().record(session.fieldwork().rows(created.id()).get(0), Result.NOT_PERFORMED, "。");
            assertThat(session.reports().committeeReport(created.id()).workbenchFingerprint()).isNotEqualTo(before);
        }
    }
}
