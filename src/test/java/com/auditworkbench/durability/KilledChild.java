package com.auditworkbench.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A main class of the tests run in its own JVM on the test class path and killed with {@link
 * Process#destroyForcibly()} (SIGKILL on Linux, TerminateProcess on Windows): no shutdown hook, no finally block,
 * no closing of the database runs. Its standard output is read line by line until it dies.
 */
final class KilledChild {

    private final List<String> lines;
    private final Path errors;

    private KilledChild(List<String> lines, Path errors) {
        this.lines = lines;
        this.errors = errors;
    }

    /**
     * Starts the class and kills it {@code delayMillis} after it printed a line starting with {@code STARTED}, or
     * after its start when {@code fromStart}. Returns once it is dead and its output read.
     */
    static KilledChild run(Path errors, long delayMillis, boolean fromStart, Class<?> main, String... args)
            throws IOException, InterruptedException {
        return run(errors, fromStart ? null : "STARTED", delayMillis, main, args);
    }

    /** Starts the class and kills it {@code delayMillis} after it printed a line starting with {@code cue}. */
    static KilledChild run(Path errors, String cue, long delayMillis, Class<?> main, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch cued = new CountDownLatch(cue == null ? 0 : 1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    if (cue != null && line.startsWith(cue)) {
                        cued.countDown();
                    }
                }
            } catch (IOException e) {
                lines.add("READ FAILED " + e);
            } finally {
                cued.countDown();
            }
        }, "killed-child-output");
        reader.start();
        if (!cued.await(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The child never printed " + cue);
        }
        Thread.sleep(delayMillis);
        process.destroyForcibly();
        process.waitFor();
        reader.join(10_000);
        return new KilledChild(new ArrayList<>(lines), errors);
    }

    List<String> lines() {
        return lines;
    }

    /** The end of what the child wrote to its standard error, for a failure's message. */
    String errorTail() {
        try {
            String text = Files.readString(errors, StandardCharsets.UTF_8);
            return text.substring(Math.max(0, text.length() - 2_000));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
