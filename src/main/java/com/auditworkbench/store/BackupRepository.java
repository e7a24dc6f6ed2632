package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.BACKUP_MADE;

import com.auditworkbench.domain.BackupRecord;
import java.util.Optional;
import org.jooq.DSLContext;

/** The backups made of this workbench (V11). */
public final class BackupRepository {

    private final DSLContext dsl;

    BackupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(BackupRecord backup) {
        dsl.insertInto(BACKUP_MADE)
                .set(BACKUP_MADE.MADE_AT, backup.madeAt())
                .set(BACKUP_MADE.MADE_BY, backup.madeBy())
                .set(BACKUP_MADE.FILE_NAME, backup.fileName())
                .set(BACKUP_MADE.SIZE_BYTES, backup.sizeBytes())
                .set(BACKUP_MADE.SHA256, backup.sha256())
                .execute();
    }

    /** The most recent backup, if one was ever made. */
    public Optional<BackupRecord> latest() {
        return dsl.selectFrom(BACKUP_MADE)
                .orderBy(BACKUP_MADE.MADE_AT.desc(), BACKUP_MADE.ID.desc())
                .limit(1)
                .fetchOptional(r -> new BackupRecord(r.getMadeAt(), r.getMadeBy(), r.getFileName(), r.getSizeBytes(),
                        r.getSha256()));
    }
}
