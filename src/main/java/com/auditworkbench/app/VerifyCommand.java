package com.auditworkbench.app;

import com.auditworkbench.domain.ChainVerification;
import com.auditworkbench.domain.EvidenceFilter;
import com.auditworkbench.domain.EvidenceMismatch;
import com.auditworkbench.domain.EvidenceTarget;
import com.auditworkbench.domain.LogAnchor;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.service.WorkbenchSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Recomputes the activity log's hash chain and names the first broken event, then recomputes "
                + "the SHA-256 of every evidence file and lists those that no longer match, with what they support. "
                + "Exit 1 on any mismatch. The passphrase is AWB_PASSPHRASE, else asked for.")
final class VerifyCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--workbench", required = true, paramLabel = "FILE.awb", description = "The workbench to verify.")
    Path workbench;

    @Option(names = "--head", paramLabel = "SHA-256",
            description = "A log head printed on a committee workbook or kept elsewhere; the log must still hold it. "
                    + "May be given more than once. Heads of earlier exports from this computer are checked anyway.")
    List<String> heads = List.of();

    VerifyCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        char[] passphrase = context.passphrases().require();
        ChainVerification chain;
        List<EvidenceMismatch> mismatches;
        int evidenceCount;
        Map<EvidenceTarget, String> labels;
        List<LogAnchor> lost;
        int anchorsChecked;
        try (WorkbenchSession session = context.workbenches().openReadOnly(workbench, passphrase)) {
            chain = session.activity().verifyChain();
            lost = session.activity().anchorsNotExtended(heads);
            anchorsChecked = session.activity().anchorCount() + heads.size();
            evidenceCount = session.evidence().index(new EvidenceFilter(null, null, null, null, null, null)).size();
            mismatches = session.evidence().verify(null, Progress.NONE);
            labels = session.evidence().describe(mismatches.stream().flatMap(x -> x.affects().stream()).toList());
        }
        Messages m = context.messages();
        PrintWriter out = spec.commandLine().getOut();
        if (chain.intact()) {
            out.println(m.get("cli.verify.chainIntact", chain.eventsChecked()));
        } else {
            out.println(m.get("cli.verify.chainBroken", String.valueOf(chain.firstBrokenSequence()),
                    m.get(chain.problemKey()), chain.eventsChecked()));
        }
        if (lost.isEmpty()) {
            out.println(m.get("cli.verify.anchorsIntact", anchorsChecked));
        } else {
            out.println(m.get("cli.verify.anchorsLost", anchorsChecked, lost.size()));
            for (LogAnchor anchor : lost) {
                out.println(m.get("cli.verify.anchorLine", anchor.hash(),
                        anchor.sequence() < 0 ? "--head" : anchor.sequence() + " " + anchor.at() + " " + anchor.what()));
            }
        }
        if (mismatches.isEmpty()) {
            out.println(m.get("cli.verify.evidenceIntact", evidenceCount));
        } else {
            out.println(m.get("cli.verify.evidenceMismatch", evidenceCount, mismatches.size()));
            for (EvidenceMismatch x : mismatches) {
                String affects = x.affects().isEmpty() ? m.get("cli.verify.evidenceNoLinks")
                        : x.affects().stream().map(t -> m.get(t.kind().messageKey()) + " " + labels.get(t))
                                .collect(Collectors.joining("; "));
                out.println(m.get("cli.verify.evidenceLine", String.valueOf(x.evidence().number()),
                        x.evidence().fileName(), x.evidence().sha256(), m.get(x.problemKey()), affects));
            }
        }
        out.flush();
        return chain.intact() && lost.isEmpty() && mismatches.isEmpty() ? 0 : 1;
    }
}
