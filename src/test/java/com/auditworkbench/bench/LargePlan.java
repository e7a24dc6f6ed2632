package com.auditworkbench.bench;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.LocalizedText;
import com.auditworkbench.domain.NetworkModel;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.domain.TemplateKind;
import com.auditworkbench.domain.Threat;
import com.auditworkbench.service.FieldworkService;
import com.auditworkbench.service.WorkbenchSession;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The reference large plan of the benchmarks: 3,000 items × 40 auditees (120,000 rows), results and notes on most
 * rows, 5,000 findings. Built through the services, so every row is also in the activity log.
 */
final class LargePlan {

    static final int ITEMS = 3_000;
    static final int AUDITEES = 40;
    static final int FINDINGS = 5_000;

    private LargePlan() {
    }

    static Plan populate(WorkbenchSession session) {
        Random random = new Random(42);
        List<String> departments = new ArrayList<>();
        for (int d = 1; d <= AUDITEES; d++) {
            departments.add(String.format("第%02d部 第%02d課", (d + 1) / 2, d));
        }
        Plan plan = session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 情報セキュリティ監査計画（大規模）",
                "規模の検証", departments, null, null, NewPlan.DEFAULT_MARKING, "監査 太郎"), template());
        List<ChecklistRow> rows = session.fieldwork().rows(plan.id());
        List<FieldworkService.Entry> entries = new ArrayList<>(rows.size());
        for (ChecklistRow row : rows) {
            int roll = random.nextInt(100);
            if (roll < 5) {
                continue;
            }
            Result result = roll < 70 ? Result.CONFORMING : roll < 85 ? Result.PARTIAL : roll < 95
                    ? Result.NONCONFORMING : Result.NOT_APPLICABLE;
            entries.add(new FieldworkService.Entry(row, result, result == Result.CONFORMING ? ""
                    : "確認した事実の記録 " + row.item().code() + "：規程の改訂が反映されていない箇所がある。"));
        }
        for (int i = 0; i < entries.size(); i += 10_000) {
            session.fieldwork().recordAll(entries.subList(i, Math.min(entries.size(), i + 10_000)));
        }
        int raised = 0;
        for (FieldworkService.Entry entry : entries) {
            if (raised >= FINDINGS) {
                break;
            }
            if (entry.result() == Result.NONCONFORMING || entry.result() == Result.PARTIAL) {
                ChecklistRow row = entry.row();
                session.findings().raise(new NewFinding(plan.id(), row.department().id(), row.item().code(),
                        "指摘 " + raised + " " + row.item().title().ja(), entry.notes(), "規則 第10条",
                        "手順を見直し、定期的に確認すること。", Severity.values()[raised % Severity.values().length]));
                raised++;
            }
        }
        return plan;
    }

    private static ChecklistTemplate template() {
        List<ChecklistItem> items = new ArrayList<>(ITEMS);
        Category[] categories = Category.values();
        for (int i = 1; i <= ITEMS; i++) {
            Category category = categories[(i - 1) * categories.length / ITEMS];
            items.add(new ChecklistItem(String.format("BIG-%s-%04d", category.code().substring(0, 3).toUpperCase(), i),
                    new LocalizedText("大規模検証用のチェック項目 " + i, "Large plan item " + i), category,
                    List.of("10(" + category.articleItem() + ")"), Set.of(Threat.INTENTIONAL),
                    EnumSet.allOf(Segment.class), EnumSet.allOf(NetworkModel.class), i % 4 == 0,
                    LocalizedText.of("関係資料を入手し、運用状況を確認する。"), List.of("記録"), LocalizedText.of(""),
                    LocalizedText.of(""), List.of("5.1")));
        }
        return new ChecklistTemplate("large-bench", "1.0.0", TemplateKind.AUDIT, new LocalizedText("大規模検証", "Large"),
                "ja", "audit-result", LocalizedText.of("ベンチマーク用"), items);
    }
}
