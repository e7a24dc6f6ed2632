package com.auditworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.installer.AppImages;
import com.auditworkbench.installer.Commands;
import com.auditworkbench.installer.VirtualDisplay;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold start of the installed application against an empty JavaFX window started the same way: both are
 * app-images on the same runtime with the same launcher and JVM options (each with its own class-data sharing
 * archive, made the same way), started side by side, round after round, under one private Xvfb. Measured from
 * process start to the smoke marker: the start screen shown, the sample workbench usable (already created), and
 * the large reference plan usable (3,000 items × 40 auditees, opened as {@code gui --smoke-test FILE} with the
 * passphrase from AWB_PASSPHRASE; written by {@code sample --size large} first, about two minutes, unless
 * {@code -Dbench.largePlan=FILE.awb} names one written earlier with the passphrase {@value #LARGE_PASSPHRASE}).
 * Usable: the plan open, its first checklist rows drawn and the FX thread answering. A fifth column opens the large
 * plan after {@value #TYPING_MILLIS} ms on the start screen, as if its passphrase were typed, and gives the time from
 * the Enter (its ratio is to the empty window's whole start, for scale only).
 * Each round runs three class-data sharing settings: none (what jpackage gives by default), the JDK's archive only,
 * and the application's archive (as installed). {@code ./mvnw -Pbench test -Dtest=StartupBench -Dbench.runs=7};
 * the table is printed and written to target/bench/startup.md (docs/decisions/0005-installer-and-startup.md), with a
 * second table of the median of each round's own ratio (the load moves within a run; a round's starts share it).
 */
class StartupBench {

    private static final String START_MARKER = "AWB-SMOKE: start screen shown";
    private static final String WORKBENCH_MARKER = "AWB-SMOKE: workbench shown";
    static final String LARGE_PASSPHRASE = "large-plan-bench-2026";
    /**
     * The large plan opened as a person opens it: the start screen shows it chosen, the passphrase is "typed" for
     * {@value #TYPING_MILLIS} ms (the start screen warms the database code meanwhile), then entered; measured from
     * the Enter to the usable window, as the application reports it.
     */
    private static final String TYPED = "large plan usable, from Enter";
    private static final long TYPING_MILLIS = 4000;
    private static final java.util.regex.Pattern FROM_ENTER =
            java.util.regex.Pattern.compile(", (\\d+) ms after the passphrase was entered");

    @TempDir
    Path folder;

    record Subject(String name, Path launcher, List<String> arguments, String marker) {
    }

    record Setting(String name, String javaOptions) {
    }

    @Test
    void startupComparedWithAnEmptyJavaFxWindow() throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        long buildBegin = System.nanoTime();
        Path app = AppImages.build(folder.resolve("app"), true);
        Path empty = emptyWindowImage(app, folder.resolve("empty"));
        long buildSeconds = (System.nanoTime() - buildBegin) / 1_000_000_000;

        Path largePlan = System.getProperty("bench.largePlan") == null ? folder.resolve("large/large.awb")
                : Path.of(System.getProperty("bench.largePlan")).toAbsolutePath();
        List<Subject> subjects = List.of(
                new Subject("empty JavaFX window", empty.resolve("bin/empty-window"), List.of(), EmptyWindow.MARKER),
                new Subject("start screen", app.resolve(AppImages.LAUNCHER), List.of("gui", "--smoke-test"),
                        START_MARKER),
                new Subject("sample workbench usable", app.resolve(AppImages.LAUNCHER),
                        List.of("gui", "--sample", "--smoke-test"), WORKBENCH_MARKER),
                new Subject("large plan usable", app.resolve(AppImages.LAUNCHER),
                        List.of("gui", "--smoke-test", largePlan.toString()), WORKBENCH_MARKER),
                new Subject(TYPED, app.resolve(AppImages.LAUNCHER), List.of("gui", "--smoke-test",
                        "--smoke-typing-ms", Long.toString(TYPING_MILLIS), largePlan.toString()), WORKBENCH_MARKER));
        List<Setting> settings = List.of(
                new Setting("no CDS", "-Xshare:off"),
                new Setting("JDK CDS", null),
                new Setting("AppCDS", ""));
        Map<String, List<Long>> times = new LinkedHashMap<>();
        String loadBefore = loadAverage();
        try (VirtualDisplay display = VirtualDisplay.start()) {
            Map<String, String> environment = new HashMap<>(display.environment());
            environment.put("XDG_DATA_HOME", Files.createDirectories(folder.resolve("data")).toString());
            environment.put("HOME", Files.createDirectories(folder.resolve("home")).toString());
            environment.put("LANG", "C.UTF-8");
            environment.put("AWB_PASSPHRASE", LARGE_PASSPHRASE);
            // The sample is written on first use; the measured runs open it.
            Commands.run(List.of(app.resolve(AppImages.LAUNCHER).toString(), "gui", "--sample", "--smoke-test"),
                    environment, Duration.ofSeconds(180));
            if (!Files.exists(largePlan)) {
                Files.createDirectories(largePlan.getParent());
                Commands.run(List.of(app.resolve(AppImages.LAUNCHER).toString(), "sample", "--size", "large",
                        "--out", largePlan.toString()), environment, Duration.ofSeconds(900));
            }
            for (int round = 0; round <= runs; round++) {
                for (Setting setting : settings) {
                    for (Subject subject : subjects) {
                        long millis = timeToMarker(subject, setting, environment);
                        if (round > 0) { // round 0 warms the file cache
                            times.computeIfAbsent(setting.name() + "|" + subject.name(), k -> new ArrayList<>())
                                    .add(millis);
                        }
                    }
                }
            }
        }
        String report = report(settings, subjects, times, runs, buildSeconds, loadBefore, loadAverage());
        System.out.println(report);
        Path out = Files.createDirectories(AppImages.classesFolder().getParent().resolve("bench"));
        Files.writeString(out.resolve("startup.md"), report);
    }

    private static long timeToMarker(Subject subject, Setting setting, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(subject.launcher().toString()));
        command.addAll(subject.arguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        // _JAVA_OPTIONS comes after the launcher's own options, so it overrides the archive the launcher names.
        String options = setting.javaOptions() != null ? setting.javaOptions()
                : "'-XX:SharedArchiveFile=" + subject.launcher().getParent().resolveSibling("lib/runtime/lib/server")
                        .resolve("classes.jsa") + "'";
        if (!options.isEmpty()) {
            builder.environment().put("_JAVA_OPTIONS", options);
        }
        long begin = System.nanoTime();
        Process process = builder.start();
        long shown = -1;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (shown < 0 && line.contains(subject.marker())) {
                    shown = (System.nanoTime() - begin) / 1_000_000;
                    java.util.regex.Matcher fromEnter = FROM_ENTER.matcher(line);
                    if (subject.name().equals(TYPED)) {
                        assertThat(fromEnter.find()).as("time from Enter in " + line).isTrue();
                        shown = Long.parseLong(fromEnter.group(1));
                    }
                }
            }
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(subject.name() + " exit").isZero();
        assertThat(shown).as(subject.name() + " marker").isPositive();
        return shown;
    }

    /**
     * The yardstick as an app-image on the application's own runtime, with the application's JVM options and
     * JavaFX's native libraries beside its jars, and its own class list and archive made the same way.
     */
    private static Path emptyWindowImage(Path appImage, Path folder) throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Path classes = AppImages.classesFolder().resolveSibling("test-classes");
        AppImages.writeJar(classes, input.resolve("empty-window.jar"),
                file -> Files.isRegularFile(file) && classes.relativize(file).toString().replace('\\', '/')
                        .startsWith("com/auditworkbench/bench/EmptyWindow"),
                EmptyWindow.class.getName());
        Path appLib = appImage.resolve("lib/app/lib");
        Path lib = Files.createDirectories(input.resolve("lib"));
        try (Stream<Path> files = Files.list(appLib)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("javafx-") || name.endsWith(".so")) {
                    Files.copy(file, lib.resolve(name));
                }
            }
        }
        Files.copy(appImage.resolve("lib/app/make-cds-archive.sh"), input.resolve("make-cds-archive.sh"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jpackage").toString(), "--type", "app-image",
                "--name", "empty-window", "--input", input.toString(), "--dest", folder.toString(),
                "--main-jar", "empty-window.jar", "--main-class", EmptyWindow.class.getName(),
                "--runtime-image", appImage.resolve("lib/runtime").toString()));
        for (String option : javaOptions(appImage.resolve("lib/app/Audit Workbench.cfg"))) {
            command.add("--java-options");
            command.add(option);
        }
        Commands.run(command, Map.of(), Duration.ofSeconds(300));
        Path image = folder.resolve("empty-window");
        try (VirtualDisplay display = VirtualDisplay.start()) {
            Map<String, String> environment = new HashMap<>(display.environment());
            environment.put("JAVA_TOOL_OPTIONS",
                    "'-XX:DumpLoadedClassList=" + image.resolve("lib/app/audit-workbench.classlist") + "'");
            Commands.run(List.of(image.resolve("bin/empty-window").toString()), environment, Duration.ofSeconds(120));
        }
        Commands.run(List.of("sh", image.resolve("lib/app/make-cds-archive.sh").toString()), Map.of(),
                Duration.ofSeconds(300));
        return image;
    }

    /** The JVM options the application's launcher passes, but its version, which jpackage adds by itself. */
    private static List<String> javaOptions(Path cfg) throws IOException {
        return Files.readAllLines(cfg).stream()
                .filter(line -> line.startsWith("java-options="))
                .map(line -> line.substring("java-options=".length()))
                .filter(option -> !option.startsWith("-Djpackage.app-version"))
                .toList();
    }

    private static String report(List<Setting> settings, List<Subject> subjects, Map<String, List<Long>> times,
            int runs, long buildSeconds, String loadBefore, String loadAfter) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Cold start, median of %d runs each, ms (ratio to the empty window, same setting)%n",
                runs));
        out.append(String.format("Images built in %d s; load average before %s, after %s%n%n", buildSeconds,
                loadBefore, loadAfter));
        out.append("| setting |");
        subjects.forEach(subject -> out.append(' ').append(subject.name()).append(" |"));
        out.append("\n|---|");
        subjects.forEach(subject -> out.append("---|"));
        out.append('\n');
        for (Setting setting : settings) {
            long baseline = median(times.get(setting.name() + "|" + subjects.get(0).name()));
            out.append("| ").append(setting.name()).append(" |");
            for (Subject subject : subjects) {
                long median = median(times.get(setting.name() + "|" + subject.name()));
                out.append(String.format(" %d (%.2f×) |", median, (double) median / baseline));
            }
            out.append('\n');
        }
        // Each round starts every subject once, one after the other: a round's ratio compares starts made under the
        // same load, which the medians of the columns above do not (the machine's load moves within a run).
        out.append("\nMedian of the rounds' own ratios (each subject against the empty window of the same round):\n\n");
        out.append("| setting |");
        subjects.stream().skip(1).forEach(subject -> out.append(' ').append(subject.name()).append(" |"));
        out.append("\n|---|");
        subjects.stream().skip(1).forEach(subject -> out.append("---|"));
        out.append('\n');
        for (Setting setting : settings) {
            List<Long> baseline = times.get(setting.name() + "|" + subjects.get(0).name());
            out.append("| ").append(setting.name()).append(" |");
            for (Subject subject : subjects.subList(1, subjects.size())) {
                List<Long> own = times.get(setting.name() + "|" + subject.name());
                List<Double> ratios = new ArrayList<>();
                for (int round = 0; round < own.size(); round++) {
                    ratios.add((double) own.get(round) / baseline.get(round));
                }
                out.append(String.format(" %.2f× |", medianOf(ratios)));
            }
            out.append('\n');
        }
        out.append("\nAll runs (ms):\n");
        times.forEach((key, values) -> out.append("  ").append(key.replace('|', ' ')).append(": ").append(values)
                .append('\n'));
        return out.toString();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double medianOf(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
