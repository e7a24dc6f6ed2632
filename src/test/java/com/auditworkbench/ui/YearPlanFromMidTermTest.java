package com.auditworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.service.SampleWorkbench;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.ui.common.TaskRunner;
import com.auditworkbench.ui.midterm.MidTermViewModel;
import com.auditworkbench.ui.plan.PlanEditorViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** "Create the year's plan from the medium-term plan" pre-fills the plan dialog with the rotation's year. */
@ExtendWith(ApplicationExtension.class)
class YearPlanFromMidTermTest {

    @TempDir
    Path folder;

    record Handed(int year, List<String> departments) {
    }

    @Test
    void theYearsRotationPreFillsThePlanDialog() throws Exception {
        Messages messages = new Messages(Language.JAPANESE);
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("s.awb"),
                SampleWorkbench.PASSPHRASE.toCharArray())) {
            SampleWorkbench.populate(session, new ShippedTemplates().defaultAudit());
            LocalDate today = LocalDate.now(TestWorkbenches.CLOCK);
            CompletableFuture<Handed> handed = new CompletableFuture<>();
            Platform.runLater(() -> {
                MidTermViewModel viewModel = new MidTermViewModel(session, new TaskRunner(messages), messages, today);
                viewModel.planYearProperty().set(2027);
                viewModel.createYearPlan((year, names) -> handed.complete(new Handed(year, names)));
            });
            Handed result = handed.get(30, TimeUnit.SECONDS);
            assertThat(result).isEqualTo(new Handed(2027, List.of("市民部 課税課", "政策経営部 情報政策課")));

            CompletableFuture<NewPlan> plan = new CompletableFuture<>();
            Platform.runLater(() -> {
                PlanEditorViewModel editor = new PlanEditorViewModel(messages, new ShippedTemplates().defaultAudit(),
                        today);
                editor.fiscalYearProperty().set(result.year());
                editor.departmentsProperty().set(String.join("\n", result.departments()));
                plan.complete(editor.toNewPlan().orElseThrow());
            });
            NewPlan prefilled = plan.get(10, TimeUnit.SECONDS);
            assertThat(prefilled.fiscalYear().year()).isEqualTo(2027);
            assertThat(prefilled.title()).isEqualTo("令和9年度 情報セキュリティ監査計画");
            assertThat(prefilled.departmentNames()).containsExactly("市民部 課税課", "政策経営部 情報政策課");
        }
    }
}
