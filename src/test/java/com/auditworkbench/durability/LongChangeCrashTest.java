package com.auditworkbench.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.ChainVerification;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Role;
import com.auditworkbench.service.FieldworkService;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestWorkbenches;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill in the middle of one long change (every row of a 40,000-row plan recorded in one transaction): the
 * workbench opens, holds none of that change and all that was saved before it, and its activity log verifies.
 * Killed at three moments of the same change, on the same file. Whether opening reported a rolled-back change is
 * printed, not asserted: this change stays in memory until it commits, so none of it reaches the file;
 * {@code store/InterruptedChangeTest} kills a change that has.
 */
class LongChangeCrashTest {

    private static final int ITEMS = 1_000;
    private static final int DEPARTMENTS = 40;
    /** When to kill, in ms after the change began; {@code -Dawb.longChangeKillAfter=8000,20000} kills later. */
    private static final long[] KILL_AFTER_MILLIS = java.util.Arrays.stream(System.getProperty(
            "awb.longChangeKillAfter", "400,1500,3500").split(",")).mapToLong(Long::parseLong).toArray();
    private static final String INTERRUPTED = "中断された変更";
    private static final char[] PASSPHRASE = TestWorkbenches.PASSPHRASE.toCharArray();

    @TempDir
    Path folder;

    @Test
    void aWorkbenchKilledInTheMiddleOfOneLongChangeOpensWithoutAnyOfIt() throws Exception {
        Path file = folder.resolve("long.awb");
        long planId;
        Map<String, String> saved;
        try (WorkbenchSession session = TestWorkbenches.service().create(file, PASSPHRASE)) {
            session.people().actAs(session.people().add("監査 太郎", Role.LEAD, "政策経営部 情報政策課"));
            planId = GeneratedPlan.create(session, ITEMS, DEPARTMENTS).id();
            List<ChecklistRow> first = session.fieldwork().rows(planId, session.fieldwork().rows(planId).get(0)
                    .department().id());
            session.fieldwork().recordAll(first.stream()
                    .map(r -> new FieldworkService.Entry(r, Result.CONFORMING, "保存済みの記録")).toList());
            saved = results(session, planId);
        }
        int recovered = 0;
        for (long delay : KILL_AFTER_MILLIS) {
            String before = sha256(file);
            KilledChild child = KilledChild.run(folder.resolve("long-change.err"), "BEGIN", delay, LongChange.class,
                    file.toString(), TestWorkbenches.PASSPHRASE, Long.toString(planId), INTERRUPTED);
            assertThat(child.lines()).as("the change was still running when killed %d ms in", delay)
                    .noneMatch(l -> l.startsWith("DONE"));
            boolean changed = !sha256(file).equals(before);
            try (WorkbenchSession session = TestWorkbenches.service().open(file, PASSPHRASE)) {
                // A kill before any of the change reached the file leaves nothing to roll back; later ones do.
                boolean rolledBack = session.recoveredInterruptedChange();
                System.out.printf("killed %d ms into the change: file changed %b, recovered %b%n", delay, changed,
                        rolledBack);
                recovered += rolledBack ? 1 : 0;
                assertThat(results(session, planId)).as("results after a kill %d ms in", delay).isEqualTo(saved);
                assertThat(session.activity().latest(planId, INTERRUPTED, 10)).isEmpty();
                ChainVerification chain = session.activity().verifyChain();
                assertThat(chain.intact()).as("activity log after a kill %d ms in: %s", delay, chain).isTrue();
            }
        }
        System.out.printf("%d of %d kills left a change in the file to roll back%n", recovered,
                KILL_AFTER_MILLIS.length);
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.nio.file.Files.readAllBytes(file)));
    }

    private static Map<String, String> results(WorkbenchSession session, long planId) {
        return session.fieldwork().rows(planId).stream()
                .collect(Collectors.toMap(ChecklistRow::key, r -> r.result().code() + "|" + r.notes()));
    }
}
