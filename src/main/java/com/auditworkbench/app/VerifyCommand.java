package com.auditworkbench.app;

import com.auditworkbench.domain.ChainVerification;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.WorkbenchSession;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Recomputes the activity log's hash chain and names the first broken event. Exit 1 on any "
                + "mismatch. The passphrase is AWB_PASSPHRASE, else asked for.")
final class VerifyCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--workbench", required = true, paramLabel = "FILE.awb", description = "The workbench to verify.")
    Path workbench;

    VerifyCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        char[] passphrase = context.passphrases().require();
        ChainVerification chain;
        try (WorkbenchSession session = context.workbenches().open(workbench, passphrase)) {
            chain = session.activity().verifyChain();
        }
        Messages m = context.messages();
        if (chain.intact()) {
            spec.commandLine().getOut().println(m.get("cli.verify.chainIntact", chain.eventsChecked()));
            return 0;
        }
        spec.commandLine().getOut().println(m.get("cli.verify.chainBroken", String.valueOf(chain.firstBrokenSequence()),
                m.get(chain.problemKey()), chain.eventsChecked()));
        return 1;
    }
}
