package com.auditworkbench.app;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.UserSettings;
import java.io.PrintWriter;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line contract ({@code sample}, {@code export}, {@code validate-template}, {@code coverage}, and
 * {@code gui}, the default). Exit 0 on success, 2 for a usage error, 1 for any other failure with one sentence on
 * stderr; stack traces go to the log file only.
 */
@Command(name = "audit-workbench", mixinStandardHelpOptions = true, versionProvider = CommandLineApp.Version.class,
        description = "Audit Workbench: information-security audits for city halls.",
        subcommands = {GuiCommand.class, SampleCommand.class, ExportCommand.class, ValidateTemplateCommand.class,
            CoverageCommand.class, VerifyCommand.class, ExportQuestionnairesCommand.class,
            ImportResponsesCommand.class, BackupCommand.class, RestoreCommand.class})
public final class CommandLineApp implements Runnable {

    /** Returned when the window is open and the process must go on after main returns. */
    static final int KEEP_RUNNING = -1;
    static final int FAILURE = 1;

    private final AppContext context;
    private final PrintWriter err;
    private final PrintWriter out;

    CommandLineApp(AppDirs dirs) {
        this(dirs, System.getenv(), Console.writer(System.out), Console.writer(System.err));
    }

    CommandLineApp(AppDirs dirs, java.util.Map<String, String> environment, PrintWriter out, PrintWriter err) {
        UserSettings settings = new UserSettings(dirs.settingsFile());
        this.context = new AppContext(dirs, settings, new Messages(settings.language()), Clock.systemDefaultZone(),
                environment);
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        String[] effective = Launcher.withCommand(args);
        boolean window = Launcher.opensWindow(args);
        // A window's start reads only the gui command's annotations, not all nine commands' (~0.1 s of a core while
        // the window toolkit starts beside it; docs/decisions/0005). Its usage and errors read as in the full tree.
        CommandLine commandLine = window
                ? new CommandLine(new WindowStart()).addSubcommand("gui", new GuiCommand(context))
                : new CommandLine(this, new Factory(context));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(this::handle);
        // No @file expansion: picocli would read any file named after an @ (a FIFO, /dev/zero) before any command.
        commandLine.setExpandAtFiles(false);
        int exit;
        try {
            exit = commandLine.execute(effective);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands only exceptions to the handler; these would reach the console as a trace.
            exit = handle(new IllegalStateException("the command ran out of stack or memory", e), commandLine, null);
        }
        out.flush();
        err.flush();
        Object result = commandLine.getSubcommands().get("gui").getExecutionResult();
        if (exit == 0 && Boolean.TRUE.equals(result)) {
            return KEEP_RUNNING;
        }
        return exit;
    }

    private int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        Logger log = LoggerFactory.getLogger(CommandLineApp.class);
        if (e instanceof AuditException audit) {
            log.info("Command refused: {}", audit.messageKey(), audit);
            err.println(audit.localizedMessage(context.messages()));
        } else {
            log.error("Command failed unexpectedly", e);
            err.println(context.messages().get("cli.error.unexpected", context.dirs().logs()));
        }
        err.flush();
        return FAILURE;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required");
    }

    /** The top of the command tree for a window's start: the same name as this class's, with gui its one command. */
    @Command(name = "audit-workbench")
    static final class WindowStart {
    }

    /** Builds commands with the application context; picocli's default factory would need no-arg constructors. */
    private record Factory(AppContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(AppContext.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Audit Workbench " + ApplicationVersion.current()};
        }
    }
}
