package com.auditworkbench.app;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.service.LargeSampleWorkbench;
import com.auditworkbench.service.SampleWorkbench;
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
        Plan plan = context.workbenches().createComplete(out, passphrase, session -> size == Size.large
                ? LargeSampleWorkbench.populate(session, new ShippedTemplates().defaultAudit(), step -> { })
                : SampleWorkbench.populate(session, new ShippedTemplates().defaultAudit()));
        var outWriter = spec.commandLine().getOut();
        outWriter.println(context.messages().get("cli.sample.written", out, plan.code()));
        if (!fromEnvironment) {
            outWriter.println(context.messages().get("cli.sample.passphrase", SampleWorkbench.PASSPHRASE));
        }
        return 0;
    }
}
