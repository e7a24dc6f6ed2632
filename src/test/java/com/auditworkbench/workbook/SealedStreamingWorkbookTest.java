package com.auditworkbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No decrypted data of an export in a temporary file: POI's sheet data is sealed, and nothing of ours remains. */
class SealedStreamingWorkbookTest {

    private static final String MARKER = "MARKER-機密-4711";

    @TempDir
    Path folder;

    private Path poiTemp;

    @BeforeEach
    void ownTemporaryFolder() {
        poiTemp = folder.resolve("temp");
        SealedStreamingWorkbook.useTemporaryFolder(poiTemp);
    }

    @AfterEach
    void systemTemporaryFolder() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(poiTemp)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    /** The file's bytes, and what they decompress to when they are gzip data (POI's default for SXSSF). */
    private static String readable(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (bytes.length > 2 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b) {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                byte[] buffer = new byte[4096];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    plain.write(buffer, 0, n);
                }
            } catch (IOException truncated) {
                // A file still being written: what was decompressed so far is checked.
            }
            text += plain.toString(StandardCharsets.UTF_8);
        }
        return text;
    }

    @Test
    void rowsFlushedDuringAnExportAreNotReadableOnDiskAndReadBackInTheWorkbook() throws Exception {
        byte[] written;
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = newWorkbook()) {
            SXSSFSheet sheet = workbook.createSheet("findings");
            for (int r = 0; r < 5000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(MARKER + " row " + r);
            }
            List<Path> during = temporaryFiles();
            assertThat(during).isNotEmpty();
            for (Path file : during) {
                assertThat(readable(file)).doesNotContain(MARKER).doesNotContain("row 1");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            written = out.toByteArray();
        }
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(written))) {
            assertThat(back.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(MARKER + " row 0");
            assertThat(back.getSheetAt(0).getRow(4999).getCell(0).getStringCellValue()).isEqualTo(MARKER + " row 4999");
        }
        assertThat(temporaryFiles()).isEmpty();
    }

    private static org.apache.poi.xssf.streaming.SXSSFWorkbook newWorkbook() {
        return new SealedStreamingWorkbook(10);
    }

    @Test
    void afterACommitteeExportNoTemporaryFileOfOursRemains() throws Exception {
        Path out = folder.resolve("committee.xlsx");
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("w.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            long planId = session.plans().create(new com.auditworkbench.domain.NewPlan(
                    new com.auditworkbench.domain.FiscalYear(2026), MARKER, "目的", List.of("総務課"),
                    LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30), "取扱注意", "監査 太郎"),
                    TestTemplates.audit(3)).id();
            new CommitteeWorkbook(new Messages(Language.JAPANESE), ZoneId.of("Asia/Tokyo"))
                    .write(session.reports().committeeReport(planId), out, Progress.NONE);
        }
        assertThat(out).exists();
        assertThat(temporaryFiles()).isEmpty();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void theTemporaryFolderOfAProcessThatIsGoneIsRemovedAtTheNextStart() throws Exception {
        Path crashed = Files.createDirectories(poiTemp.resolve("poi-999999999"));
        Files.writeString(crashed.resolve("poi-sxssf-sheet1.xml.gz"), "left by a crash");

        assertThat(SealedStreamingWorkbook.useTemporaryFolder(poiTemp)).isEqualTo(1);

        assertThat(crashed).doesNotExist();
        assertThat(poiTemp.resolve("poi-" + ProcessHandle.current().pid())).isDirectory();
    }
}
