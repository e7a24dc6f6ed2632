package com.auditworkbench.app;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.ImportPreview;
import com.auditworkbench.domain.ImportProblem;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.ReturnedQuestionnaire;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.workbook.QuestionnaireFiles;
import com.auditworkbench.workbook.QuestionnaireReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-responses", mixinStandardHelpOptions = true,
        description = "Checks answered self-inspection questionnaires and imports them, all in one transaction. "
                + "When any file is refused, nothing is imported: exit 1 and the list of refused files on stderr. "
                + "The passphrase is AWB_PASSPHRASE, else asked for.")
final class ImportResponsesCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--workbench", required = true, paramLabel = "FILE.awb", description = "The workbench to import into.")
    Path workbench;

    @Option(names = "--campaign", required = true, paramLabel = "YEAR|CODE",
            description = "The self-inspection: its fiscal year (2026) or its code (SI2026-02).")
    String campaign;

    @Option(names = "--replace",
            description = "Accept files of departments imported before: their answers replace the earlier ones.")
    boolean replace;

    @Option(names = "--accept-missing", description = "Accept files in which some questions are unanswered.")
    boolean acceptMissing;

    @Option(names = "--dry-run", description = "Check and report only; import nothing.")
    boolean dryRun;

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER",
            description = "Answered questionnaires, or folders holding them.")
    List<Path> paths;

    ImportResponsesCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        PrintWriter out = spec.commandLine().getOut();
        char[] passphrase = context.passphrases().require();
        try (WorkbenchSession session = dryRun ? context.workbenches().openReadOnly(workbench, passphrase)
                : context.workbenches().open(workbench, passphrase)) {
            Campaign chosen = session.selfInspection().resolve(campaign);
            List<Path> files = QuestionnaireFiles.expand(paths);
            if (files.isEmpty()) {
                throw new AuditException("cli.responses.noFiles");
            }
            List<ReturnedQuestionnaire> returned = new QuestionnaireReader().readAll(files, Progress.NONE);
            List<ImportPreview> previews = session.selfInspection().preview(chosen.id(), returned);
            List<String> refused = new ArrayList<>();
            for (ImportPreview preview : previews) {
                report(preview, out, m);
                refusal(preview, m).ifPresent(reason -> refused.add(preview.returned().file() + ": " + reason));
            }
            if (!refused.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(m.get("cli.responses.refused", refused.size(), previews.size()));
                refused.forEach(line -> err.println("  " + line));
                return 1;
            }
            if (dryRun) {
                out.println(m.get("cli.responses.dryRun", previews.size()));
                return 0;
            }
            session.selfInspection().importResponses(previews);
            out.println(m.get("cli.responses.imported", previews.size(), chosen.code()));
            return 0;
        }
    }

    private static void report(ImportPreview preview, PrintWriter out, Messages m) {
        out.println(preview.returned().file());
        if (preview.department() != null) {
            out.println("  " + m.get("cli.responses.summary", preview.department().name(), preview.answered(),
                    preview.questions(), preview.changes().size()));
        }
        for (ImportProblem problem : preview.problems()) {
            out.println("  " + m.get(problem.isError() ? "cli.responses.error" : "cli.responses.warning",
                    problem.describe(m)));
        }
    }

    /** Why the file is not imported: every error, and every warning the options do not accept. */
    private Optional<String> refusal(ImportPreview preview, Messages m) {
        List<String> reasons = new ArrayList<>();
        for (ImportProblem problem : preview.problems()) {
            switch (problem.kind()) {
                case ALREADY_IMPORTED, SAME_FILE_AGAIN -> {
                    if (!replace) {
                        reasons.add(problem.describe(m) + " " + m.get("cli.responses.useReplace"));
                    }
                }
                case MISSING_ANSWERS -> {
                    if (!acceptMissing) {
                        reasons.add(problem.describe(m) + " " + m.get("cli.responses.useAcceptMissing"));
                    }
                }
                default -> {
                    if (problem.isError()) {
                        reasons.add(problem.describe(m));
                    }
                }
            }
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", reasons));
    }
}
