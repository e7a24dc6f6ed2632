package com.auditworkbench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary {@code .part} files the application writes beside a target (an export, a copy of evidence) until
 * the result is complete. Each is noted in a journal in the application's folder when it is made; a crash leaves it
 * behind, holding part of what was being written (decrypted evidence, a committee workbook), and the next start
 * removes every one still listed. Without a journal (tests, tools) the files are made all the same.
 */
public final class PartFiles {

    private static final String SUFFIX = ".part";
    private static volatile Path journal;

    private static Logger log() {
        return LoggerFactory.getLogger(PartFiles.class);
    }

    private PartFiles() {
    }

    /**
     * Uses {@code folder/part-files.txt} as the journal from now on, after removing the files a previous run left
     * in it. Returns how many were removed.
     */
    public static int useJournalIn(Path folder) {
        Path file = folder.resolve("part-files.txt");
        int removed = 0;
        synchronized (PartFiles.class) {
            try {
                Files.createDirectories(folder);
                if (Files.isRegularFile(file)) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (String line : lines) {
                        if (line.endsWith(SUFFIX) && Files.deleteIfExists(Path.of(line))) {
                            removed++;
                        }
                    }
                }
                Files.write(file, new byte[0]);
                journal = file;
            } catch (IOException | RuntimeException e) {
                log().warn("The list of temporary files {} could not be used", file, e);
            }
        }
        if (removed > 0) {
            log().info("Removed {} temporary files left by an interrupted export or copy", removed);
        }
        return removed;
    }

    /** Stops noting files (tests that used a journal in a folder about to go). */
    static void forgetJournal() {
        journal = null;
    }

    /** A new, empty {@code PREFIX…SUFFIX.part} file in {@code folder}, noted in the journal. */
    public static Path createBeside(Path folder, String prefix, String suffix) throws IOException {
        Path part = Files.createTempFile(folder, prefix, suffix + SUFFIX);
        Path file = journal;
        if (file != null) {
            synchronized (PartFiles.class) {
                try {
                    Files.writeString(file, part.toAbsolutePath() + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    log().warn("Temporary file {} could not be noted in {}", part, file, e);
                }
            }
        }
        return part;
    }
}
