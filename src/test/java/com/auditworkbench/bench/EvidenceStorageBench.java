package com.auditworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Evidence;
import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.EvidenceFilter;
import com.auditworkbench.domain.EvidenceIntakeReport;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Role;
import com.auditworkbench.service.WorkbenchService;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.store.EvidenceBlobStore;
import com.auditworkbench.store.EvidenceVault;
import com.auditworkbench.support.TestTemplates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Where evidence bytes live (docs/decisions/0008), decided by measurement. Builds ~1 GB of mixed, incompressible
 * files (many 100–500 KB "screenshots", three 100 MB PDFs/logs) and measures, in one run and over the same files:
 * {@code sha256sum} (the real command), intake into the encrypted vault through the real {@code EvidenceService},
 * intake as BLOBs in the encrypted H2 file, the workbench's open time after each, and what a process killed in the
 * middle of an intake leaves behind. Run with
 * {@code ./mvnw -Pbench -Dawb.buildDir=target-evidence -Dtest=EvidenceStorageBench test}; size with
 * {@code -Dawb.bench.evidenceMb=1024}.
 */
class EvidenceStorageBench {

    private static final char[] PASSPHRASE = "bench-evidence-passphrase-2026".toCharArray();
    private static final long MB = 1L << 20;
    private static final int OPEN_RUNS = 5;

    @Test
    void vaultAndBlobIngestAgainstSha256sum() throws Exception {
        long totalMb = Long.getLong("awb.bench.evidenceMb", 1024);
        Path root = Files.createTempDirectory("awb-evidence-bench");
        StringBuilder report = new StringBuilder();
        try {
            List<Path> files = generate(root.resolve("files"), totalMb * MB);
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            line(report, "Evidence storage bench: %d files, %.1f MB (%d large), %d cores", files.size(),
                    bytes / (double) MB, files.stream().filter(f -> size(f) > 50 * MB).count(),
                    Runtime.getRuntime().availableProcessors());

            Map<String, String> expected = new HashMap<>();
            double sumFirst = sha256sum(files, expected);
            double sumCpuFirst = lastSumCpu;
            WorkbenchService service = new WorkbenchService("bench", Clock.systemDefaultZone());

            // The vault, through the real service, side by side with sha256sum round after round: the first intake
            // of a session runs cold (the JIT has not compiled AES-GCM's fast path yet), later ones warm.
            int rounds = Integer.getInteger("awb.bench.vaultRounds", 3);
            Path vaultBench = null;
            long planId = 0;
            long vaultNanos = 0;
            double vaultCpu = 0;
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                double sumRound = round == 1 ? sumFirst : sha256sum(files, expected);
                if (vaultBench != null) {
                    deleteTree(EvidenceVault.folderFor(vaultBench));
                    Files.deleteIfExists(vaultBench);
                }
                vaultBench = root.resolve("vault.awb");
                planId = createWithPlan(service, vaultBench);
                long nanos;
                double cpuUsed;
                try (WorkbenchSession session = service.open(vaultBench, PASSPHRASE)) {
                    actAsLead(session);
                    double cpu = processCpu();
                    long start = System.nanoTime();
                    EvidenceIntakeReport intake = session.evidence().intake(planId, files, details(), List.of(),
                            Progress.NONE);
                    nanos = System.nanoTime() - start;
                    cpuUsed = processCpu() - cpu;
                    assertThat(intake.entries()).hasSize(files.size());
                    for (int i = 0; i < files.size(); i++) {
                        assertThat(intake.entries().get(i).evidence().sha256()).as(files.get(i).toString())
                                .isEqualTo(expected.get(files.get(i).toString()));
                    }
                }
                double ratio = sumRound / (nanos / 1e9);
                ratios.add(ratio);
                line(report, "round %d: sha256sum %.2f s (%.2f s CPU), vault intake %.2f s (%.1f MB/s, CPU %.2f s):"
                        + " ratio %.2f x%s", round, sumRound, lastSumCpu, nanos / 1e9, bytes / MB / (nanos / 1e9),
                        cpuUsed, ratio, round == 1 ? " (cold: first intake of the process)" : "");
                if (round == 1 || nanos < vaultNanos) {
                    vaultNanos = nanos;
                    vaultCpu = cpuUsed;
                }
            }
            List<Double> warm = ratios.size() > 1 ? ratios.subList(1, ratios.size()) : ratios;
            line(report, "vault intake ratio to sha256sum: cold %.2f x, warm median %.2f x (rounds: %s)",
                    ratios.get(0), median(warm), ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r))
                            .toList());
            if (!Boolean.parseBoolean(System.getProperty("awb.bench.blob", "true"))) {
                return;
            }

            // BLOBs in the encrypted workbench file.
            Path blobBench = root.resolve("blob.awb");
            createWithPlan(service, blobBench);
            long blobNanos;
            double blobCpu;
            try (EvidenceBlobStore store = EvidenceBlobStore.open(blobBench, PASSPHRASE)) {
                double cpu = processCpu();
                long start = System.nanoTime();
                assertThat(store.ingest(files)).isEqualTo(bytes);
                blobNanos = System.nanoTime() - start;
                blobCpu = processCpu() - cpu;
                assertThat(store.rows()).isEqualTo(files.size());
            } catch (java.sql.SQLException e) {
                line(report, "BLOB intake FAILED within the bench heap: %s", e.getMessage());
                throw e;
            }
            double sumSecond = sha256sum(files, expected);
            double sum = Math.min(sumFirst, sumSecond);
            double sumCpu = Math.min(sumCpuFirst, lastSumCpu);

            double sumRate = bytes / MB / sum;
            double floor = writeFloor(root.resolve("floor.bin"), bytes);
            line(report, "disk write floor   : %6.2f s  %7.1f MB/s  (the same bytes written once and forced to disk;"
                    + " any design that stores them pays this)", floor, bytes / MB / floor);
            double vaultRate = bytes / MB / (vaultNanos / 1e9);
            double blobRate = bytes / MB / (blobNanos / 1e9);
            line(report, "sha256sum          : %6.2f s  %7.1f MB/s  (runs %.2f s and %.2f s; the faster is the baseline)",
                    sum, sumRate, sumFirst, sumSecond);
            line(report, "vault intake       : %6.2f s  %7.1f MB/s  ratio %.2f x sha256sum", vaultNanos / 1e9, vaultRate,
                    vaultRate / sumRate);
            line(report, "BLOB intake        : %6.2f s  %7.1f MB/s  ratio %.2f x sha256sum", blobNanos / 1e9, blobRate,
                    blobRate / sumRate);
            line(report, "CPU time (user+sys): sha256sum %.2f s, vault intake %.2f s (ratio %.2f), BLOB intake %.2f s"
                    + " (ratio %.2f); load average %.1f on %d cores", sumCpu, vaultCpu, sumCpu / vaultCpu, blobCpu,
                    sumCpu / blobCpu, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());

            Path emptyBench = root.resolve("empty.awb");
            createWithPlan(service, emptyBench);
            line(report, "open, no evidence  : %6.0f ms (median of %d)", openMillis(service, emptyBench), OPEN_RUNS);
            line(report, "open, vault        : %6.0f ms (median of %d); .awb %.1f MB, vault folder %.1f MB",
                    openMillis(service, vaultBench), OPEN_RUNS, size(vaultBench) / (double) MB,
                    folderSize(EvidenceVault.folderFor(vaultBench)) / (double) MB);
            line(report, "open, BLOBs        : %6.0f ms (median of %d); .awb %.1f MB", openMillis(service, blobBench),
                    OPEN_RUNS, size(blobBench) / (double) MB);
            try (WorkbenchSession session = service.open(vaultBench, PASSPHRASE)) {
                long start = System.nanoTime();
                List<Evidence> all = session.evidence().index(EvidenceFilter.plan(planId));
                line(report, "vault index of %d records: %.0f ms", all.size(), (System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                assertThat(session.evidence().verify(planId, Progress.NONE)).isEmpty();
                double verify = (System.nanoTime() - start) / 1e9;
                line(report, "vault verify (decrypt + SHA-256 of all): %.2f s, %.1f MB/s", verify,
                        bytes / MB / verify);
            }

            crashes(report, service, root, files, planId);
        } finally {
            System.out.print(report);
            System.out.flush();
            Path out = Path.of(System.getProperty("awb.benchDir", "target-evidence/bench"));
            try {
                Files.createDirectories(out);
                Files.writeString(out.resolve("evidence-storage.txt"), report.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.out.println("report not written: " + e);
            }
            deleteTree(root);
        }
    }

    /** A process killed mid-intake, for both designs: what is left on disk, and what the next open does with it. */
    private void crashes(StringBuilder report, WorkbenchService service, Path root, List<Path> files, long planId)
            throws Exception {
        List<Path> large = files.stream().filter(f -> size(f) > 50 * MB).toList();
        Path list = root.resolve("crash-files.txt");
        Files.write(list, large.stream().map(Path::toString).toList());

        Path vaultCrash = root.resolve("vault-crash.awb");
        long crashPlan = createWithPlan(service, vaultCrash);
        Path folder = EvidenceVault.folderFor(vaultCrash);
        long killedAt = killDuring("vault", vaultCrash, crashPlan, list,
                () -> partBytes(folder) > 40 * MB);
        long partsLeft = partBytes(folder);
        int partFiles = partCount(folder);
        long start = System.nanoTime();
        try (WorkbenchSession session = service.open(vaultCrash, PASSPHRASE)) {
            double open = (System.nanoTime() - start) / 1e6;
            session.evidence().awaitSweep();
            int records = session.evidence().index(EvidenceFilter.plan(crashPlan)).size();
            line(report, "crash, vault: killed after %d ms; left %d temporary file(s), %.1f MB, no record (%d records);"
                    + " next open %.0f ms swept them: %d temporary file(s) remain", killedAt, partFiles,
                    partsLeft / (double) MB, records, open, partCount(folder));
            assertThat(records).isZero();
            assertThat(partCount(folder)).isZero();
        }

        Path blobCrash = root.resolve("blob-crash.awb");
        createWithPlan(service, blobCrash);
        long before = size(blobCrash);
        long blobKilledAt = killDuring("blob", blobCrash, crashPlan, list,
                () -> size(blobCrash) > before + 40 * MB);
        long after = size(blobCrash);
        start = System.nanoTime();
        double open;
        try (WorkbenchSession session = service.open(blobCrash, PASSPHRASE)) {
            open = (System.nanoTime() - start) / 1e6;
            assertThat(session.plans().all()).isNotEmpty();
        }
        try (EvidenceBlobStore store = EvidenceBlobStore.open(blobCrash, PASSPHRASE)) {
            line(report, "crash, BLOBs: killed after %d ms; .awb grew %.1f MB -> %.1f MB; next open %.0f ms "
                    + "(recovery), %d rows committed, file stays %.1f MB", blobKilledAt, before / (double) MB,
                    after / (double) MB, open, store.rows(), size(blobCrash) / (double) MB);
        }
    }

    private static long killDuring(String mode, Path workbench, long planId, Path list,
            java.util.function.BooleanSupplier when) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), EvidenceCrashIngest.class.getName(), mode,
                workbench.toString(), new String(PASSPHRASE), Long.toString(planId), list.toString())
                .redirectErrorStream(true).start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
        String lineRead;
        do {
            lineRead = reader.readLine();
        } while (lineRead != null && !lineRead.equals("STARTED"));
        assertThat(lineRead).as("the crash child started").isEqualTo("STARTED");
        long start = System.nanoTime();
        while (!when.getAsBoolean() && child.isAlive() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60)) {
            Thread.sleep(2);
        }
        if (!child.isAlive()) {
            // Finished (or failed) before the condition was seen: say so instead of pretending a crash.
            String rest = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.println(mode + " crash child ended by itself, exit " + child.exitValue() + ": " + rest);
            return -1;
        }
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long partBytes(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".part")).mapToLong(EvidenceStorageBench::size).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static int partCount(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return (int) s.filter(p -> p.toString().endsWith(".part")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static double openMillis(WorkbenchService service, Path file) {
        double[] runs = new double[OPEN_RUNS];
        for (int i = 0; i < OPEN_RUNS; i++) {
            long start = System.nanoTime();
            try (WorkbenchSession session = service.open(file, PASSPHRASE)) {
                session.plans().all();
                runs[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(runs);
        return runs[OPEN_RUNS / 2];
    }

    private static long createWithPlan(WorkbenchService service, Path file) {
        try (WorkbenchSession session = service.create(file, PASSPHRASE)) {
            session.people().actAs(session.people().add("監査 太郎", Role.LEAD, null));
            Plan plan = session.plans().create(new NewPlan(new FiscalYear(2026), "証跡ベンチ", "目的", List.of("総務課"),
                    LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), NewPlan.DEFAULT_MARKING, "監査 太郎"),
                    TestTemplates.audit(3));
            return plan.id();
        }
    }

    private static void actAsLead(WorkbenchSession session) {
        session.people().actAs(session.people().all().stream().filter(a -> a.role() == Role.LEAD).findFirst()
                .orElseThrow());
    }

    private static EvidenceDetails details() {
        return new EvidenceDetails("情報政策課 システム担当", LocalDate.now(), "ベンチマーク", "取扱注意");
    }

    /** CPU seconds the last sha256sum run used (user + system), from the shell's time. */
    private static double lastSumCpu;

    /** Runs the real sha256sum over the files; fills path → hash from its output; returns wall seconds. */
    private static double sha256sum(List<Path> files, Map<String, String> hashes) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "TIMEFORMAT='%U %S'; time sha256sum -- \"$@\"", "bash"));
        files.forEach(f -> command.add(f.toString()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).start();
        // stdout first: it is large, and the shell writes its time to stderr only after sha256sum has finished.
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor()).as("sha256sum exit code").isZero();
        double seconds = (System.nanoTime() - start) / 1e9;
        String[] times = new String(err, StandardCharsets.UTF_8).strip().split("\\s+");
        lastSumCpu = Double.parseDouble(times[times.length - 2]) + Double.parseDouble(times[times.length - 1]);
        for (String l : out.split("\n")) {
            if (l.length() > 66) {
                hashes.put(l.substring(66), l.substring(0, 64));
            }
        }
        assertThat(hashes).hasSize(files.size());
        return seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double writeFloor(Path file, long bytes) throws IOException {
        byte[] buffer = new byte[1 << 20];
        new SplittableRandom(1).nextBytes(buffer);
        long start = System.nanoTime();
        try (java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            for (long left = bytes; left > 0; left -= buffer.length) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(buffer, 0, (int) Math.min(left, buffer.length));
                while (b.hasRemaining()) {
                    out.write(b);
                }
            }
            out.force(true);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.delete(file);
        return seconds;
    }

    /** CPU time of this whole process (all threads, GC and compiler included), in seconds. */
    private static double processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** ~total bytes of incompressible files: three 100 MB PDFs/logs, the rest 100–500 KB screenshots. */
    private static List<Path> generate(Path folder, long total) throws IOException {
        Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(2026);
        List<Path> files = new ArrayList<>();
        long written = 0;
        long largeSize = Math.min(100 * MB, total / 10);
        String[] large = {"監査報告書_2025.pdf", "firewall-2026-06.log", "業務システム操作ログ.log"};
        for (String name : large) {
            Path f = folder.resolve(name);
            write(f, largeSize, random);
            files.add(f);
            written += largeSize;
        }
        int n = 0;
        while (written < total) {
            long size = Math.min(total - written, 100 * 1024 + random.nextInt(400 * 1024));
            Path f = folder.resolve(String.format(Locale.ROOT, "screenshot-%04d.png", ++n));
            write(f, size, random);
            files.add(f);
            written += size;
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    private static void write(Path file, long size, SplittableRandom random) throws IOException {
        byte[] buffer = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            long left = size;
            while (left > 0) {
                for (int i = 0; i + 8 <= buffer.length; i += 8) {
                    long v = random.nextLong();
                    for (int b = 0; b < 8; b++) {
                        buffer[i + b] = (byte) (v >>> (8 * b));
                    }
                }
                int n = (int) Math.min(left, buffer.length);
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long folderSize(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).mapToLong(EvidenceStorageBench::size).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the system's temp cleaner
                }
            });
        }
    }

    private static void line(StringBuilder report, String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
