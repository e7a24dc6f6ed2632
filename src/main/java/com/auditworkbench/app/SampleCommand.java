package com.auditworkbench.app;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.service.LargeSampleWorkbench;
import com.auditworkbench.service.SampleWorkbench;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.template.ShippedTemplates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Writes the sample workbench: a FY2026 plan with departments, results and findings. "
                + "The passphrase is AWB_PASSPHRASE, else the published sample passphrase.")
final class SampleCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.awb", description = "The workbench file to write.")
    Path out;

    /** How big a sample to write. */
    enum Size { small, large }

    @Option(names = "--size", defaultValue = "small", paramLabel = "small|large",
            description = "small: the first-look sample (default). large: the reference large plan, 3,000 items × "
                    + "40 auditees, 5,000 findings, for trying the application at a real city's scale.")
    Size size;

    SampleCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (Files.exists(out)) {
            throw new AuditException("workbench.error.exists", out);
        }
        boolean fromEnvironment = context.passphrases().fromEnvironment().isPresent();
        char[] passphrase = context.passphrases().fromEnvironment()
                .orElseGet(SampleWorkbench.PASSPHRASE::toCharArray);
        WorkbenchSession session = context.workbenches().create(out, passphrase);
        Plan plan;
        try {
            plan = size == Size.large
                    ? LargeSampleWorkbench.populate(session, new ShippedTemplates().defaultAudit(), step -> { })
                    : SampleWorkbench.populate(session, new ShippedTemplates().defaultAudit());
        } catch (RuntimeException e) {
            Path vault = session.evidence().vaultFolder();
            session.close();
            deleteQuietly(session.file());
            deleteTreeQuietly(vault);
            throw e;
        }
        session.close();
        var outWriter = spec.commandLine().getOut();
        outWriter.println(context.messages().get("cli.sample.written", out, plan.code()));
        if (!fromEnvironment) {
            outWriter.println(context.messages().get("cli.sample.passphrase", SampleWorkbench.PASSPHRASE));
        }
        return 0;
    }

    /** The evidence folder of a sample that failed half-way: it was made by this command and holds nothing else. */
    private static void deleteTreeQuietly(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(SampleCommand::deleteQuietly);
        } catch (java.io.IOException ignored) {
            // the failure that brought us here is the one to report
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // the failure that brought us here is the one to report
        }
    }
}
