package com.auditworkbench.bench;

import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.RegisterTable;
import com.auditworkbench.domain.ReturnedQuestionnaire;
import com.auditworkbench.domain.SelfInspectionAnswer;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.AnsweringDepartment;
import com.auditworkbench.support.SelfInspectionFixture;
import com.auditworkbench.workbook.QuestionnaireReader;
import com.auditworkbench.workbook.RegisterReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures behind the limits of ADR 0012: the size of a real answered questionnaire, of a large register and
 * its inflated sheet, and the time and memory reading them (and a crafted million-row questionnaire) takes.
 * Run with {@code ./mvnw -Pbench test -Dtest=UntrustedInputBench}.
 */
class UntrustedInputBench {

    private static final int REGISTER_ROWS = 20_000;

    @TempDir
    Path folder;

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void measureQuestionnairesAndRegisters() throws Exception {
        try (WorkbenchSession session = SelfInspectionFixture.workbench(folder)) {
            Campaign campaign = SelfInspectionFixture.campaign(session);
            List<ChecklistItem> items = session.selfInspection().items(campaign.id());
            Path file = SelfInspectionFixture.export(session, campaign, folder.resolve("out")).get(0);
            System.out.printf("questionnaire exported: %d questions, %,d bytes%n", items.size(), Files.size(file));
            Map<String, String> answers = new HashMap<>();
            Map<String, String> comments = new HashMap<>();
            for (ChecklistItem item : items) {
                answers.put(item.code(), SelfInspectionAnswer.PARTLY.label());
                comments.put(item.code(), "一部の端末で更新が遅れているため、次の四半期に対応する予定です。".repeat(10));
            }
            AnsweringDepartment.answer(file, "総務課 記入者", answers, comments);
            System.out.printf("questionnaire answered, 300-character comments: %,d bytes, largest part %,d bytes%n",
                    Files.size(file), largestPart(file));
            measure("questionnaire read", () -> new QuestionnaireReader().read(file));

            Path crafted = folder.resolve("million.xlsx");
            Path source = SelfInspectionFixture.export(session, campaign, folder.resolve("out2")).get(0);
            com.auditworkbench.workbook.HostileQuestionnaireAccess.withExtraRows(source, crafted, 1_048_376);
            System.out.printf("crafted questionnaire: %,d bytes, largest part %,d bytes%n", Files.size(crafted),
                    largestPart(crafted));
            measure("crafted questionnaire refused", () -> new QuestionnaireReader().read(crafted));
        }

        Path register = folder.resolve("register.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(register)) {
            var sheet = wb.createSheet("情報資産台帳");
            String[] headers = {"No.", "システム名", "所管課", "ネットワーク", "機密性", "完全性", "可用性", "備考"};
            var header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int r = 1; r <= REGISTER_ROWS; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("業務システム第" + r + "号");
                row.createCell(2).setCellValue("部署" + (r % 60) + " 第" + (r % 7) + "課");
                row.createCell(3).setCellValue("LGWAN接続系");
                row.createCell(4).setCellValue("2");
                row.createCell(5).setCellValue("2");
                row.createCell(6).setCellValue("1");
                row.createCell(7).setCellValue("委託先で運用、年次で棚卸しを実施。" + r);
            }
            wb.write(out);
        }
        System.out.printf("register: %,d rows x 8 columns, %,d bytes, largest part %,d bytes%n", REGISTER_ROWS,
                Files.size(register), largestPart(register));
        measure("register read", () -> RegisterReader.read(register, RegisterReader.Encoding.AUTO));
        measure("register read whole into memory (as before)", () -> wholeWorkbook(register));
    }

    /** How the register was read before streaming: the whole workbook built in memory, then walked. */
    private static Object wholeWorkbook(Path file) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.JAPAN);
            List<RegisterTable.Row> rows = new java.util.ArrayList<>();
            for (var row : wb.getSheetAt(0)) {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(c -> cells.add(formatter.formatCellValue(c)));
                rows.add(new RegisterTable.Row(row.getRowNum() + 1, cells));
            }
            return new RegisterTable("x", "xlsx", List.of(), rows);
        }
    }

    private static long largestPart(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().mapToLong(java.util.zip.ZipEntry::getSize).max().orElse(0);
        }
    }

    private void measure(String what, java.util.concurrent.Callable<Object> reading) throws Exception {
        reading.call();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        Object result = reading.call();
        long millis = (System.nanoTime() - start) / 1_000_000;
        allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
        String outcome = result instanceof ReturnedQuestionnaire q ? q.problems().isEmpty() ? q.rows().size() + " rows"
                : q.problems().get(0).kind().name() : ((RegisterTable) result).rows().size() + " rows";
        System.out.printf("%s: %s in %,d ms, %,d MB allocated%n", what, outcome, millis, allocated >> 20);
    }
}
