package com.auditworkbench.app;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.ui.DesktopApplication;
import com.auditworkbench.ui.UiContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "gui", mixinStandardHelpOptions = true, description = "Opens the application window (the default).")
final class GuiCommand implements Callable<Boolean> {

    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "A workbench (.awb) to open: the start screen shows it chosen and asks for its passphrase "
                    + "(what a double-click on a workbench file does).")
    Path file;

    @Option(names = "--sample", description = "Open the sample workbench at once (created on first use).")
    boolean sample;

    @Option(names = "--lang", paramLabel = "ja|en", description = "Language of the window for this run.")
    String language;

    @Option(names = "--smoke-test", hidden = true,
            description = "Show the start screen (with --sample, or FILE and AWB_PASSPHRASE: the open workbench), "
                    + "report it on stdout and exit: proves an installed build starts, and times it.")
    boolean smokeTest;

    @Option(names = "--smoke-typing-ms", hidden = true, paramLabel = "MS",
            description = "With --smoke-test, FILE and AWB_PASSPHRASE: wait this long on the start screen before "
                    + "opening, as if the passphrase were typed, and report the time from then to a usable window.")
    long smokeTypingMillis;

    GuiCommand(AppContext context) {
        this.context = context;
    }

    /** True when the window is up and the process must keep running after main returns. */
    @Override
    public Boolean call() {
        if (sample && file != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sample and FILE exclude each other");
        }
        Messages messages = language == null ? context.messages() : new Messages(Language.fromCode(language));
        UiContext ui = new UiContext(context.workbenches(), new ShippedTemplates(), context.settings(), messages,
                context.clock(), context.dirs().sampleWorkbench());
        try {
            DesktopApplication.start(ui, options());
        } catch (UnsupportedOperationException e) { // JavaFX's "Unable to open DISPLAY"
            throw withoutDisplay(e);
        }
        return true;
    }

    /** Without a window, the one thing a terminal can show: what is wrong with the file, else that none opens. */
    private AuditException withoutDisplay(UnsupportedOperationException e) {
        if (file != null && !Files.exists(file)) {
            return new AuditException(e, "cli.error.noSuchWorkbench", file);
        }
        if (file != null && !Files.isRegularFile(file)) {
            return new AuditException(e, "cli.error.notAWorkbenchFile", file);
        }
        return new AuditException(e, "cli.error.noDisplay");
    }

    /**
     * The passphrase is never taken from the command line; only the smoke test may take it from the environment,
     * so a start-up measurement can open a workbench without anyone typing.
     */
    DesktopApplication.Options options() {
        String passphrase = smokeTest && file != null ? context.environment().get(PassphraseSource.VARIABLE) : null;
        return new DesktopApplication.Options(sample, smokeTest, file == null ? null : file.toAbsolutePath(),
                passphrase == null ? null : passphrase.toCharArray(), smokeTest ? smokeTypingMillis : 0);
    }
}
