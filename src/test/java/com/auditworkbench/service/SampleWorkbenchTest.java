package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.template.ShippedTemplates;
import java.nio.file.Path;
import com.auditworkbench.domain.Category;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorkbenchTest {

    @TempDir
    Path folder;

    @Test
    void sampleHoldsAFiscal2026PlanOnTheShippedChecklistWithResultsAndFindings() {
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("sample.awb"),
                SampleWorkbench.PASSPHRASE.toCharArray())) {
            Plan plan = SampleWorkbench.populate(session, new ShippedTemplates().defaultAudit());
            assertThat(plan.fiscalYear().japaneseName()).isEqualTo("令和8年度");
            assertThat(plan.templateId()).isEqualTo(ShippedTemplates.SECURITY_AUDIT);
            assertThat(plan.departments()).hasSize(5);
            assertThat(plan.departments().get(4).isContractor()).isTrue();
            List<ChecklistRow> rows = session.fieldwork().rows(plan.id());
            assertThat(rows).filteredOn(r -> r.department().isContractor()).isNotEmpty().allMatch(r -> Set.of(
                    Category.OUTSOURCING, Category.TECHNICAL, Category.PHYSICAL).contains(r.item().category()));
            assertThat(session.interviews().forPlan(plan.id())).hasSize(3)
                    .allSatisfy(i -> assertThat(i.itemCodes()).isNotEmpty());
            long recorded = rows.stream().filter(r -> r.result() != Result.NOT_PERFORMED).count();
            assertThat(recorded).isGreaterThan(rows.size() / 2);
            assertThat(rows).anyMatch(r -> r.result() == Result.NONCONFORMING && !r.notes().isEmpty());
            assertThat(session.findings().byPlan(plan.id())).hasSizeBetween(3, 12)
                    .allSatisfy(f -> assertThat(f.criteria()).startsWith("国立市情報セキュリティに関する規則 第"));
        }
    }
}
