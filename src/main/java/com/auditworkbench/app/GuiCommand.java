package com.auditworkbench.app;

import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.ui.DesktopApplication;
import com.auditworkbench.ui.UiContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "gui", mixinStandardHelpOptions = true, description = "Opens the application window (the default).")
final class GuiCommand implements Callable<Boolean> {

    private final AppContext context;

    @Option(names = "--sample", description = "Open the sample workbench at once (created on first use).")
    boolean sample;

    @Option(names = "--lang", paramLabel = "ja|en", description = "Language of the window for this run.")
    String language;

    @Option(names = "--smoke-test", hidden = true,
            description = "Show the start screen (with --sample: the open sample), report it on stdout and exit: proves "
                    + "an installed build starts, and times it.")
    boolean smokeTest;

    GuiCommand(AppContext context) {
        this.context = context;
    }

    /** True when the window is up and the process must keep running after main returns. */
    @Override
    public Boolean call() {
        Messages messages = language == null ? context.messages() : new Messages(Language.fromCode(language));
        UiContext ui = new UiContext(context.workbenches(), new ShippedTemplates(), context.settings(), messages,
                context.clock(), context.dirs().sampleWorkbench());
        DesktopApplication.Options options = new DesktopApplication.Options(sample, smokeTest);
        DesktopApplication.start(ui, options);
        return true;
    }
}
