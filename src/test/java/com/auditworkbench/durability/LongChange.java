package com.auditworkbench.durability;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Role;
import com.auditworkbench.service.FieldworkService;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestWorkbenches;
import java.nio.file.Path;
import java.util.List;

/**
 * One long change, run in its own JVM by {@link LongChangeCrashTest} and killed in the middle of it: every row of
 * the plan recorded in one transaction. Prints {@code BEGIN} as the transaction starts and {@code DONE} with its
 * duration if it ever ends. Arguments: the workbench, its passphrase, the plan, the notes to record.
 */
public final class LongChange {

    private LongChange() {
    }

    public static void main(String[] args) {
        try (WorkbenchSession session = TestWorkbenches.service().open(Path.of(args[0]), args[1].toCharArray())) {
            session.people().actAs(session.people().all().stream().filter(a -> a.role() == Role.LEAD).findFirst()
                    .orElseThrow());
            List<ChecklistRow> rows = session.fieldwork().rows(Long.parseLong(args[2]));
            List<FieldworkService.Entry> entries = rows.stream()
                    .map(r -> new FieldworkService.Entry(r, Result.NONCONFORMING, args[3])).toList();
            long start = System.nanoTime();
            System.out.println("BEGIN " + entries.size());
            session.fieldwork().recordAll(entries);
            System.out.println("DONE " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }
}
