package com.auditworkbench.app;

import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.service.FileFingerprint;
import com.auditworkbench.service.OutputTarget;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.workbook.CommitteeWorkbook;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the committee workbook (Excel) of one plan. The passphrase is AWB_PASSPHRASE, else asked for.")
final class ExportCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--workbench", required = true, paramLabel = "FILE.awb", description = "The workbench to read.")
    Path workbench;

    @Option(names = "--plan", required = true, paramLabel = "YEAR|CODE",
            description = "The plan: its fiscal year (2026) or, when a year has several, its code (FY2026-02).")
    String plan;

    @Option(names = "--out", required = true, paramLabel = "OUT.xlsx", description = "The workbook to write.")
    Path out;

    @Option(names = "--lang", paramLabel = "ja|en", description = "Language of the workbook (default: ja).")
    String language = "ja";

    @Option(names = "--force", description = "Write over OUT.xlsx when it exists (never over a workbench, its "
            + "evidence folder or the command's own input).")
    boolean force;

    ExportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!language.equals("ja") && !language.equals("en")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--lang must be ja or en, not " + language);
        }
        Path target = OutputTarget.protecting(workbench).check(out, force);
        char[] passphrase = context.passphrases().require();
        String hash;
        try (WorkbenchSession session = context.workbenches().openReadOnly(workbench, passphrase)) {
            Plan chosen = session.plans().resolve(plan);
            CommitteeReport report = session.reports().committeeReport(chosen.id());
            new CommitteeWorkbook(new Messages(Language.fromCode(language)), ZoneId.systemDefault())
                    .write(report, target, Progress.NONE);
            // The command only reads the workbench (its file keeps its SHA-256): the hash is printed, not recorded.
            hash = FileFingerprint.sha256(target);
            // Its log head is kept outside the workbench, for a later verify (decision 0015).
            session.activity().anchorHead("export " + target.getFileName() + " " + hash);
        }
        spec.commandLine().getOut().println(context.messages().get("cli.export.written", out, hash));
        return 0;
    }
}
