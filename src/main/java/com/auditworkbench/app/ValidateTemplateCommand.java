package com.auditworkbench.app;

import com.auditworkbench.template.TemplateDefect;
import com.auditworkbench.template.TemplateLoadResult;
import com.auditworkbench.template.TemplateLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate-template", mixinStandardHelpOptions = true,
        description = "Checks audit template files and prints every defect (file:line:column). Exit 1 when any.")
final class ValidateTemplateCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Template files (YAML).")
    List<Path> files;

    ValidateTemplateCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        TemplateLoader loader = new TemplateLoader();
        int defects = 0;
        for (Path file : files) {
            TemplateLoadResult result = loader.load(file);
            for (TemplateDefect defect : result.defects()) {
                spec.commandLine().getOut().println(defect.describe(context.messages()).replaceFirst(
                        "^" + java.util.regex.Pattern.quote(file.getFileName().toString()), file.toString()));
            }
            defects += result.defects().size();
            if (result.isValid()) {
                spec.commandLine().getOut().println(context.messages().get("cli.validate.clean", file,
                        result.template().items().size()));
            }
        }
        if (defects > 0) {
            spec.commandLine().getOut().println(context.messages().get("cli.validate.defects", defects));
            return 1;
        }
        return 0;
    }
}
