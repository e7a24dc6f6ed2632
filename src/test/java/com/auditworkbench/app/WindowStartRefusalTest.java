package com.auditworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.installer.VirtualDisplay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window start the command line refuses, run as its own process as a user runs it from a terminal: the toolkit
 * begins before the command line is read, and the refusal must still read as one sentence and the usage — no JavaFX
 * warning first, no stack trace from a toolkit cut off by the exit — with exit code 2 and nothing written.
 */
class WindowStartRefusalTest {

    @TempDir
    Path folder;

    @Test
    void aRefusedWindowStartSaysOneSentenceAndTheUsageOnly() throws Exception {
        try (VirtualDisplay display = VirtualDisplay.start()) {
            for (int round = 0; round < 3; round++) { // the exit raced the toolkit's start: more than one try
                Refusal sample = run(display, "gui", "--sample", folder.resolve("a.awb").toString());
                assertThat(sample.exit()).isEqualTo(2);
                assertThat(sample.err().get(0)).isEqualTo("--sample and FILE exclude each other");
                assertThat(sample.err().get(1)).startsWith("Usage: audit-workbench gui ");
                assertOnlyOurWords(sample);
            }
            Refusal two = run(display, "gui", "a.awb", "b.awb");
            assertThat(two.exit()).isEqualTo(2);
            assertThat(two.err().get(0)).isEqualTo("Unmatched argument at index 2: 'b.awb'");
            assertOnlyOurWords(two);
        }
        assertThat(folder.resolve("a.awb")).doesNotExist();
    }

    private static void assertOnlyOurWords(Refusal refusal) {
        assertThat(refusal.out()).isEmpty();
        assertThat(refusal.err()).noneMatch(line -> line.contains("WARNING") || line.contains("Exception")
                || line.startsWith("\tat ") || line.contains("PlatformImpl"));
    }

    record Refusal(int exit, List<String> out, List<String> err) {
    }

    private Refusal run(VirtualDisplay display, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(display.environment());
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        builder.environment().put("HOME", folder.toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("refusal within a minute").isTrue();
        return new Refusal(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readAllLines(err, StandardCharsets.UTF_8));
    }
}
