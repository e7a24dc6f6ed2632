package com.auditworkbench.support;

import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewCampaign;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.workbook.QuestionnaireWorkbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A workbench with a FY2026 self-inspection campaign on the shipped questionnaire, and its exported files. */
public final class SelfInspectionFixture {

    public static final List<String> DEPARTMENTS = List.of("総務部 総務課", "市民部 市民課", "健康福祉部 福祉総務課");
    public static final LocalDate DEADLINE = LocalDate.of(2026, 7, 31);
    public static final String CONTACT = "総務部 情報政策課 セキュリティ担当（内線 2141）";

    private static ChecklistTemplate shipped;

    private SelfInspectionFixture() {
    }

    public static synchronized ChecklistTemplate template() {
        if (shipped == null) {
            shipped = new ShippedTemplates().get(ShippedTemplates.SELF_INSPECTION);
        }
        return shipped;
    }

    public static WorkbenchSession workbench(Path folder) {
        return TestWorkbenches.service().create(folder.resolve("self-inspection.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray());
    }

    public static Campaign campaign(WorkbenchSession session, List<String> departments) {
        return session.selfInspection().create(new NewCampaign(new FiscalYear(2026), "令和8年度 情報セキュリティ自己点検",
                departments, DEADLINE, CONTACT, "取扱注意"), template());
    }

    public static Campaign campaign(WorkbenchSession session) {
        return campaign(session, DEPARTMENTS);
    }

    /** Exports every questionnaire of the campaign into a new folder and returns the files, in department order. */
    public static List<Path> export(WorkbenchSession session, Campaign campaign, Path folder) throws Exception {
        Files.createDirectories(folder);
        return new QuestionnaireWorkbook(new Messages(Language.JAPANESE))
                .writeAll(session.selfInspection().questionnaires(campaign.id(), List.of()), folder, Progress.NONE);
    }
}
