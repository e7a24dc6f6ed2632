package com.auditworkbench.app;

import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Questionnaire;
import com.auditworkbench.service.OutputTarget;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.workbook.QuestionnaireWorkbook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export-questionnaires", mixinStandardHelpOptions = true,
        description = "Writes one self-inspection questionnaire (Excel) per department into a folder. Existing files "
                + "are overwritten only with --force. The passphrase is AWB_PASSPHRASE, else asked for.")
final class ExportQuestionnairesCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--workbench", required = true, paramLabel = "FILE.awb", description = "The workbench to read.")
    Path workbench;

    @Option(names = "--campaign", required = true, paramLabel = "YEAR|CODE",
            description = "The self-inspection: its fiscal year (2026) or, when a year has several, its code (SI2026-02).")
    String campaign;

    @Option(names = "--out", required = true, paramLabel = "FOLDER", description = "The folder to write the files into.")
    Path out;

    @Option(names = "--department", paramLabel = "NAME|CODE",
            description = "Only this department's questionnaire (repeatable), to re-issue a lost file.")
    List<String> departments = List.of();

    @Option(names = "--force", description = "Write over questionnaires already in the folder (never over a "
            + "workbench or into its evidence folder).")
    boolean force;

    ExportQuestionnairesCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        char[] passphrase = context.passphrases().require();
        List<Path> written;
        try (WorkbenchSession session = context.workbenches().openReadOnly(workbench, passphrase)) {
            Campaign chosen = session.selfInspection().resolve(campaign);
            List<Questionnaire> questionnaires = session.selfInspection().questionnaires(chosen.id(), departments);
            OutputTarget rule = OutputTarget.protecting(workbench);
            Path folder = rule.checkFolder(out);
            for (Questionnaire questionnaire : questionnaires) {
                rule.check(folder.resolve(QuestionnaireWorkbook.fileName(questionnaire)), force);
            }
            // The questionnaire goes to department staff: always in Japanese, whatever the operator's language.
            written = new QuestionnaireWorkbook(new Messages(Language.JAPANESE))
                    .writeAll(questionnaires, out, force, Progress.NONE);
        }
        Messages m = context.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path file : written) {
            stdout.println("  " + file.getFileName());
        }
        stdout.println(m.get("cli.questionnaires.written", written.size(), out.toAbsolutePath().normalize()));
        return 0;
    }
}
