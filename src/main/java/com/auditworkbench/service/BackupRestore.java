package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ChainVerification;
import com.auditworkbench.domain.EvidenceMismatch;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.store.BackupArchive;
import com.auditworkbench.store.EvidenceVault;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restoring a backup into a new workbench. Everything is written into a hidden folder beside the target first and
 * checked there: the backup's own hashes, then the restored workbench opened read-only with the passphrase, its
 * activity log's chain and every evidence file's hash. Only then are the evidence folder and, last, the workbench
 * file renamed into place. Nothing is ever written over an existing file; a refusal leaves nothing behind.
 */
public final class BackupRestore {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRestore.class);
    private static final String EXTENSION = ".awb";

    private final BiFunction<Path, char[], WorkbenchSession> openReadOnly;

    BackupRestore(BiFunction<Path, char[], WorkbenchSession> openReadOnly) {
        this.openReadOnly = openReadOnly;
    }

    /** What a restore wrote and checked. */
    public record Restored(Path workbench, BackupArchive.Contents contents, long eventsChecked, int evidenceChecked) {
    }

    Restored restore(Path backup, Path target, char[] passphrase, Progress progress) {
        Path out = target.toAbsolutePath().normalize();
        Path vault = EvidenceVault.folderFor(out);
        if (!out.getFileName().toString().endsWith(EXTENSION)) {
            throw new AuditException("workbench.error.extension", out.getFileName());
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) || Files.exists(vault, LinkOption.NOFOLLOW_LINKS)) {
            throw new AuditException("backup.error.restoreExists", out.getFileName());
        }
        if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
            throw new AuditException("backup.error.folderMissing", out.getParent());
        }
        if (!Files.isRegularFile(backup)) {
            throw new AuditException("backup.error.missing", backup);
        }
        Path staging = out.resolveSibling("." + out.getFileName() + "." + BackupService.randomSuffix() + ".restoring");
        try {
            Files.createDirectory(staging);
            Path stagedFile = staging.resolve(out.getFileName());
            Path stagedVault = EvidenceVault.folderFor(stagedFile);
            long total = sizeOf(backup);
            AtomicLong done = new AtomicLong();
            BackupArchive.Contents contents = BackupArchive.extract(backup, stagedFile, stagedVault,
                    n -> progress.update(done.addAndGet(n), total), progress::isCancelled);
            long[] checked = verify(stagedFile, passphrase, backup);
            if (Files.isDirectory(stagedVault)) {
                Files.move(stagedVault, vault);
            }
            Files.move(stagedFile, out);
            BackupService.forceFolder(out.getParent());
            LOG.info("Restored {} from {}: {} events and {} evidence files verified", out, backup, checked[0],
                    checked[1]);
            return new Restored(out, contents, checked[0], (int) checked[1]);
        } catch (FileAlreadyExistsException e) {
            throw new AuditException(e, "backup.error.restoreExists", out.getFileName());
        } catch (IOException e) {
            LOG.warn("Restoring {} to {} failed", backup, out, e);
            throw new AuditException(e, "backup.error.cannotRestore", out.getFileName());
        } finally {
            deleteTree(staging);
        }
    }

    /** Opens the restored copy read-only and checks it through; returns the events and evidence files checked. */
    private long[] verify(Path stagedFile, char[] passphrase, Path backup) {
        WorkbenchSession session;
        try {
            session = openReadOnly.apply(stagedFile, passphrase);
        } catch (AuditException e) {
            if ("workbench.error.wrongPassphrase".equals(e.messageKey())) {
                throw new AuditException(e, "backup.error.wrongPassphrase", backup.getFileName());
            }
            throw new AuditException(e, "backup.error.notRestorable", backup.getFileName());
        }
        try (session) {
            ChainVerification chain = session.activity().verifyChain();
            if (!chain.intact()) {
                throw new AuditException("backup.error.chainBroken", backup.getFileName(),
                        String.valueOf(chain.firstBrokenSequence()));
            }
            List<EvidenceMismatch> mismatches = session.evidence().verify(null, Progress.NONE);
            if (!mismatches.isEmpty()) {
                throw new AuditException("backup.error.evidenceMismatch", backup.getFileName(), mismatches.size());
            }
            int evidence = session.evidence().index(new com.auditworkbench.domain.EvidenceFilter(null, null, null,
                    null, null, null)).size();
            return new long[] {chain.eventsChecked(), evidence};
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(BackupService::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Could not remove {}", folder, e);
        }
    }
}
