package com.auditworkbench.support;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.LocalizedText;
import com.auditworkbench.domain.NetworkModel;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.TemplateKind;
import com.auditworkbench.domain.Threat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Small checklist templates built in code, for tests that are not about the shipped content. */
public final class TestTemplates {

    private TestTemplates() {
    }

    public static ChecklistTemplate audit(int items) {
        List<ChecklistItem> list = new ArrayList<>();
        Category[] categories = Category.values();
        for (int i = 1; i <= items; i++) {
            Category category = categories[(i - 1) % categories.length];
            list.add(new ChecklistItem(String.format("TST-%s-%03d", category.code().substring(0, 3).toUpperCase(), i),
                    new LocalizedText("テスト項目" + i, "Test item " + i), category,
                    List.of("10(" + category.articleItem() + ")"), Set.of(Threat.INTENTIONAL),
                    EnumSet.allOf(Segment.class), EnumSet.allOf(NetworkModel.class), i % 3 == 0,
                    new LocalizedText("手続" + i, "Procedure " + i), List.of("記録" + i), LocalizedText.of(""),
                    LocalizedText.of(""), List.of("5.1")));
        }
        return new ChecklistTemplate("test-audit", "1.0.0", TemplateKind.AUDIT,
                new LocalizedText("テスト監査", "Test audit"), "ja", "audit-result", LocalizedText.of("テスト"), list);
    }
}
