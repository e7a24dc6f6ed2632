package com.auditworkbench.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.ChainVerification;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Role;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.service.SampleWorkbench;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.store.EvidenceVault;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.template.ShippedTemplates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing saved is ever lost: an auditor edits one workbench in its own JVM, printing a line once each save has
 * returned, and is killed with SIGKILL at a random moment, round after round on the same file, as a user's file lives
 * on. After each kill the workbench opens, holds every acknowledged change with its value, its activity log verifies,
 * its evidence verifies, and its vault does not pile up leftovers. 20 rounds here; {@code -Dawb.crashRounds=200}
 * for the long run; {@code -Dawb.crashSeed=N} repeats a run.
 */
class CrashTest {

    private static final int ROUNDS = Integer.getInteger("awb.crashRounds", 20);
    private static final char[] PASSPHRASE = TestWorkbenches.PASSPHRASE.toCharArray();

    @TempDir
    Path folder;

    /** The value each acknowledged change must still have, by "kind key". */
    private final Map<String, String> expected = new HashMap<>();
    private final List<String> losses = new ArrayList<>();
    private long checked;

    @Test
    void everyAcknowledgedChangeSurvivesAKillAtARandomMoment() throws Exception {
        long seed = Long.getLong("awb.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        Path file = folder.resolve("crash.awb");
        long planId;
        try (WorkbenchSession session = TestWorkbenches.service().create(file, PASSPHRASE)) {
            planId = smallPlan(session);
        }
        Path scratch = Files.createDirectories(folder.resolve("scratch"));
        long acknowledged = 0;
        int recovered = 0;
        List<String> vaultCounts = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            // One round in five is killed at any moment from the JVM's start (opening, sweeping, the first edit).
            boolean fromStart = random.nextInt(5) == 0;
            long delay = fromStart ? random.nextInt(4_000) : random.nextInt(2_500);
            KilledChild child = KilledChild.run(folder.resolve("auditor.err"), delay, fromStart,
                    EditingAuditor.class, file.toString(), TestWorkbenches.PASSPHRASE, Long.toString(planId),
                    Long.toString(random.nextLong()), "r" + round, scratch.toString());
            Acknowledgements acks = Acknowledgements.of(child.lines());
            acknowledged += acks.count();
            expected.putAll(acks.values());
            try (WorkbenchSession session = TestWorkbenches.service().open(file, PASSPHRASE)) {
                recovered += session.recoveredInterruptedChange() ? 1 : 0;
                session.evidence().awaitSweep();
                check(session, planId, acks, "seed " + seed + ", round " + round);
                vaultCounts.add(VaultCount.of(session.evidence().vaultFolder()).toString());
            }
            assertThat(losses).as("acknowledged changes lost (seed %d, round %d; child log %s)", seed, round,
                    child.errorTail()).isEmpty();
            clear(scratch);
        }
        System.out.printf("Crash rounds: %d, seed %d, acknowledged %d, checked %d, lost %d, recovered %d%n", ROUNDS,
                seed, acknowledged, checked, losses.size(), recovered);
        System.out.println("Vault after each round (orphaned/temporary/other): " + vaultCounts);
        assertThat(acknowledged).as("the kills leave time for edits (seed %d)", seed).isGreaterThan(ROUNDS);
        VaultCount last = VaultCount.of(EvidenceVault.folderFor(file));
        assertThat(last.temporary()).as("temporary files left in the vault (seed %d)", seed).isZero();
        assertThat(last.orphaned()).as("orphaned files kept in the vault (seed %d): %s", seed, vaultCounts)
                .isLessThanOrEqualTo(EvidenceVault.ORPHANS_KEPT);
    }

    private void check(WorkbenchSession session, long planId, Acknowledgements acks, String where) {
        Map<String, ChecklistRow> rows = session.fieldwork().rows(planId).stream()
                .collect(Collectors.toMap(ChecklistRow::key, Function.identity()));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String[] kindKey = e.getKey().split(" ", 2);
            String stored = switch (kindKey[0]) {
                case "result" -> {
                    ChecklistRow row = rows.get(kindKey[1]);
                    yield row.result().code() + "|" + row.notes().replaceFirst("^記録 ", "");
                }
                case "finding" -> session.findings().get(Long.parseLong(kindKey[1])).content().title();
                case "follow-up" -> session.findings().followUps(Long.parseLong(e.getValue())).stream()
                        .anyMatch(n -> n.note().equals(kindKey[1])) ? e.getValue() : "absent";
                case "evidence" -> session.evidence().get(Long.parseLong(kindKey[1])).sha256();
                default -> throw new IllegalStateException(e.getKey());
            };
            checked++;
            boolean inFlight = e.getKey().equals(acks.inFlightKey()) && stored.equals(acks.inFlightValue());
            if (inFlight) {
                // The call the kill interrupted may have committed before its line was printed: it is now saved.
                e.setValue(stored);
            } else if (!stored.equals(e.getValue())) {
                losses.add(where + ": " + e.getKey() + " is " + stored + ", acknowledged " + e.getValue());
            }
        }
        ChainVerification chain = session.activity().verifyChain();
        assertThat(chain.intact()).as("activity log (%s): %s", where, chain).isTrue();
        assertThat(session.evidence().verify(planId, Progress.NONE)).as("evidence (%s)", where).isEmpty();
    }

    /** A plan of the shipped checklist over three departments, with a few results and findings already saved. */
    static long smallPlan(WorkbenchSession session) {
        session.people().actAs(session.people().add("監査 太郎", Role.LEAD, "政策経営部 情報政策課"));
        Plan plan = session.plans().create(new NewPlan(SampleWorkbench.FISCAL_YEAR, "情報セキュリティ監査計画", "遵守状況の検証",
                List.of("総務部 総務課", "市民部 市民課", "健康福祉部 福祉総務課"), null, null, NewPlan.DEFAULT_MARKING, "監査 太郎"),
                new ShippedTemplates().defaultAudit());
        List<ChecklistRow> rows = session.fieldwork().rows(plan.id());
        for (int i = 0; i < 3; i++) {
            ChecklistRow row = session.fieldwork().record(rows.get(i * 7), Result.NONCONFORMING, "確認した事実 " + i);
            session.findings().raise(session.findings().draftFrom(row));
        }
        return plan.id();
    }

    private static void clear(Path scratch) throws Exception {
        try (Stream<Path> files = Files.list(scratch)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }
}
