package com.auditworkbench.app;

import com.auditworkbench.domain.Progress;
import com.auditworkbench.service.BackupService;
import com.auditworkbench.service.WorkbenchSession;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes one file holding the workbench and its evidence, encrypted as they are, with a "
                + "SHA-256 for each part and a sealing trailer. Never replaces an existing file. The backup is "
                + "recorded in the workbench. The passphrase is AWB_PASSPHRASE, else asked for.")
final class BackupCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--workbench", required = true, paramLabel = "FILE.awb", description = "The workbench to back up.")
    Path workbench;

    @Option(names = "--out", required = true, paramLabel = "BACKUP", description = "The backup file to write (new).")
    Path out;

    BackupCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        // Refused before the passphrase is asked for or the workbench is opened: nothing is written.
        BackupService.refuseExisting(out.toAbsolutePath().normalize());
        char[] passphrase = context.passphrases().require();
        BackupService.Made made;
        try (WorkbenchSession session = context.workbenches().open(workbench, passphrase)) {
            made = session.backups().backup(out, Progress.NONE);
        }
        spec.commandLine().getOut().println(context.messages().get("cli.backup.written", made.file(),
                made.contents().evidenceFiles(), made.size(), made.sha256()));
        return 0;
    }
}
