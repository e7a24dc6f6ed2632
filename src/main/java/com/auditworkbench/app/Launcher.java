package com.auditworkbench.app;

import java.io.IOException;
import java.nio.file.Files;

/**
 * The entry point of the jar and of the installed launcher. It does not extend JavaFX's Application, so the
 * classpath launch works, and it points logging at the user's data folder before anything logs.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        AppDirs dirs = AppDirs.detect();
        try {
            Files.createDirectories(dirs.logs());
        } catch (IOException e) {
            System.err.println("Audit Workbench: cannot create " + dirs.logs() + ": " + e.getMessage());
        }
        System.setProperty("awb.logDir", dirs.logs().toString());
        int exit = new CommandLineApp(dirs).run(args);
        if (exit != CommandLineApp.KEEP_RUNNING) {
            System.exit(exit);
        }
    }
}
