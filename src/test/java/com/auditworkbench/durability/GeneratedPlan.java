package com.auditworkbench.durability;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.LocalizedText;
import com.auditworkbench.domain.NetworkModel;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.TemplateKind;
import com.auditworkbench.domain.Threat;
import com.auditworkbench.service.WorkbenchSession;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A plan of generated items over many departments, as large as a test needs. */
final class GeneratedPlan {

    private GeneratedPlan() {
    }

    static Plan create(WorkbenchSession session, int items, int departments) {
        List<String> names = new ArrayList<>();
        for (int d = 1; d <= departments; d++) {
            names.add(String.format("第%02d部 第%02d課", (d + 1) / 2, d));
        }
        return session.plans().create(new NewPlan(new FiscalYear(2026), "情報セキュリティ監査計画（大規模）", "規模の検証",
                names, null, null, NewPlan.DEFAULT_MARKING, "監査 太郎"), template(items));
    }

    private static ChecklistTemplate template(int count) {
        List<ChecklistItem> items = new ArrayList<>(count);
        Category[] categories = Category.values();
        for (int i = 1; i <= count; i++) {
            Category category = categories[(i - 1) * categories.length / count];
            items.add(new ChecklistItem(String.format("GEN-%s-%04d", category.code().substring(0, 3).toUpperCase(), i),
                    new LocalizedText("生成したチェック項目 " + i, "Generated item " + i), category,
                    List.of("10(" + category.articleItem() + ")"), Set.of(Threat.INTENTIONAL),
                    EnumSet.allOf(Segment.class), EnumSet.allOf(NetworkModel.class), i % 4 == 0,
                    LocalizedText.of("関係資料を入手し、運用状況を確認する。"), List.of("記録"), LocalizedText.of(""),
                    LocalizedText.of(""), List.of("5.1")));
        }
        return new ChecklistTemplate("generated", "1.0.0", TemplateKind.AUDIT, new LocalizedText("生成", "Generated"),
                "ja", "audit-result", LocalizedText.of("試験用"), items);
    }
}
