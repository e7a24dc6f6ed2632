package com.auditworkbench.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Independent readers (LibreOffice, poppler, openpyxl) that check what the application wrote. CI installs them
 * (.ci/run), so there a missing tool fails the test; on a developer's machine without them the test is skipped.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    public static void require(String command) {
        boolean present = Files.isExecutable(Path.of("/usr/bin", command));
        if (System.getenv("CI") != null) {
            if (!present) {
                throw new IllegalStateException(command + " is missing: .ci/run must install it");
            }
        } else {
            assumeTrue(present, command + " is not installed here");
        }
    }

    /** Runs a command, returns its output; fails on a non-zero exit or after the timeout. */
    public static String run(Path workingDirectory, long timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(workingDirectory, "tool-", ".log");
        Process process = new ProcessBuilder(List.of(command)).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ":\n"
                    + output);
        }
        return output;
    }

    /** LibreOffice headless, with a profile of its own so parallel runs do not collide. */
    public static Path convertWithLibreOffice(Path input, String format, Path outputFolder)
            throws IOException, InterruptedException {
        require("soffice");
        Path profile = Files.createTempDirectory(outputFolder, "lo-profile-");
        List<String> command = new ArrayList<>(List.of("/usr/bin/soffice",
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to", format,
                "--outdir", outputFolder.toString(), input.toString()));
        run(outputFolder, 180, command.toArray(String[]::new));
        String base = input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path converted = outputFolder.resolve(base + "." + format.replaceFirst(":.*", ""));
        if (!Files.isRegularFile(converted)) {
            throw new IllegalStateException("LibreOffice wrote no " + converted);
        }
        return converted;
    }
}
