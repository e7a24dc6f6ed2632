package com.auditworkbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.ImportProblem;
import com.auditworkbench.domain.ImportProblem.Kind;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.ReturnedQuestionnaire;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.SelfInspectionFixture;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to hang, exhaust or flood the reader: each is refused in one short sentence, quickly, and without
 * reading more than a questionnaire's worth.
 */
class HostileQuestionnaireTest {

    private static final Messages JA = new Messages(Language.JAPANESE);
    /** Far more than a questionnaire needs, far less than reading a crafted sheet whole took (2.6 GB). */
    private static final long ALLOCATION_LIMIT = 256L * 1024 * 1024;

    @TempDir
    Path folder;

    private WorkbenchSession session;
    private Path exported;

    @BeforeEach
    void export() throws Exception {
        session = SelfInspectionFixture.workbench(folder);
        Campaign campaign = SelfInspectionFixture.campaign(session);
        exported = SelfInspectionFixture.export(session, campaign, folder.resolve("out")).get(0);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aLinkToAnEndlessDeviceIsRefusedWithoutReadingIt() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("総務課.xlsx"), Path.of("/dev/zero"));
        ReturnedQuestionnaire read = new QuestionnaireReader().read(link);
        assertThat(read.problems()).extracting(ImportProblem::kind).containsExactly(Kind.NOT_A_FILE);
        assertThat(read.problems().get(0).describe(JA))
                .isEqualTo("通常のファイルではない（デバイスや名前付きパイプなど）ため、読み取りませんでした。");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = folder.resolve("市民課.xlsx");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        ReturnedQuestionnaire read = new QuestionnaireReader().read(fifo);
        assertThat(read.problems()).extracting(ImportProblem::kind).containsExactly(Kind.NOT_A_FILE);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSheetOfAMillionFilledRowsIsRefusedWithinBoundedMemory() throws Exception {
        Path crafted = withExtraRows(exported, folder.resolve("百万行.xlsx"), 1_048_576 - 200);
        assertThat(Files.size(crafted)).as("passes the size limit").isLessThan(QuestionnaireReader.MAX_FILE_BYTES);

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        ReturnedQuestionnaire read = new QuestionnaireReader().read(crafted);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(read.problems()).extracting(ImportProblem::kind).containsExactly(Kind.TOO_MANY_ROWS);
        assertThat(read.problems().get(0).describe(JA)).hasSizeLessThan(100);
        assertThat(read.rows()).isEmpty();
        assertThat(allocated).as("bytes allocated while reading").isLessThan(ALLOCATION_LIMIT);
    }

    /** The exported questionnaire with filled rows appended to its sheet, well compressed as a crafted file is. */
    static Path withExtraRows(Path source, Path target, int extraRows) throws Exception {
        try (ZipFile zip = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.indexOf("</sheetData>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    writeRows(out, 200, extraRows);
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    private static void writeRows(OutputStream out, int first, int count) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = first; r < first + count; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r)
                    .append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
            if (rows.length() > 1 << 16) {
                out.write(rows.toString().getBytes(StandardCharsets.US_ASCII));
                rows.setLength(0);
            }
        }
        out.write(rows.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
