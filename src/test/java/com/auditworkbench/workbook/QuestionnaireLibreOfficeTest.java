package com.auditworkbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.CampaignAnswer;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ImportPreview;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.SelfInspectionAnswer;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.AnsweringDepartment;
import com.auditworkbench.support.ExternalTools;
import com.auditworkbench.support.SelfInspectionFixture;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice, an independent office suite, reads the questionnaire, and a file it saved again still imports. */
class QuestionnaireLibreOfficeTest {

    @TempDir
    Path folder;

    private WorkbenchSession session;
    private Campaign campaign;
    private List<ChecklistItem> items;
    private Path file;

    @BeforeEach
    void export() throws Exception {
        session = SelfInspectionFixture.workbench(folder);
        campaign = SelfInspectionFixture.campaign(session);
        items = session.selfInspection().items(campaign.id());
        file = SelfInspectionFixture.export(session, campaign, folder.resolve("out")).get(1);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void libreOfficePrintsTheQuestionnaireOnA4WithTheDepartmentAndEveryQuestion() throws Exception {
        Path pdf = ExternalTools.convertWithLibreOffice(file, "pdf", folder);
        ExternalTools.require("pdftotext");
        String text = ExternalTools.run(folder, 60, "/usr/bin/pdftotext", pdf.toString(), "-").replaceAll("\\s+", "");
        assertThat(text).contains("市民部市民課").contains("2026年7月31日").contains("記入方法");
        for (ChecklistItem item : items) {
            assertThat(text).contains(item.code());
        }
        String info = ExternalTools.run(folder, 60, "/usr/bin/pdfinfo", pdf.toString());
        assertThat(info).containsPattern("Page size:\\s+841\\.\\d+ x 595\\.\\d+");
        assertThat(info).containsPattern("Pages:\\s+[2-6]\\b");
    }

    @Test
    void dropDownProtectionAndIdentitySurviveASaveByLibreOfficeAndTheFileStillImports() throws Exception {
        Map<String, String> answers = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            SelfInspectionAnswer answer = SelfInspectionAnswer.values()[i % 4];
            answers.put(items.get(i).code(), answer.label());
            if (answer != SelfInspectionAnswer.DONE) {
                comments.put(items.get(i).code(), "コメント " + i + "\n二行目");
            }
        }
        AnsweringDepartment.answer(file, "市民 花子", answers, comments);
        Path resaved = ExternalTools.convertWithLibreOffice(file, "xlsx:Calc MS Excel 2007 XML",
                Files.createDirectories(folder.resolve("libreoffice")));

        try (InputStream in = Files.newInputStream(resaved); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getProtect()).as("sheet protection").isTrue();
            assertThat(sheet.getRow(12).getCell(4).getCellStyle().getLocked()).as("answer cell").isFalse();
            assertThat(sheet.getRow(12).getCell(5).getCellStyle().getLocked()).as("comment cell").isFalse();
            assertThat(sheet.getRow(12).getCell(2).getCellStyle().getLocked()).as("question cell").isTrue();
            List<XSSFDataValidation> validations = sheet.getDataValidations();
            assertThat(validations).isNotEmpty();
            assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("実施している", "一部実施している", "実施していない", "該当しない");
            assertThat(validations.get(0).getRegions().getCellRangeAddresses()[0].formatAsString())
                    .isEqualTo("E13:E" + (12 + items.size()));
            int identity = book.getSheetIndex("awb-identity");
            assertThat(identity).isPositive();
            assertThat(book.getSheetVisibility(identity)).isNotEqualTo(SheetVisibility.VISIBLE);
        }

        ImportPreview preview = session.selfInspection().preview(campaign.id(),
                new QuestionnaireReader().readAll(List.of(resaved), Progress.NONE)).get(0);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.department().name()).isEqualTo("市民部 市民課");
        session.selfInspection().importResponse(preview);
        Map<String, CampaignAnswer> stored = session.selfInspection().currentAnswers(campaign.id(),
                preview.department().id());
        for (ChecklistItem item : items) {
            assertThat(stored.get(item.code()).answer().label()).isEqualTo(answers.get(item.code()));
            assertThat(stored.get(item.code()).comment()).isEqualTo(comments.getOrDefault(item.code(), ""));
        }
        assertThat(session.selfInspection().responses(campaign.id()).get(0).respondent()).isEqualTo("市民 花子");
    }
}
