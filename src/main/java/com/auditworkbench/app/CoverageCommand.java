package com.auditworkbench.app;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.IsoControls;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.Threat;
import com.auditworkbench.template.TemplateCoverage;
import com.auditworkbench.template.TemplateLoadResult;
import com.auditworkbench.template.TemplateLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Prints a template's coverage: items per category, threat and segment, and ISO/IEC 27002 controls.")
final class CoverageCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", description = "A template file (YAML).")
    Path file;

    CoverageCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        TemplateLoadResult result = new TemplateLoader().load(file);
        if (!result.isValid()) {
            throw new AuditException("cli.coverage.invalid", file, result.defects().size());
        }
        TemplateCoverage coverage = TemplateCoverage.of(result.template());
        Messages m = context.messages();
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get("cli.coverage.heading", result.template().title().in(m.locale()),
                result.template().version(), coverage.items(), coverage.priorityItems()));
        out.println(m.get("cli.coverage.perCategory"));
        for (Category c : Category.values()) {
            out.printf("  (%d) %-24s %4d%n", c.articleItem(), m.get(c.messageKey()), coverage.perCategory().get(c));
        }
        out.println(m.get("cli.coverage.perThreat"));
        for (Threat t : Threat.values()) {
            out.printf("  (%d) %-24s %4d%n", t.articleItem(), m.get(t.messageKey()), coverage.perThreat().get(t));
        }
        out.println(m.get("cli.coverage.perSegment"));
        for (Segment s : Segment.values()) {
            out.printf("  %-28s %4d%n", m.get(s.messageKey()), coverage.perSegment().get(s));
        }
        out.println(m.get("cli.coverage.iso", coverage.isoReached().size(), IsoControls.all().size()));
        out.println("  " + m.get("cli.coverage.isoReached") + " " + String.join(" ", coverage.isoReached()));
        out.println("  " + m.get("cli.coverage.isoNotReached") + " "
                + (coverage.isoNotReached().isEmpty() ? "—" : String.join(" ", coverage.isoNotReached())));
        return 0;
    }
}
