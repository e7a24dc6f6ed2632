package com.auditworkbench.app;

import com.auditworkbench.domain.Progress;
import com.auditworkbench.service.BackupRestore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Writes a new workbench (and its evidence folder) from a backup, after checking the backup's "
                + "hashes, opening the restored workbench with the passphrase, and verifying its activity log and "
                + "every evidence file. Never replaces an existing file; a damaged backup or a wrong passphrase "
                + "writes nothing. The passphrase is AWB_PASSPHRASE, else asked for.")
final class RestoreCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "BACKUP", description = "The backup to restore.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE.awb", description = "The new workbench to write.")
    Path out;

    RestoreCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        char[] passphrase = context.passphrases().require();
        BackupRestore.Restored restored = context.workbenches().restore(in, out, passphrase, Progress.NONE);
        spec.commandLine().getOut().println(context.messages().get("cli.restore.written", restored.workbench(),
                restored.eventsChecked(), restored.evidenceChecked()));
        return 0;
    }
}
