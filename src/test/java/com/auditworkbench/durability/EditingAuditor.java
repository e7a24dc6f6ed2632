package com.auditworkbench.durability;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.EvidenceIntakeReport;
import com.auditworkbench.domain.EvidenceTarget;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FindingContent;
import com.auditworkbench.domain.FollowUpNote;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Role;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.service.WorkbenchService;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestWorkbenches;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An auditor at work, run in its own JVM by {@link CrashTest} and killed with SIGKILL at a random moment. It edits a
 * workbench through the services in a loop, and prints {@code BEGIN} before each call and {@code ACK} once the call
 * has returned, with what was saved: what an ACK names must survive the kill. Arguments: the workbench, its
 * passphrase, the plan, a seed, a label for the values (unique per round) and a scratch folder for evidence files.
 */
public final class EditingAuditor {

    /** Closes every line: a line cut short by the kill has no end mark and acknowledges nothing. */
    static final String END = "#";

    private final WorkbenchSession session;
    private final long planId;
    private final Random random;
    private final String label;
    private final Path scratch;
    private final PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
            StandardCharsets.UTF_8);
    private int count;

    private EditingAuditor(WorkbenchSession session, long planId, Random random, String label, Path scratch) {
        this.session = session;
        this.planId = planId;
        this.random = random;
        this.label = label;
        this.scratch = scratch;
    }

    public static void main(String[] args) throws Exception {
        Path workbench = Path.of(args[0]);
        WorkbenchService service = TestWorkbenches.service();
        try (WorkbenchSession session = service.open(workbench, args[1].toCharArray())) {
            session.people().actAs(session.people().all().stream().filter(a -> a.role() == Role.LEAD).findFirst()
                    .orElseThrow());
            EditingAuditor auditor = new EditingAuditor(session, Long.parseLong(args[2]),
                    new Random(Long.parseLong(args[3])), args[4], Path.of(args[5]));
            auditor.work();
        }
    }

    private void work() throws Exception {
        List<ChecklistRow> rows = session.fieldwork().rows(planId).stream()
                .filter(r -> !r.signOff().isLocked()).toList();
        List<Long> findings = new ArrayList<>(session.findings().byPlan(planId).stream()
                .filter(f -> !f.signOff().isLocked()).map(Finding::id).toList());
        out.println("STARTED " + END);
        while (true) {
            count++;
            String value = label + "-" + count;
            int roll = random.nextInt(100);
            if (roll < 55 || findings.isEmpty()) {
                record(rows.get(random.nextInt(rows.size())), value);
            } else if (roll < 70) {
                findings.add(raise(rows.get(random.nextInt(rows.size())), value));
            } else if (roll < 82) {
                edit(findings.get(random.nextInt(findings.size())), value);
            } else if (roll < 90) {
                followUp(findings.get(random.nextInt(findings.size())), value);
            } else {
                intake(rows.get(random.nextInt(rows.size())), value);
            }
        }
    }

    private void record(ChecklistRow row, String value) {
        Result result = Result.values()[random.nextInt(Result.NOT_PERFORMED.ordinal())];
        String saved = result.code() + "|" + value;
        out.println("BEGIN result " + row.key() + " " + saved + " " + END);
        session.fieldwork().record(row, result, "記録 " + value);
        out.println("ACK result " + row.key() + " " + saved + " " + END);
    }

    private long raise(ChecklistRow row, String value) {
        out.println("BEGIN finding-new - " + value + " " + END);
        Finding raised = session.findings().raise(new NewFinding(planId, row.department().id(), row.item().code(),
                value, "確認した事実 " + value, "規則 第10条", "手順を見直すこと。", Severity.MINOR));
        out.println("ACK finding " + raised.id() + " " + value + " " + END);
        return raised.id();
    }

    private void edit(long findingId, String value) {
        FindingContent c = session.findings().get(findingId).content();
        out.println("BEGIN finding " + findingId + " " + value + " " + END);
        session.findings().update(findingId, new FindingContent(value, c.condition(), c.criteria(), c.cause(),
                c.effect(), c.recommendation(), c.severity(), c.violation(), c.response()));
        out.println("ACK finding " + findingId + " " + value + " " + END);
    }

    private void followUp(long findingId, String value) {
        out.println("BEGIN follow-up " + findingId + " " + value + " " + END);
        FollowUpNote note = session.findings().addFollowUp(findingId, LocalDate.of(2026, 7, 10), value);
        out.println("ACK follow-up " + findingId + " " + note.note() + " " + END);
    }

    private void intake(ChecklistRow row, String value) throws Exception {
        byte[] bytes = new byte[1 + random.nextInt(64 * 1024)];
        random.nextBytes(bytes);
        Path file = scratch.resolve(value + ".bin");
        Files.write(file, bytes);
        out.println("BEGIN evidence - " + value + " " + END);
        EvidenceIntakeReport report = session.evidence().intake(planId, List.of(file), new EvidenceDetails("情報政策課",
                LocalDate.of(2026, 7, 1), value, "取扱注意"), List.of(EvidenceTarget.result(row)), Progress.NONE);
        out.println("ACK evidence " + report.entries().get(0).evidence().id() + " "
                + report.entries().get(0).evidence().sha256() + " " + END);
        Files.delete(file);
    }
}
