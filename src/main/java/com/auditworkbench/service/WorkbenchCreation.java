package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.store.EvidenceVault;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new workbench appears at its name complete or not at all: it is made and filled under a hidden name beside
 * the target ({@code .NAME.awb.creating-RANDOM.awb}, with its evidence folder), closed, and moved into place, the
 * evidence folder first and the workbench file last, never over an existing file. A process killed half-way leaves
 * only hidden files, which the next creation of the same name removes.
 */
final class WorkbenchCreation {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchCreation.class);
    private static final String CREATING = ".creating-";
    private static final String EXTENSION = ".awb";
    private static final String EVIDENCE_MOVED = ".evidence-moved";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkbenchCreation() {
    }

    /** Creates the workbench, fills it, and moves it into place; returns what {@code fill} returned. */
    static <T> T create(WorkbenchService service, Path file, char[] passphrase, Function<WorkbenchSession, T> fill) {
        Path target = file.toAbsolutePath().normalize();
        String name = target.getFileName().toString();
        if (!name.endsWith(EXTENSION)) {
            throw new AuditException("workbench.error.extension", target.getFileName());
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new AuditException("workbench.error.folderMissing", folder);
        }
        OutputTarget.protecting().checkFolder(folder);
        removeLeftovers(target);
        Path evidence = EvidenceVault.folderFor(target);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new AuditException("workbench.error.exists", target.getFileName());
        }
        if (Files.exists(evidence, LinkOption.NOFOLLOW_LINKS)) {
            throw new AuditException("workbench.error.exists", evidence.getFileName());
        }
        Path temporary = folder.resolve("." + name + CREATING + HexFormat.of().formatHex(randomBytes()) + EXTENSION);
        T result;
        try {
            try (WorkbenchSession session = service.create(temporary, passphrase)) {
                result = fill.apply(session);
            }
            moveIntoPlace(temporary, target);
        } catch (RuntimeException e) {
            removeQuietly(temporary);
            throw e;
        }
        return result;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /**
     * The evidence folder goes first (a marker beside it says whose it is until the file follows), then the file,
     * by a hard link that fails rather than replace anything; where links are not possible, by an atomic rename.
     */
    private static void moveIntoPlace(Path temporary, Path target) {
        Path temporaryEvidence = EvidenceVault.folderFor(temporary);
        Path evidence = EvidenceVault.folderFor(target);
        Path marker = markerOf(temporary);
        try {
            if (Files.isDirectory(temporaryEvidence)) {
                Files.createFile(marker);
                Files.move(temporaryEvidence, evidence, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.createLink(target, temporary);
                Files.delete(temporary);
            } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(marker);
            LOG.info("Created workbench {}", target);
        } catch (FileAlreadyExistsException e) {
            undoEvidenceMove(temporaryEvidence, evidence, marker);
            throw new AuditException(e, "workbench.error.exists", target.getFileName());
        } catch (IOException e) {
            undoEvidenceMove(temporaryEvidence, evidence, marker);
            throw new AuditException(e, "workbench.error.cannotCreate", target.getFileName());
        }
    }

    private static void undoEvidenceMove(Path temporaryEvidence, Path evidence, Path marker) {
        try {
            if (Files.exists(marker) && Files.isDirectory(evidence) && !Files.exists(temporaryEvidence)) {
                Files.move(evidence, temporaryEvidence, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            LOG.warn("The evidence folder {} of a workbench that could not be created stays", evidence, e);
        }
    }

    private static Path markerOf(Path temporary) {
        return temporary.resolveSibling(temporary.getFileName() + EVIDENCE_MOVED);
    }

    /**
     * Removes what an interrupted creation of this name left: hidden workbenches and their evidence folders, and
     * an evidence folder moved into place whose workbench never followed.
     */
    static void removeLeftovers(Path target) {
        String prefix = "." + target.getFileName() + CREATING;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(),
                entry -> entry.getFileName().toString().startsWith(prefix))) {
            for (Path entry : entries) {
                String entryName = entry.getFileName().toString();
                if (entryName.endsWith(EVIDENCE_MOVED)) {
                    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        removeQuietly(EvidenceVault.folderFor(target));
                    }
                    Files.deleteIfExists(entry);
                } else {
                    removeQuietly(entry);
                }
                LOG.info("Removed {}, left by a workbench creation that was interrupted", entry);
            }
        } catch (IOException e) {
            LOG.warn("Leftovers of an interrupted creation of {} could not be listed", target, e);
        }
    }

    /** A hidden workbench file, or folder, and the evidence folder that goes with it. */
    private static void removeQuietly(Path path) {
        deleteTree(path);
        if (path.getFileName().toString().endsWith(EXTENSION)) {
            deleteTree(EvidenceVault.folderFor(path));
        }
    }

    private static void deleteTree(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("{} could not be removed", p, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("{} could not be removed", path, e);
        }
    }
}
