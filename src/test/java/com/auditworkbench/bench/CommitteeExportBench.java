package com.auditworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.service.WorkbenchService;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.workbook.CommitteeWorkbook;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Committee workbook export on the reference large plan, side by side with the floor: POI's SXSSF writing the same
 * number of cells with no styling. Run with {@code ./mvnw -Pbench test -Dtest=CommitteeExportBench}; the bench
 * profile caps the heap at 300 MB. The large workbench is built once and kept in target/ for later runs.
 */
class CommitteeExportBench {

    private static final char[] PASSPHRASE = "bench-passphrase-large-2026".toCharArray();
    private static final int RUNS = 3;

    @Test
    void exportOfTheLargePlanAgainstTheSxssfFloor() throws Exception {
        Path folder = Path.of(System.getProperty("awb.benchDir", "target/bench"));
        Files.createDirectories(folder);
        Path workbench = folder.resolve("large-plan.awb");
        WorkbenchService service = new WorkbenchService("bench", Clock.systemDefaultZone());
        long generated = 0;
        if (!Files.exists(workbench)) {
            long start = System.nanoTime();
            try (WorkbenchSession session = service.create(workbench, PASSPHRASE)) {
                LargePlan.populate(session);
            }
            generated = System.nanoTime() - start;
        }
        CommitteeReport report;
        long read = System.nanoTime();
        try (WorkbenchSession session = service.open(workbench, PASSPHRASE)) {
            Plan plan = session.plans().resolve("2026");
            report = session.reports().committeeReport(plan.id());
        }
        read = System.nanoTime() - read;
        long cells = (long) report.rows().size() * 8 + (long) report.findings().size() * 10 + 200;

        double[] export = new double[RUNS];
        double[] floor = new double[RUNS];
        Path out = folder.resolve("committee-large.xlsx");
        Path raw = folder.resolve("floor-large.xlsx");
        HeapSampler sampler = new HeapSampler();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            sampler.start();
            new CommitteeWorkbook(new Messages(Language.JAPANESE), ZoneId.of("Asia/Tokyo")).write(report, out,
                    Progress.NONE);
            sampler.stop();
            export[run] = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            writeFloor(raw, report.rows().size() + report.findings().size(), cells);
            floor[run] = (System.nanoTime() - start) / 1e9;
        }
        double bestExport = min(export);
        double bestFloor = min(floor);
        long peakHeap = sampler.peak();
        System.out.printf("BENCH committee export: rows=%d findings=%d cells~%d%n", report.rows().size(),
                report.findings().size(), cells);
        if (generated > 0) {
            System.out.printf("BENCH large plan generated in %.1f s%n", generated / 1e9);
        }
        System.out.printf("BENCH report read from the workbench: %.2f s%n", read / 1e9);
        System.out.printf("BENCH export (best of %d): %.2f s; SXSSF floor: %.2f s; ratio %.2f×%n", RUNS, bestExport,
                bestFloor, bestExport / bestFloor);
        System.out.printf("BENCH workbook %d KB; peak heap in use during export %d MB (max %d MB)%n",
                Files.size(out) / 1024,
                peakHeap / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.println("BENCH evidence re-verification: not measured; the workbench holds no evidence files yet");
        assertThat(Files.size(out)).isGreaterThan(Files.size(raw) / 4);
    }

    /** Samples the heap in use every few milliseconds while an export runs: the figure the 300 MB goal is about. */
    private static final class HeapSampler {
        private volatile boolean running;
        private volatile long peak;
        private Thread thread;

        void start() {
            running = true;
            thread = new Thread(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (running) {
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peak() {
            return peak;
        }
    }

    /** The floor: the same number of cells, strings, no styles, no print setup, one sheet. */
    private static void writeFloor(Path target, int rows, long cells) throws Exception {
        int columns = (int) Math.max(1, cells / Math.max(1, rows));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("floor");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns; c++) {
                    row.createCell(c).setCellValue("確認した事実の記録 " + r + "：規程の改訂が反映されていない箇所がある。");
                }
            }
            try (OutputStream stream = Files.newOutputStream(target)) {
                workbook.write(stream);
            }
        }
    }

    private static double min(double[] values) {
        double min = Double.MAX_VALUE;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }
}
