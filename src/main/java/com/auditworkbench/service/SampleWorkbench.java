package com.auditworkbench.service;

import com.auditworkbench.domain.ActionStatus;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FindingContent;
import com.auditworkbench.domain.ManagementResponse;
import com.auditworkbench.domain.PolicyReviewEntry;
import com.auditworkbench.domain.PolicyReviewInput;
import com.auditworkbench.domain.Role;
import com.auditworkbench.domain.Violation;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The sample a newcomer opens first: a FY2026 plan over four departments, with results recorded on most items
 * and findings raised on some deviations. Deterministic, so every sample workbench reads the same.
 */
public final class SampleWorkbench {

    /** Shown on the start screen next to the sample: the sample holds no real data. */
    public static final String PASSPHRASE = "kunitachi-sample-2026";
    public static final FiscalYear FISCAL_YEAR = new FiscalYear(2026);

    private static final List<String> DEPARTMENTS = List.of("総務部 総務課", "市民部 市民課", "健康福祉部 福祉総務課",
            "子ども家庭部 子育て支援課");
    private static final String[] PARTIAL_NOTES = {
        "手順書はあるが、最新の組織改正が反映されていない。",
        "記録はあるが、一部の月で担当者の確認印が抜けている。",
        "実施しているが、実施記録が残されていない回がある。"
    };
    private static final String[] NONCONFORMING_NOTES = {
        "異動者2名のアカウントが削除されずに残っていた。",
        "USBメモリの持出し記録が3か月分作成されていなかった。",
        "委託先からの再委託の承認記録が確認できなかった。"
    };
    private static final int SEED = 2026;
    private static final int MAX_FINDINGS = 10;

    private SampleWorkbench() {
    }

    public static Plan populate(WorkbenchSession session, ChecklistTemplate template) {
        Auditor lead = session.people().add("監査 太郎", Role.LEAD, "政策経営部 情報政策課");
        Auditor reviewer = session.people().add("審査 花子", Role.REVIEWER, null);
        session.people().actAs(lead);
        List<Finding> open = lastYear(session, template);
        Plan plan = session.plans().create(new NewPlan(
                FISCAL_YEAR,
                FISCAL_YEAR.japaneseName() + " 情報セキュリティ監査計画",
                "情報セキュリティポリシー（規則第10条の対策）の遵守状況を検証し、第12条に基づく委員会の見直しに資する。",
                DEPARTMENTS,
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 11, 30),
                NewPlan.DEFAULT_MARKING,
                "監査 太郎"), template, open);
        session.people().joinTeam(plan.id(), lead, "監査対象の各部署の業務に従事しておらず、独立性を損なう関係はない。");
        session.people().joinTeam(plan.id(), reviewer, "監査対象部署との兼務・利害関係はない。");
        for (var department : plan.departments()) {
            session.people().assign(plan.id(), lead, department, "");
        }
        Random random = new Random(SEED);
        List<FieldworkService.Entry> entries = new ArrayList<>();
        for (ChecklistRow row : session.fieldwork().rows(plan.id())) {
            int roll = random.nextInt(100);
            if (roll < 8) {
                continue;
            } else if (roll < 72) {
                entries.add(new FieldworkService.Entry(row, Result.CONFORMING, ""));
            } else if (roll < 86) {
                entries.add(new FieldworkService.Entry(row, Result.PARTIAL,
                        PARTIAL_NOTES[random.nextInt(PARTIAL_NOTES.length)]));
            } else if (roll < 93) {
                entries.add(new FieldworkService.Entry(row, Result.NONCONFORMING,
                        NONCONFORMING_NOTES[random.nextInt(NONCONFORMING_NOTES.length)]));
            } else {
                entries.add(new FieldworkService.Entry(row, Result.NOT_APPLICABLE, "当該部署では対象となる業務・システムがない。"));
            }
        }
        session.fieldwork().recordAll(entries);
        int findings = 0;
        for (FieldworkService.Entry entry : entries) {
            if (entry.result() != Result.NONCONFORMING || findings >= MAX_FINDINGS) {
                continue;
            }
            ChecklistRow row = entry.row();
            NewFinding draft = session.findings().draftFrom(row.with(entry.result(), entry.notes()));
            session.findings().raise(new NewFinding(draft.planId(), draft.departmentId(), draft.itemCode(),
                    draft.title(), draft.condition(), draft.criteria(),
                    "所管課において原因を確認し、手順の見直しと定期的な確認の仕組みを整えること。",
                    findings % 4 == 0 ? Severity.MAJOR : Severity.MINOR));
            findings++;
        }
        List<Finding> raised = session.findings().byPlan(plan.id());
        for (Finding f : raised) {
            if (f.isCarriedForward()) {
                session.findings().addFollowUp(f.id(), LocalDate.of(2026, 7, 10),
                        "手順書の改訂案を確認した。運用開始は10月の予定。");
                continue;
            }
            if (f.number() <= 4) {
                session.findings().update(f.id(), writtenUp(f, f.number()));
            }
        }
        Finding first = raised.stream().filter(f -> !f.isCarriedForward()).findFirst().orElseThrow();
        session.findings().signAsPreparer(first.id());
        session.people().actAs(reviewer);
        session.findings().signAsReviewer(first.id());
        session.people().actAs(lead);
        session.plans().savePolicyReview(plan.id(), new PolicyReviewEntry(PolicyReviewInput.INCIDENTS,
                "他の地方公共団体で、委託先の作業者による個人情報の持出し事案が続いている。",
                "対策基準に、委託先への立入検査と作業記録の提出を契約条項として明記する。"));
        session.plans().savePolicyReview(plan.id(), new PolicyReviewEntry(PolicyReviewInput.TECHNOLOGY,
                "クラウドサービスの利用が増え、α′モデルへの移行が検討されている。",
                "外部サービス利用時の評価手順を実施手順に追加する。"));
        session.plans().savePolicyReview(plan.id(), new PolicyReviewEntry(PolicyReviewInput.INTERNAL_CHANGE,
                "令和8年4月の組織改正で所管課が変わったが、管理者の指定が更新されていない部署がある。", ""));
        RegisterSample.populate(session);
        PhaseSample.populate(session, plan);
        EvidenceSample.populate(session, plan, first);
        FieldworkSample.populate(session, plan);
        return session.plans().get(plan.id());
    }

    /** Last year's plan, with one finding confirmed closed and one still open, which this year carries forward. */
    private static List<Finding> lastYear(WorkbenchSession session, ChecklistTemplate template) {
        FiscalYear year = new FiscalYear(FISCAL_YEAR.year() - 1);
        Plan previous = session.plans().create(new NewPlan(year, year.japaneseName() + " 情報セキュリティ監査計画",
                "前年度の監査。", DEPARTMENTS.subList(0, 2), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 11, 30),
                NewPlan.DEFAULT_MARKING, "監査 太郎"), template);
        List<ChecklistRow> rows = session.fieldwork().rows(previous.id());
        ActionStatus[] outcomes = {ActionStatus.CONFIRMED, ActionStatus.IN_PROGRESS};
        for (int i = 0; i < outcomes.length; i++) {
            ChecklistRow row = session.fieldwork().record(rows.get(3 + i * 7), Result.NONCONFORMING,
                    NONCONFORMING_NOTES[i]);
            Finding f = session.findings().raise(session.findings().draftFrom(row));
            FindingContent c = writtenUp(f, i + 1);
            session.findings().update(f.id(), new FindingContent(c.title(), c.condition(), c.criteria(), c.cause(),
                    c.effect(), c.recommendation(), c.severity(), c.violation(), new ManagementResponse(
                            c.response().text(), c.response().actionOwner(), LocalDate.of(2026, 3, 31), outcomes[i])));
        }
        return session.findings().openBefore(FISCAL_YEAR.year());
    }

    private static FindingContent writtenUp(Finding f, int n) {
        return new FindingContent(f.title(), f.condition(), f.criteria(),
                "担当者の異動時に引継ぎの手順が定められておらず、確認が属人的になっている。",
                "不要なアクセス権や記録の欠落が放置され、情報漏えいや不正利用を発見できないおそれがある。",
                "所管課において手順を文書化し、四半期ごとに管理者が確認する仕組みを整えること。", f.severity(),
                n == 2 ? new Violation(true, "総務部長", LocalDate.of(2026, 7, 20)) : Violation.NONE,
                new ManagementResponse("手順書を改訂し、次の人事異動時から運用する。", "所管課長",
                        LocalDate.of(2026, 6 + n, 30), n == 1 ? ActionStatus.IN_PROGRESS : ActionStatus.NOT_STARTED));
    }
}
