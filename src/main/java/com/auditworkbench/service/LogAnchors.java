package com.auditworkbench.service;

import com.auditworkbench.domain.LogAnchor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log heads of each workbench, kept in the user's data folder beside the settings, one file per workbench
 * (its identity): {@code sequence, hash, time, what} per line. They live outside the workbench so that rewriting
 * the workbench cannot rewrite them; `verify` checks that the log still extends every one (decision 0015).
 */
public final class LogAnchors {

    private static final Logger LOG = LoggerFactory.getLogger(LogAnchors.class);
    private static final int MAX_LINES = 100_000;

    private final Path folder;

    public LogAnchors(Path folder) {
        this.folder = folder;
    }

    /** Appends one anchor and forces it to the disk. A failure is logged: it weakens verify, it loses no work. */
    public void record(UUID workbench, LogAnchor anchor) {
        String line = anchor.sequence() + "\t" + anchor.hash() + "\t" + anchor.at() + "\t"
                + anchor.what().replaceAll("[\\t\\r\\n]", " ") + "\n";
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(fileOf(workbench), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            LOG.warn("The log head of workbench {} could not be kept in {}", workbench, folder, e);
        }
    }

    /** Every anchor kept for this workbench, oldest first; lines that cannot be read are skipped and logged. */
    public List<LogAnchor> of(UUID workbench) {
        Path file = fileOf(workbench);
        List<LogAnchor> anchors = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return anchors;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.limit(MAX_LINES).forEach(line -> {
                String[] parts = line.split("\t", 4);
                try {
                    anchors.add(new LogAnchor(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]),
                            parts.length > 3 ? parts[3] : ""));
                } catch (RuntimeException e) {
                    LOG.warn("Skipped an unreadable log anchor in {}", file);
                }
            });
        } catch (IOException | java.io.UncheckedIOException | DateTimeParseException e) {
            LOG.warn("Log anchors of workbench {} could not be read", workbench, e);
        }
        return anchors;
    }

    private Path fileOf(UUID workbench) {
        return folder.resolve(workbench + ".tsv");
    }
}
