package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.AuditPhase;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FindingContent;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.OpenItem;
import com.auditworkbench.domain.OpenItemKind;
import com.auditworkbench.domain.PhaseGateException;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.PolicyReviewEntry;
import com.auditworkbench.domain.PolicyReviewInput;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.RequestEdit;
import com.auditworkbench.domain.RequestStatus;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Role;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.workbook.CommitteeWorkbook;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phases of an audit, what is left in each, and the gate before 報告 with its override. */
class PhaseServiceTest {

    private static final String DEPARTMENT = "総務部 総務課";

    @TempDir
    Path folder;

    private WorkbenchSession session;
    private Auditor lead;
    private Auditor reviewer;
    private Plan plan;
    private long departmentId;

    @BeforeEach
    void createAudit() {
        session = TestWorkbenches.service().create(folder.resolve("phases.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray());
        lead = session.people().add("監査 太郎", Role.LEAD, null);
        reviewer = session.people().add("審査 花子", Role.REVIEWER, null);
        session.people().actAs(lead);
        plan = session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 情報セキュリティ監査計画", "遵守状況を検証する。",
                List.of(DEPARTMENT), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30), "取扱注意", "監査 太郎"),
                TestTemplates.audit(3));
        departmentId = plan.departments().get(0).id();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void anAuditStartsInPreparationWithItsPlanDetailsListedAsLeft() {
        assertThat(session.phases().phase(plan.id())).isEqualTo(AuditPhase.PREPARATION);
        assertThat(session.phases().whatIsLeft(plan.id())).extracting(OpenItem::kind, OpenItem::subject).containsExactly(
                tuple(OpenItemKind.ON_SITE_DAYS_MISSING, DEPARTMENT),
                tuple(OpenItemKind.REPORT_DATE_MISSING, plan.title()),
                tuple(OpenItemKind.NO_REQUESTS, DEPARTMENT));

        session.auditDetails().addOnSiteDay(plan.id(), departmentId, LocalDate.of(2026, 7, 14), "");
        session.auditDetails().saveScope(plan.id(), plan.objective(), List.of("財務会計システム"), java.util.Set.of(),
                LocalDate.of(2026, 10, 15));
        session.requests().add(plan.id(), request("規程集"));

        assertThat(session.phases().whatIsLeft(plan.id())).isEmpty();
    }

    @Test
    void phasesMoveOneStepForwardOrBackAndEveryMoveIsLogged() {
        session.phases().advance(plan.id(), AuditPhase.PRELIMINARY);
        assertThatThrownBy(() -> session.phases().advance(plan.id(), AuditPhase.EVALUATION))
                .isInstanceOf(AuditException.class).hasMessage("phase.error.skip");
        session.phases().advance(plan.id(), AuditPhase.FIELDWORK);
        session.phases().advance(plan.id(), AuditPhase.PRELIMINARY);

        assertThat(session.phases().phase(plan.id())).isEqualTo(AuditPhase.PRELIMINARY);
        assertThat(session.phases().changes(plan.id())).extracting(c -> c.from(), c -> c.to(), c -> c.changedBy())
                .containsExactly(tuple(AuditPhase.PREPARATION, AuditPhase.PRELIMINARY, "監査 太郎"),
                        tuple(AuditPhase.PRELIMINARY, AuditPhase.FIELDWORK, "監査 太郎"),
                        tuple(AuditPhase.FIELDWORK, AuditPhase.PRELIMINARY, "監査 太郎"));
        assertThat(session.activity().latest(plan.id(), "", 20)).filteredOn(e -> e.action().equals("phase"))
                .extracting(ActivityEvent::summary)
                .containsExactly("fieldwork → preliminary", "preliminary → fieldwork", "preparation → preliminary");
    }

    @Test
    void theMoveToReportIsRefusedWithTheExactListOfEssentialWorkAndChangesNothing() {
        toEvaluation();
        List<ChecklistRow> rows = session.fieldwork().rows(plan.id());
        session.fieldwork().record(rows.get(0), Result.CONFORMING, "");
        session.fieldwork().record(rows.get(1), Result.NONCONFORMING, "記録がない。");
        session.requests().add(plan.id(), request("情報資産台帳"));
        long eventsBefore = session.activity().latest(plan.id(), "", 1000).size();

        PhaseGateException refused = catchThrowableOfType(PhaseGateException.class,
                () -> session.phases().advance(plan.id(), AuditPhase.REPORTING));

        assertThat(refused.blocking()).extracting(OpenItem::kind, OpenItem::subject).containsExactly(
                tuple(OpenItemKind.REQUEST_NOT_RECEIVED, "R-001 情報資産台帳（総務部 総務課）"),
                tuple(OpenItemKind.ITEM_WITHOUT_RESULT, rows.get(2).item().code() + " " + DEPARTMENT),
                tuple(OpenItemKind.NONCONFORMITY_WITHOUT_FINDING, rows.get(1).item().code() + " " + DEPARTMENT),
                tuple(OpenItemKind.REVIEW_INPUT_EMPTY, "(1)"),
                tuple(OpenItemKind.REVIEW_INPUT_EMPTY, "(2)"),
                tuple(OpenItemKind.REVIEW_INPUT_EMPTY, "(3)"),
                tuple(OpenItemKind.REVIEW_INPUT_EMPTY, "(4)"),
                tuple(OpenItemKind.REVIEW_INPUT_EMPTY, "(5)"));
        assertThat(refused.localizedMessage(new Messages(Language.JAPANESE)))
                .isEqualTo("未了の必須事項が 8 件あるため、報告に進めません。");
        assertThat(refused.localizedMessage(new Messages(Language.ENGLISH)))
                .isEqualTo("The audit cannot move to reporting: 8 essential entries are still open.");
        assertThat(session.phases().phase(plan.id())).isEqualTo(AuditPhase.EVALUATION);
        assertThat(session.phases().changes(plan.id())).noneMatch(c -> c.to() == AuditPhase.REPORTING);
        assertThat(session.activity().latest(plan.id(), "", 1000)).hasSize((int) eventsBefore);
    }

    @Test
    void onlyTheAuditLeadOverridesTheGateAndTheReasonReachesTheLogAndTheCoverSheet() throws Exception {
        toEvaluation();
        session.people().actAs(reviewer);
        assertThatThrownBy(() -> session.phases().override(plan.id(), AuditPhase.REPORTING, "委員会の日程のため"))
                .hasMessage("phase.error.leadOnly");
        session.people().actAs(lead);
        assertThatThrownBy(() -> session.phases().override(plan.id(), AuditPhase.REPORTING, "  "))
                .hasMessage("phase.error.reasonRequired");
        assertThat(session.phases().phase(plan.id())).isEqualTo(AuditPhase.EVALUATION);

        session.phases().override(plan.id(), AuditPhase.REPORTING, "委員会の開催日に間に合わせるため、未了事項は次回報告する。");

        assertThat(session.phases().phase(plan.id())).isEqualTo(AuditPhase.REPORTING);
        var override = session.phases().reportGateOverride(plan.id()).orElseThrow();
        assertThat(override.changedBy()).isEqualTo("監査 太郎");
        assertThat(override.openAtChange()).hasSize(3 + 5);
        ActivityEvent logged = session.activity().latest(plan.id(), "", 5).get(0);
        assertThat(logged.action()).isEqualTo("phase-override");
        assertThat(logged.actor()).isEqualTo("監査 太郎");
        assertThat(logged.summary()).isEqualTo("evaluation → reporting: 委員会の開催日に間に合わせるため、未了事項は次回報告する。");
        assertThat(logged.after()).contains("\"reason\":\"委員会の開催日に間に合わせるため、未了事項は次回報告する。\"")
                .contains("itemWithoutResult|");

        Path out = folder.resolve("committee.xlsx");
        new CommitteeWorkbook(new Messages(Language.JAPANESE), ZoneId.of("Asia/Tokyo"))
                .write(session.reports().committeeReport(plan.id()), out, Progress.NONE);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet cover = workbook.getSheet("表紙");
            Row overrideRow = rowLabelled(cover, "報告段階への移行（必須事項未了のまま）");
            assertThat(overrideRow.getCell(1).getStringCellValue()).isEqualTo(
                    "2026年7月1日 10:00 監査 太郎：委員会の開催日に間に合わせるため、未了事項は次回報告する。");
            Row openRow = rowLabelled(cover, "移行時に未了だった必須事項");
            String[] lines = openRow.getCell(1).getStringCellValue().split("\n");
            assertThat(lines).hasSize(8);
            assertThat(lines[0]).isEqualTo("結果が未記録の項目：" + session.fieldwork().rows(plan.id()).get(0).item().code()
                    + " " + DEPARTMENT);
            assertThat(lines[7]).isEqualTo("第12条の見直し入力が空欄：(5)");
        }
    }

    @Test
    void theListEmptiesAsTheFixesAreMadeAndThenTheGatePassesWithoutOverride() {
        toEvaluation();
        long requestId = session.requests().add(plan.id(), request("情報資産台帳")).id();
        List<ChecklistRow> rows = session.fieldwork().rows(plan.id());
        assertThat(kinds()).containsExactly(OpenItemKind.REQUEST_NOT_RECEIVED, OpenItemKind.ITEM_WITHOUT_RESULT,
                OpenItemKind.ITEM_WITHOUT_RESULT, OpenItemKind.ITEM_WITHOUT_RESULT, OpenItemKind.REVIEW_INPUT_EMPTY,
                OpenItemKind.REVIEW_INPUT_EMPTY, OpenItemKind.REVIEW_INPUT_EMPTY, OpenItemKind.REVIEW_INPUT_EMPTY,
                OpenItemKind.REVIEW_INPUT_EMPTY);

        session.fieldwork().record(rows.get(0), Result.CONFORMING, "");
        session.fieldwork().record(rows.get(1), Result.NOT_APPLICABLE, "対象業務なし。");
        ChecklistRow deviating = session.fieldwork().record(rows.get(2), Result.NONCONFORMING, "記録がない。");
        assertThat(kinds()).contains(OpenItemKind.NONCONFORMITY_WITHOUT_FINDING, OpenItemKind.ITEM_NOT_REVIEWED)
                .doesNotContain(OpenItemKind.ITEM_WITHOUT_RESULT);

        Finding finding = session.findings().raise(session.findings().draftFrom(deviating));
        assertThat(kinds()).doesNotContain(OpenItemKind.NONCONFORMITY_WITHOUT_FINDING)
                .contains(OpenItemKind.FINDING_INCOMPLETE, OpenItemKind.FINDING_NOT_REVIEWED);

        FindingContent c = finding.content();
        session.findings().update(finding.id(), new FindingContent(c.title(), c.condition(), c.criteria(),
                "手順が定められていない。", "不正な利用を発見できない。", "手順を定めること。", c.severity(), c.violation(),
                c.response()));
        assertThat(kinds()).doesNotContain(OpenItemKind.FINDING_INCOMPLETE);

        session.findings().signAsPreparer(finding.id());
        rows = session.fieldwork().rows(plan.id());
        for (ChecklistRow row : rows) {
            session.fieldwork().signAsPreparer(row);
        }
        session.people().actAs(reviewer);
        session.findings().signAsReviewer(finding.id());
        for (ChecklistRow row : rows) {
            session.fieldwork().signAsReviewer(row);
        }
        session.people().actAs(lead);
        assertThat(kinds()).doesNotContain(OpenItemKind.FINDING_NOT_REVIEWED, OpenItemKind.ITEM_NOT_REVIEWED);

        for (PolicyReviewInput input : PolicyReviewInput.values()) {
            session.plans().savePolicyReview(plan.id(), new PolicyReviewEntry(input, "特になし。", ""));
        }
        assertThat(kinds()).containsExactly(OpenItemKind.REQUEST_NOT_RECEIVED);
        assertThat(session.phases().blockingReport(plan.id())).hasSize(1);

        session.requests().setStatus(requestId, RequestStatus.RECEIVED, LocalDate.of(2026, 6, 20));
        assertThat(session.phases().whatIsLeft(plan.id())).isEmpty();
        assertThat(session.phases().blockingReport(plan.id())).isEmpty();

        session.phases().advance(plan.id(), AuditPhase.REPORTING);
        assertThat(session.phases().phase(plan.id())).isEqualTo(AuditPhase.REPORTING);
        assertThat(session.phases().reportGateOverride(plan.id())).isEmpty();
    }

    @Test
    void inFollowUpTheListShowsOverdueActions() {
        toEvaluation();
        ChecklistRow row = session.fieldwork().record(session.fieldwork().rows(plan.id()).get(0), Result.NONCONFORMING,
                "記録がない。");
        Finding finding = session.findings().raise(session.findings().draftFrom(row));
        FindingContent c = finding.content();
        session.findings().update(finding.id(), new FindingContent(c.title(), c.condition(), c.criteria(), "原因",
                "影響", "改善", c.severity(), c.violation(), new com.auditworkbench.domain.ManagementResponse("対応する",
                        "総務課長", LocalDate.of(2026, 6, 30), com.auditworkbench.domain.ActionStatus.IN_PROGRESS)));

        assertThat(session.phases().whatIsLeft(plan.id(), AuditPhase.FOLLOW_UP)).extracting(OpenItem::kind,
                OpenItem::findingId).containsExactly(tuple(OpenItemKind.ACTION_OVERDUE, finding.id()));
    }

    private List<OpenItemKind> kinds() {
        return session.phases().whatIsLeft(plan.id()).stream().map(OpenItem::kind).toList();
    }

    private void toEvaluation() {
        for (AuditPhase phase : List.of(AuditPhase.PRELIMINARY, AuditPhase.FIELDWORK, AuditPhase.EVALUATION)) {
            session.phases().advance(plan.id(), phase);
        }
    }

    private RequestEdit request(String title) {
        return new RequestEdit(departmentId, title, "", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15),
                RequestStatus.REQUESTED, null, "");
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label);
    }
}
