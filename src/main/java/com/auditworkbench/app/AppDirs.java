package com.auditworkbench.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the application keeps the user's data and its log: where each operating system expects it, never in the
 * installation folder. {@code -Dawb.dataDir} overrides it (tests, portable use).
 */
public record AppDirs(Path data) {

    private static final String FOLDER = "AuditWorkbench";

    public static AppDirs detect() {
        String override = System.getProperty("awb.dataDir");
        if (override != null && !override.isBlank()) {
            return new AppDirs(Path.of(override).toAbsolutePath());
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            Path base = env("LOCALAPPDATA").or(() -> env("APPDATA")).orElse(home.resolve("AppData/Local"));
            return new AppDirs(base.resolve(FOLDER));
        }
        if (os.contains("mac")) {
            return new AppDirs(home.resolve("Library/Application Support").resolve(FOLDER));
        }
        Path base = env("XDG_DATA_HOME").orElse(home.resolve(".local/share"));
        return new AppDirs(base.resolve("audit-workbench"));
    }

    private static Optional<Path> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).map(Path::of);
    }

    public Path logs() {
        return data.resolve("logs");
    }

    /** The heads of each workbench's activity log, kept outside the workbenches (decision 0015). */
    public Path logAnchors() {
        return data.resolve("log-anchors");
    }

    public Path settingsFile() {
        return data.resolve("settings.properties");
    }

    public Path sampleWorkbench() {
        return data.resolve("sample").resolve("sample-kunitachi-2026.awb");
    }
}
