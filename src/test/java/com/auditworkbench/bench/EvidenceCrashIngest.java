package com.auditworkbench.bench;

import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Role;
import com.auditworkbench.service.WorkbenchService;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.store.EvidenceBlobStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Run in a second JVM by {@link EvidenceStorageBench} and killed (SIGKILL) in the middle of an intake, to see what a
 * crash leaves behind. Arguments: {@code vault|blob}, the workbench, the passphrase, the plan id, the file list.
 */
public final class EvidenceCrashIngest {

    private EvidenceCrashIngest() {
    }

    public static void main(String[] args) throws Exception {
        Path workbench = Path.of(args[1]);
        char[] passphrase = args[2].toCharArray();
        List<Path> files = Files.readAllLines(Path.of(args[4])).stream().map(Path::of).toList();
        if (args[0].equals("blob")) {
            try (EvidenceBlobStore store = EvidenceBlobStore.open(workbench, passphrase)) {
                System.out.println("STARTED");
                System.out.flush();
                store.ingest(files);
            }
            return;
        }
        WorkbenchService service = new WorkbenchService("bench", Clock.systemDefaultZone());
        try (WorkbenchSession session = service.open(workbench, passphrase)) {
            session.people().actAs(session.people().all().stream().filter(a -> a.role() == Role.LEAD).findFirst()
                    .orElseThrow());
            System.out.println("STARTED");
            System.out.flush();
            session.evidence().intake(Long.parseLong(args[3]), files, new EvidenceDetails("情報政策課",
                    LocalDate.now(), "crash", "取扱注意"), List.of(), Progress.NONE);
        }
    }
}
