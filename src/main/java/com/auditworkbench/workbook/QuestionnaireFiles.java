package com.auditworkbench.workbook;

import com.auditworkbench.domain.AuditException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The files a user picked to import: files as they are, and the files directly inside a picked folder. */
public final class QuestionnaireFiles {

    private QuestionnaireFiles() {
    }

    /**
     * Every picked file, and every file of a picked folder except hidden files and the lock files office suites
     * leave while a workbook is open. Other files of a folder are kept, so a returned file in an unexpected format
     * is reported rather than passed over.
     */
    public static List<Path> expand(List<Path> picked) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : picked) {
            Path normalised = path.toAbsolutePath().normalize();
            if (Files.isDirectory(normalised)) {
                files.addAll(folder(normalised));
            } else {
                files.add(normalised);
            }
        }
        return new ArrayList<>(files);
    }

    private static List<Path> folder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> !isHiddenOrLock(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new AuditException(e, "file.error.unreadable", folder);
        }
    }

    private static boolean isHiddenOrLock(String name) {
        return name.startsWith(".") || name.startsWith("~$");
    }
}
