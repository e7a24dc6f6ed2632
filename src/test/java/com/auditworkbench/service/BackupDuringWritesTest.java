package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.EvidenceTarget;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Result;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.template.ShippedTemplates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup taken while another thread saves changes holds every change saved before it began, and restores. */
class BackupDuringWritesTest {

    private static final String PASSPHRASE = SampleWorkbench.PASSPHRASE;

    @TempDir
    Path folder;

    @Test
    void backupDuringAStormOfWritesHoldsEveryAcknowledgedChangeAndRestores() throws Exception {
        Path file = folder.resolve("storm.awb");
        WorkbenchService service = TestWorkbenches.service();
        Path backup = folder.resolve("storm.awbbackup");
        int acknowledgedBeforeBackup;
        int rowCount;
        long planId;
        try (WorkbenchSession session = service.create(file, PASSPHRASE.toCharArray())) {
            Plan plan = SampleWorkbench.populate(session, new ShippedTemplates().defaultAudit());
            planId = plan.id();
            List<ChecklistRow> rows = session.fieldwork().rows(planId).subList(0, 40);
            rowCount = rows.size();
            AtomicInteger acknowledged = new AtomicInteger(-1);
            AtomicBoolean stop = new AtomicBoolean();
            CompletableFuture<Void> storm = CompletableFuture.runAsync(() -> {
                for (int i = 0; !stop.get(); i++) {
                    session.fieldwork().record(rows.get(i % rows.size()), Result.PARTIAL, "storm " + i);
                    if (i % 25 == 0) {
                        session.evidence().intakeBytes(planId, "storm-" + i + ".txt", ("storm " + i).getBytes(),
                                new EvidenceDetails("総務課", LocalDate.of(2026, 7, 1), "", "取扱注意"),
                                List.of(EvidenceTarget.result(rows.get(i % rows.size()))));
                    }
                    acknowledged.set(i);
                }
            });
            while (acknowledged.get() < 60) {
                Thread.sleep(5);
            }
            acknowledgedBeforeBackup = acknowledged.get();
            session.backups().backup(backup, Progress.NONE);
            int afterBackup = acknowledged.get();
            Thread.sleep(200);
            stop.set(true);
            storm.get(60, TimeUnit.SECONDS);
            assertThat(afterBackup).as("writes went on during the backup").isGreaterThanOrEqualTo(acknowledgedBeforeBackup);
        }

        Path restored = folder.resolve("restored.awb");
        BackupRestore.Restored result = service.restore(backup, restored, PASSPHRASE.toCharArray(), Progress.NONE);
        assertThat(result.evidenceChecked()).isGreaterThan(0);
        try (WorkbenchSession session = service.openReadOnly(restored, PASSPHRASE.toCharArray())) {
            Map<String, Integer> latestNote = new HashMap<>();
            for (ChecklistRow row : session.fieldwork().rows(planId)) {
                if (row.notes() != null && row.notes().startsWith("storm ")) {
                    latestNote.put(row.department().id() + "/" + row.item().code(),
                            Integer.parseInt(row.notes().substring(6)));
                }
            }
            // Each row holds the last write it was given up to the backup, or a later one.
            int lastWritten = latestNote.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            assertThat(lastWritten).isGreaterThanOrEqualTo(acknowledgedBeforeBackup);
            for (int i = Math.max(0, acknowledgedBeforeBackup - rowCount + 1); i <= acknowledgedBeforeBackup; i++) {
                int written = i;
                assertThat(latestNote.values()).anyMatch(n -> n >= written && n % rowCount == written % rowCount);
            }
            assertThat(session.activity().verifyChain().intact()).isTrue();
            assertThat(session.evidence().verify(null, Progress.NONE)).isEmpty();
        }
    }
}
