package com.auditworkbench.app;

import com.auditworkbench.store.PartFiles;
import com.auditworkbench.ui.ToolkitStart;
import com.auditworkbench.workbook.SealedStreamingWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The entry point of the jar and of the installed launcher. It does not extend JavaFX's Application, so the
 * classpath launch works, and it points logging at the user's data folder before anything logs.
 *
 * <p>When the window is wanted, the JavaFX toolkit starts on its own thread first of all while this thread reads the
 * settings and the command line; logging is set up once the start screen is drawn, unless something logs earlier
 * (then on that thread): on two cores the start screen gets both (docs/decisions/0005).
 */
public final class Launcher {

    private static final Set<String> NOT_A_WINDOW = Set.of("-h", "--help", "-V", "--version");

    private Launcher() {
    }

    public static void main(String[] args) {
        // PDF pages are drawn off screen (java.awt images); nothing shows an AWT window, and headless keeps AWT from
        // starting a toolkit of its own beside JavaFX's.
        System.setProperty("java.awt.headless", "true");
        boolean window = opensWindow(args);
        if (window) {
            ToolkitStart.begin();
        }
        AppDirs dirs = AppDirs.detect();
        try {
            Files.createDirectories(dirs.logs());
        } catch (IOException e) {
            System.err.println("Audit Workbench: cannot create " + dirs.logs() + ": " + e.getMessage());
        }
        System.setProperty(LogSetup.LOG_DIR_PROPERTY, dirs.logs().toString());
        // A PDF whose fonts are not embedded makes PDFBox list the system fonts once and keep the list: in the data
        // folder, not in the user's home (the installed application writes nowhere else).
        Path fontList = dirs.data().resolve("cache");
        try {
            Files.createDirectories(fontList);
            System.setProperty("pdfbox.fontcache", fontList.toString());
        } catch (IOException e) {
            System.err.println("Audit Workbench: cannot create " + fontList + ": " + e.getMessage());
        }
        removeLeftovers(dirs, window);
        int exit = new CommandLineApp(dirs).run(args);
        if (exit != CommandLineApp.KEEP_RUNNING) {
            if (window) {
                ToolkitStart.settleBeforeExit(); // a refused window start: its one sentence, nothing from JavaFX
            }
            System.exit(exit);
        }
    }

    /**
     * Temporary files of an export or copy a crash interrupted: the {@code .part} files noted in the journal and
     * POI's temporary folders of processes no longer running. A command sweeps before it runs, on its own thread:
     * a second thread logging while logging starts makes SLF4J print a replay notice, and a command's error output
     * is one sentence. A window sweeps beside its start, once the start screen has set logging up (decision 0005).
     */
    private static void removeLeftovers(AppDirs dirs, boolean window) {
        Path temporary = dirs.data().resolve("temp");
        Runnable sweep = () -> {
            PartFiles.useJournalIn(temporary);
            SealedStreamingWorkbook.useTemporaryFolder(temporary);
        };
        if (!window) {
            sweep.run();
            return;
        }
        Thread sweeper = new Thread(() -> {
            try {
                Thread.sleep(LEFTOVER_SWEEP_DELAY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sweep.run();
        }, "awb-leftovers");
        sweeper.setDaemon(true);
        sweeper.start();
    }

    /** Long enough for the start screen to be drawn and logging set up after it. */
    private static final long LEFTOVER_SWEEP_DELAY_MS = 5_000;

    /** The plain start (no arguments, or only a workbench file) or {@code gui …}, unless it only asks for help. */
    static boolean opensWindow(String[] args) {
        String[] command = withCommand(args);
        if (!command[0].equals("gui")) {
            return false;
        }
        for (String arg : command) {
            if (NOT_A_WINDOW.contains(arg)) {
                return false;
            }
        }
        return true;
    }

    /**
     * No arguments, or only a workbench file, open the window: a desktop hands a double-clicked {@code .awb} file to
     * the launcher as its one argument.
     */
    static String[] withCommand(String[] args) {
        if (args.length == 0) {
            return new String[] {"gui"};
        }
        if (args.length == 1 && isWorkbenchFile(args[0])) {
            return new String[] {"gui", args[0]};
        }
        return args;
    }

    static boolean isWorkbenchFile(String arg) {
        return !arg.startsWith("-") && arg.toLowerCase(java.util.Locale.ROOT).endsWith(".awb");
    }
}
