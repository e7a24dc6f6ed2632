package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.BackupRecord;
import com.auditworkbench.domain.LogAnchor;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.store.BackupArchive;
import com.auditworkbench.store.EvidenceVault;
import com.auditworkbench.store.Workbench;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the open workbench: one file holding the workbench file and its evidence, consistent while the
 * workbench is being edited (decision 0017). The workbench's bytes are copied while no transaction runs, together
 * with the list of evidence files its records name; those files never change once written, so they are copied
 * after the workbench is free again. The backup is written beside its target under a temporary name and renamed
 * into place when complete; an existing file is never replaced.
 */
public final class BackupService {

    static final String ENTITY = "workbench";
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Workbench workbench;
    private final AuditTrail trail;
    private final ActivityService activity;
    private final EvidenceService evidence;

    BackupService(Workbench workbench, AuditTrail trail, EvidenceService evidence, ActivityService activity) {
        this.workbench = workbench;
        this.trail = trail;
        this.evidence = evidence;
        this.activity = activity;
    }

    /** What a backup wrote. */
    public record Made(Path file, BackupArchive.Contents contents, long size, String sha256) {
    }

    /**
     * Writes a backup of the workbench and its evidence to {@code target}, a file that must not exist yet. Every
     * change saved before this is called is in it. The backup is then recorded in the workbench (unless it was
     * opened only to read), as an ordinary change after the copy.
     */
    public Made backup(Path target, Progress progress) {
        Path out = target.toAbsolutePath().normalize();
        refuseExisting(out);
        if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
            throw new AuditException("backup.error.folderMissing", out.getParent());
        }
        evidence.awaitSweep();
        Path temporary = out.resolveSibling("." + out.getFileName() + "." + randomSuffix() + ".part");
        long total = estimate();
        AtomicLong done = new AtomicLong();
        BackupArchive.Contents contents;
        long size;
        java.util.concurrent.atomic.AtomicReference<LogAnchor> head = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            try (BackupArchive.Writer writer = new BackupArchive.Writer(temporary,
                    n -> progress.update(done.addAndGet(n), total), progress::isCancelled)) {
                Set<String> refs = writer.addWorkbench(workbench.file().getFileName().toString(),
                        stream -> workbench.copyQuietly(stream, r -> {
                            // The log's head as copied: a restored workbench holds exactly this history.
                            head.set(r.activityLog().head(trail.now().toInstant(), "backup " + out.getFileName()));
                            return r.evidence().storageRefs();
                        }));
                Path vault = EvidenceVault.folderFor(workbench.file());
                for (Path file : evidence.vaultFiles(refs)) {
                    writer.addEvidence(vault, file);
                }
                contents = writer.finish();
            }
            moveIntoPlace(temporary, out);
            size = Files.size(out);
        } catch (IOException e) {
            deleteQuietly(temporary);
            LOG.warn("Backup of {} to {} failed", workbench.file(), out, e);
            throw new AuditException(e, "backup.error.cannotWrite", out.getFileName());
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
        String sha256 = FileFingerprint.sha256(out);
        Made made = new Made(out, contents, size, sha256);
        LOG.info("Backed up {} to {}: {} bytes of workbench, {} evidence files ({} bytes)", workbench.file(), out,
                contents.workbenchBytes(), contents.evidenceFiles(), contents.evidenceBytes());
        if (!workbench.readOnly()) {
            record(made);
        }
        // The head the backup holds is kept outside the workbench too, for a later verify (decision 0015).
        LogAnchor copied = head.get();
        activity.keep(new LogAnchor(copied.sequence(), copied.hash(), copied.at(), copied.what() + " " + sha256));
        return made;
    }

    /** The most recent backup recorded in this workbench. */
    public Optional<BackupRecord> lastBackup() {
        return workbench.transaction(r -> r.backups().latest());
    }

    private void record(Made made) {
        String actor = trail.currentUser() == null ? AuditTrail.SYSTEM : trail.currentUser().name();
        BackupRecord backup = new BackupRecord(trail.now(), actor, made.file().toString(),
                made.size(), made.sha256());
        workbench.run(r -> {
            r.backups().insert(backup);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", backup.fileName());
            after.put("sha256", backup.sha256());
            after.put("evidenceFiles", made.contents().evidenceFiles());
            trail.record(r, "backup", ENTITY, "backup", null, made.file().getFileName().toString(), null, after);
        });
    }

    /** An atomic rename that never replaces: a file that appeared meanwhile wins, and the backup is refused. */
    private static void moveIntoPlace(Path temporary, Path out) throws IOException {
        try {
            Files.move(temporary, out);
        } catch (FileAlreadyExistsException e) {
            throw new AuditException(e, "backup.error.exists", out.getFileName());
        }
        forceFolder(out.getParent());
    }

    /** Refuses a target that exists, with the sentence the user sees. */
    public static void refuseExisting(Path out) {
        if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new AuditException("backup.error.exists", out.getFileName());
        }
    }

    /** The bytes a backup will hold, for its progress: the file and its vault folder as they are now. */
    private long estimate() {
        long size = 0;
        try {
            size += Files.size(workbench.file());
            Path vault = EvidenceVault.folderFor(workbench.file());
            if (Files.isDirectory(vault)) {
                try (Stream<Path> files = Files.walk(vault)) {
                    size += files.filter(Files::isRegularFile).mapToLong(BackupService::sizeOf).sum();
                }
            }
        } catch (IOException e) {
            LOG.debug("Size of {} not known", workbench.file(), e);
        }
        return size;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static String randomSuffix() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static void forceFolder(Path folder) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(folder,
                java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("The folder {} could not be forced to disk", folder);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {}", file, e);
        }
    }
}
