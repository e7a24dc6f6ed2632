package com.auditworkbench.app;

import com.auditworkbench.support.TestWorkbenches;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The application's command line in a child JVM, as a user's shell starts it: the test class path, no display, a
 * data folder and home of the test's own, Japanese, and the test passphrase. The caller sets the redirections.
 */
final class ChildCommandLine {

    private ChildCommandLine() {
    }

    static ProcessBuilder of(Path folder, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        builder.environment().put("HOME", folder.toString());
        builder.environment().put("LANG", "ja_JP.UTF-8");
        builder.environment().put(PassphraseSource.VARIABLE, TestWorkbenches.PASSPHRASE);
        return builder;
    }
}
