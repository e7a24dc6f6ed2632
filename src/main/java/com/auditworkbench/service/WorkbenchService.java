package com.auditworkbench.service;

import com.auditworkbench.domain.Progress;
import com.auditworkbench.store.StoreWarmUp;
import com.auditworkbench.store.WorkbenchFiles;
import java.nio.file.Path;
import java.time.Clock;

/** Creates and opens workbenches, handing back a session with the use cases bound to it. */
public final class WorkbenchService {

    private final WorkbenchFiles files;
    private final Clock clock;
    private final String applicationVersion;
    private final LogAnchors anchors;

    public WorkbenchService(String applicationVersion, Clock clock) {
        this(applicationVersion, clock, null);
    }

    /** With the folder where log heads are kept outside each workbench (beside the user's settings). */
    public WorkbenchService(String applicationVersion, Clock clock, Path anchorsFolder) {
        this.files = new WorkbenchFiles(applicationVersion);
        this.clock = clock;
        this.applicationVersion = applicationVersion;
        this.anchors = anchorsFolder == null ? null : new LogAnchors(anchorsFolder);
    }

    public WorkbenchSession create(Path file, char[] passphrase) {
        return new WorkbenchSession(files.create(file, passphrase), clock, applicationVersion, anchors);
    }

    /**
     * Creates a workbench, fills it and closes it, all under a hidden name beside the file, then moves it into place
     * (evidence folder first, the file last, never over anything): a failure or a kill leaves nothing at the name.
     * Returns what {@code fill} returned.
     */
    public <T> T createComplete(Path file, char[] passphrase, java.util.function.Function<WorkbenchSession, T> fill) {
        return WorkbenchCreation.create(this, file, passphrase, fill);
    }

    public WorkbenchSession open(Path file, char[] passphrase) {
        return new WorkbenchSession(files.open(file, passphrase), clock, applicationVersion, anchors);
    }

    /**
     * Opens a workbench only to read it (verify, export, a dry run): nothing is written, and the file keeps its
     * bytes and its SHA-256. Any attempt to change it fails.
     */
    public WorkbenchSession openReadOnly(Path file, char[] passphrase) {
        return new WorkbenchSession(files.openReadOnly(file, passphrase), clock, applicationVersion, anchors);
    }

    /**
     * Writes a new workbench at {@code target} from a backup, after checking it completely (the backup's hashes,
     * then the restored workbench opened with the passphrase: its activity log and every evidence file). Refuses,
     * writing nothing, when the backup is damaged, the passphrase is wrong, or the target or its evidence folder
     * exists.
     */
    public BackupRestore.Restored restore(Path backup, Path target, char[] passphrase, Progress progress) {
        return new BackupRestore(this::openReadOnly).restore(backup, target, passphrase, progress);
    }

    /**
     * Runs the database code an opening needs once, on an empty database in memory, so the opening that follows
     * is not the first use of it. For the time the start screen waits for a passphrase; blocks until done and says
     * whether every step ran (a failure only makes the opening slower).
     */
    public boolean warmUp() {
        return StoreWarmUp.run();
    }
}
