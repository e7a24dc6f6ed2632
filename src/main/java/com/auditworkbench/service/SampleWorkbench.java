package com.auditworkbench.service;

import com.auditworkbench.domain.ChecklistRow;
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
    private static final int MAX_FINDINGS = 12;

    private SampleWorkbench() {
    }

    public static Plan populate(WorkbenchSession session, ChecklistTemplate template) {
        Plan plan = session.plans().create(new NewPlan(
                FISCAL_YEAR,
                FISCAL_YEAR.japaneseName() + " 情報セキュリティ監査計画",
                "情報セキュリティポリシー（規則第10条の対策）の遵守状況を検証し、第12条に基づく委員会の見直しに資する。",
                DEPARTMENTS,
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 11, 30),
                NewPlan.DEFAULT_MARKING,
                "監査 太郎"), template);
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
            NewFinding draft = session.findings().draftFrom(new ChecklistRow(row.planId(), row.department(), row.item(),
                    entry.result(), entry.notes(), null));
            session.findings().raise(new NewFinding(draft.planId(), draft.departmentId(), draft.itemCode(),
                    draft.title(), draft.condition(), draft.criteria(),
                    "所管課において原因を確認し、手順の見直しと定期的な確認の仕組みを整えること。",
                    findings % 4 == 0 ? Severity.MAJOR : Severity.MINOR));
            findings++;
        }
        return plan;
    }
}
