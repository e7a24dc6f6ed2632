package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.ActionStatus;
import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.ChainVerification;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FindingContent;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.ManagementResponse;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.ReviewNote;
import com.auditworkbench.domain.ReviewNoteStatus;
import com.auditworkbench.domain.Role;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.domain.Violation;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewAndActivityLogTest {

    @TempDir
    Path folder;

    private WorkbenchSession session;
    private Plan plan;
    private Auditor preparer;
    private Auditor reviewer;

    @BeforeEach
    void open() {
        session = TestWorkbenches.service().create(folder.resolve("r.awb"), TestWorkbenches.PASSPHRASE.toCharArray());
        preparer = session.people().add("監査 花子", Role.AUDITOR, "総務部 情報政策課");
        reviewer = session.people().add("審査 一郎", Role.REVIEWER, null);
        session.people().actAs(preparer);
        plan = session.plans().create(plan(2026, "総務部 総務課", "市民部 市民課"), TestTemplates.audit(4));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static NewPlan plan(int year, String... departments) {
        return new NewPlan(new FiscalYear(year), new FiscalYear(year).japaneseName() + " 情報セキュリティ監査計画", "目的",
                List.of(departments), null, null, NewPlan.DEFAULT_MARKING, "監査 花子");
    }

    private Finding raiseOne() {
        ChecklistRow row = session.fieldwork().record(session.fieldwork().rows(plan.id()).get(0),
                Result.NONCONFORMING, "退職者のアカウントが残っていた。");
        return session.findings().raise(session.findings().draftFrom(row));
    }

    private static FindingContent fiveCs(Finding f) {
        return new FindingContent(f.title(), f.condition(), f.criteria(), "人事異動の連絡が情報システム課に届いていない。",
                "退職者がシステムに接続できる状態が続き、情報漏えいのおそれがある。", "異動・退職の通知と突合する手順を定めること。",
                Severity.MAJOR, new Violation(true, "総務部長", LocalDate.of(2026, 7, 10)),
                new ManagementResponse("月次で突合する。", "情報政策課長", LocalDate.of(2026, 9, 30), ActionStatus.IN_PROGRESS));
    }

    @Test
    void fiveCsManagementResponseAndViolationPersistAndReadBack() {
        Finding raised = raiseOne();
        FindingContent content = fiveCs(raised);
        session.findings().update(raised.id(), content);
        session.close();
        session = TestWorkbenches.service().open(folder.resolve("r.awb"), TestWorkbenches.PASSPHRASE.toCharArray());

        Finding read = session.findings().get(raised.id());
        assertThat(read.content()).isEqualTo(content);
        assertThat(read.content().fiveCsComplete()).isTrue();
        assertThat(read.content().response().isOverdue(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(read.content().response().isOverdue(LocalDate.of(2026, 9, 1))).isFalse();
    }

    @Test
    void reviewerCannotBeThePreparer() {
        Finding raised = raiseOne();
        session.findings().signAsPreparer(raised.id());
        assertThatThrownBy(() -> session.findings().signAsReviewer(raised.id()))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.selfReview"));
        assertThat(session.findings().get(raised.id()).signOff().isReviewed()).isFalse();

        session.people().actAs(reviewer);
        Finding reviewed = session.findings().signAsReviewer(raised.id());
        assertThat(reviewed.signOff().preparer().name()).isEqualTo("監査 花子");
        assertThat(reviewed.signOff().reviewer().name()).isEqualTo("審査 一郎");
    }

    @Test
    void auditorRoleCannotSignAsReviewer() {
        Auditor other = session.people().add("監査 次郎", Role.AUDITOR, null);
        Finding raised = raiseOne();
        session.findings().signAsPreparer(raised.id());
        session.people().actAs(other);
        assertThatThrownBy(() -> session.findings().signAsReviewer(raised.id()))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.roleMayNotReview"));
    }

    @Test
    void lockedFindingRefusesEditsUntilReopenedAndTheReopenIsLoggedAndStaysVisible() {
        Finding raised = raiseOne();
        session.findings().signAsPreparer(raised.id());
        session.people().actAs(reviewer);
        session.findings().signAsReviewer(raised.id());

        assertThatThrownBy(() -> session.findings().update(raised.id(), fiveCs(raised)))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.locked"));
        assertThat(session.findings().get(raised.id()).content()).isEqualTo(raised.content());
        assertThatThrownBy(() -> session.findings().reopen(raised.id(), " "))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.reasonRequired"));

        Finding reopened = session.findings().reopen(raised.id(), "原因の記載を補足するため");
        assertThat(reopened.signOff().isLocked()).isFalse();
        assertThat(reopened.signOff().reopened()).isTrue();
        session.findings().update(raised.id(), fiveCs(raised));

        List<ActivityEvent> history = session.findings().history(raised.id());
        assertThat(history).extracting(ActivityEvent::action)
                .containsExactly("create", "sign-preparer", "sign-reviewer", "reopen", "edit");
        ActivityEvent reopen = history.get(3);
        assertThat(reopen.actor()).isEqualTo("審査 一郎");
        assertThat(reopen.summary()).isEqualTo("原因の記載を補足するため");
        assertThat(reopen.before()).contains("\"preparer\":\"監査 花子\"").contains("\"reviewer\":\"審査 一郎\"");
    }

    @Test
    void lockedChecklistResultRefusesNewResultsUntilReopened() {
        ChecklistRow row = session.fieldwork().record(session.fieldwork().rows(plan.id()).get(1), Result.CONFORMING,
                "");
        session.fieldwork().signAsPreparer(row);
        assertThatThrownBy(() -> session.fieldwork().record(row, Result.NONCONFORMING, "x"))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.locked"));
        session.fieldwork().reopen(row, "追加の証跡を確認したため");
        assertThat(session.fieldwork().record(row, Result.NONCONFORMING, "x").result()).isEqualTo(Result.NONCONFORMING);
    }

    @Test
    void undoRestoresTheEarlierValueAndIsItselfLogged() {
        ChecklistRow row = session.fieldwork().rows(plan.id()).get(2);
        session.fieldwork().record(row, Result.CONFORMING, "一回目");
        session.fieldwork().record(row, Result.PARTIAL, "二回目");
        assertThat(session.history().nextUndo()).isPresent();

        session.history().undo();
        ChecklistRow afterUndo = session.fieldwork().rows(plan.id()).get(2);
        assertThat(afterUndo.result()).isEqualTo(Result.CONFORMING);
        assertThat(afterUndo.notes()).isEqualTo("一回目");
        session.history().redo();
        assertThat(session.fieldwork().rows(plan.id()).get(2).notes()).isEqualTo("二回目");

        List<ActivityEvent> events = session.activity().forEntity("result", row.key());
        assertThat(events).extracting(ActivityEvent::action).containsExactly("record", "record", "undo", "redo");
        assertThat(events.get(2).before()).contains("二回目");
        assertThat(events.get(2).after()).contains("一回目");
        assertThat(session.activity().verifyChain().intact()).isTrue();
    }

    @Test
    void undoOfAFindingEditRestoresTheFiveCs() {
        Finding raised = raiseOne();
        session.findings().update(raised.id(), fiveCs(raised));
        session.history().undo();
        assertThat(session.findings().get(raised.id()).content()).isEqualTo(raised.content());
    }

    @Test
    void reviewNotesGoFromOpenToAnsweredToClearedWithHistoryKept() {
        Finding raised = raiseOne();
        session.people().actAs(reviewer);
        ReviewNote note = session.reviews().open(plan.id(), "finding", Long.toString(raised.id()), "原因の根拠は？");
        session.people().actAs(preparer);
        session.reviews().answer(note.id(), "人事課のヒアリング記録による。");
        assertThatThrownBy(() -> session.reviews().clear(note.id(), "了解"))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.onlyAuthorClears"));
        session.people().actAs(reviewer);
        ReviewNote cleared = session.reviews().clear(note.id(), "了解");
        assertThat(cleared.status()).isEqualTo(ReviewNoteStatus.CLEARED);
        assertThat(cleared.entries()).extracting(ReviewNote.Entry::status)
                .containsExactly(ReviewNoteStatus.OPEN, ReviewNoteStatus.ANSWERED, ReviewNoteStatus.CLEARED);
        assertThat(cleared.entries()).extracting(e -> e.author().name()).containsExactly("審査 一郎", "監査 花子",
                "審査 一郎");
    }

    @Test
    void auditingOnesOwnDepartmentNeedsAJustification() {
        Auditor own = session.people().add("監査 三郎", Role.AUDITOR, "総務部 総務課");
        var department = plan.departments().get(0);
        assertThatThrownBy(() -> session.people().assign(plan.id(), own, department, ""))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("team.error.ownDepartment"));
        session.people().assign(plan.id(), own, department, "担当者が他にいないため。監査結果は別の者がレビューする。");
        var member = session.people().team(plan.id()).stream().filter(m -> m.auditor().id() == own.id())
                .findFirst().orElseThrow();
        assertThat(member.ownDepartmentAssignments()).singleElement()
                .satisfies(a -> assertThat(a.justification()).startsWith("担当者が他にいない"));
    }

    @Test
    void carryForwardBringsExactlyTheOpenFindingsIntoNextYearsPlan() {
        Finding open = raiseOne();
        ChecklistRow second = session.fieldwork().record(session.fieldwork().rows(plan.id()).get(5), Result.PARTIAL,
                "一部未実施");
        Finding closed = session.findings().raise(session.findings().draftFrom(second));
        FindingContent confirmed = new FindingContent(closed.title(), closed.condition(), closed.criteria(), "", "",
                "", closed.severity(), null, new ManagementResponse("対応済み", "課長", null, ActionStatus.CONFIRMED));
        session.findings().update(closed.id(), confirmed);

        List<Finding> offered = session.findings().openBefore(2027);
        assertThat(offered).extracting(Finding::id).containsExactly(open.id());

        Plan next = session.plans().create(plan(2027, "総務部 総務課"), TestTemplates.audit(4), offered);
        List<Finding> carried = session.findings().byPlan(next.id());
        assertThat(carried).singleElement().satisfies(f -> {
            assertThat(f.carriedFromId()).isEqualTo(open.id());
            assertThat(f.title()).isEqualTo(open.title());
            assertThat(f.department().name()).isEqualTo(open.department().name());
        });
        assertThat(session.findings().openBefore(2027)).isEmpty();
        session.findings().addFollowUp(carried.get(0).id(), LocalDate.of(2027, 5, 1), "手順書を改訂済み。運用を確認中。");
        assertThat(session.findings().followUps(carried.get(0).id())).extracting(n -> n.note())
                .containsExactly("手順書を改訂済み。運用を確認中。");
    }

    @Test
    void chainVerifiesAndEveryEventIsLinkedToThePreviousOne() {
        raiseOne();
        ChainVerification verification = session.activity().verifyChain();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isGreaterThanOrEqualTo(5);
        List<ActivityEvent> events = session.activity().latest(null, null, 100);
        for (int i = 0; i < events.size() - 1; i++) {
            assertThat(events.get(i).previousHash()).isEqualTo(events.get(i + 1).hash());
        }
    }
}
