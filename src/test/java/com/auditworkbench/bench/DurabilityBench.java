package com.auditworkbench.bench;

import com.auditworkbench.service.LargeSampleWorkbench;
import com.auditworkbench.service.WorkbenchService;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.template.ShippedTemplates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What durable commits cost (decision 0014): each measurement run with commits forced to disk (the application) and
 * with {@code -Dawb.store.relaxedDurability=true} (H2's lazy writing, no sync; for this comparison only), in
 * separate JVMs, the two alternating round by round so that the machine's load falls on both alike. Keyboard entry
 * on the large plan (p50/p95 per saved result), evidence intake (files and MB per second), and {@code sample --size
 * large}. Run with {@code ./mvnw -Pbench test -Dtest=DurabilityBench}; {@code -Dawb.durabilityRounds} (3),
 * {@code -Dawb.sampleRounds} (1; each is minutes) and {@code -Dawb.keystrokes} (300) size it, {@code -Dawb.durabilityMeasures=intake} picks measures.
 */
class DurabilityBench {

    private static final int ROUNDS = Integer.getInteger("awb.durabilityRounds", 3);
    private static final int SAMPLE_ROUNDS = Integer.getInteger("awb.sampleRounds", 1);
    private static final int KEYSTROKES = Integer.getInteger("awb.keystrokes", 300);
    private static final int INTAKES = 200;
    private static final String MEASURES = System.getProperty("awb.durabilityMeasures", "keyboard,intake,sample");

    private final Map<String, List<double[]>> figures = new LinkedHashMap<>();

    @Test
    void durableCommitsCostLittleAtTheKeyboard() throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("awb.benchDir", "target/bench")));
        Path large = folder.resolve("durability-large.awb");
        if (MEASURES.contains("keyboard") && !Files.exists(large)) {
            try (WorkbenchSession session = new WorkbenchService("bench", Clock.systemDefaultZone()).create(large,
                    DurabilityProbe.PASSPHRASE)) {
                LargeSampleWorkbench.populate(session, new ShippedTemplates().defaultAudit(), step -> { });
            }
        }
        for (int round = 0; round < Math.max(ROUNDS, SAMPLE_ROUNDS); round++) {
            for (boolean relaxed : round % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                if (round < ROUNDS && MEASURES.contains("keyboard")) {
                    probe(relaxed, "keyboard", large.toString(), Integer.toString(KEYSTROKES));
                }
                if (round < ROUNDS && MEASURES.contains("intake")) {
                    Path scratch = Files.createTempDirectory(folder, "intake-");
                    probe(relaxed, "intake", scratch.toString(), Integer.toString(INTAKES));
                    delete(scratch);
                }
                if (round < SAMPLE_ROUNDS && MEASURES.contains("sample")) {
                    Path scratch = Files.createTempDirectory(folder, "sample-");
                    probe(relaxed, "sample", scratch.toString());
                    delete(scratch);
                }
            }
        }
        report();
    }

    private void probe(boolean relaxed, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-Dawb.store.relaxedDurability=" + relaxed, "-cp",
                System.getProperty("java.class.path"), DurabilityProbe.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("probe " + String.join(" ", args) + " failed: " + out);
        }
        for (String line : out.split("\n")) {
            if (line.startsWith("FIGURE ")) {
                String[] f = line.split(" ");
                double[] values = Stream.of(f).skip(2).mapToDouble(Double::parseDouble).toArray();
                figures.computeIfAbsent(f[1] + (relaxed ? " relaxed" : " durable"), k -> new ArrayList<>()).add(values);
                System.out.println((relaxed ? "relaxed " : "durable ") + line);
            }
        }
    }

    private void report() {
        String[][] measures = {{"keyboard", "p50 ms", "p95 ms"}, {"intake", "files/s", "MB/s"}, {"sample", "s"}};
        for (String[] m : measures) {
            List<double[]> durable = figures.get(m[0] + " durable");
            List<double[]> relaxed = figures.get(m[0] + " relaxed");
            if (durable == null || relaxed == null) {
                continue;
            }
            for (int i = 1; i < m.length; i++) {
                double d = median(durable, i - 1);
                double r = median(relaxed, i - 1);
                System.out.printf("%-8s %-8s durable %8.2f  relaxed %8.2f  durable/relaxed %.2f%n", m[0], m[i], d, r,
                        d / r);
            }
        }
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(v -> v[index]).sorted().toArray();
        return values[values.length / 2];
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
