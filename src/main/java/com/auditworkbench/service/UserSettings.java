package com.auditworkbench.service;

import com.auditworkbench.domain.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The user's own settings (language, recently opened workbenches), kept in a small file in their data folder. */
public final class UserSettings {

    private static final int MAX_RECENT = 8;
    private static final String LANGUAGE = "language";
    private static final String RECENT = "recent.";

    private final Path file;
    private final Properties properties = new Properties();

    /**
     * Asked for when something is logged, not when the class loads: it is used before the start screen shows, and
     * logging is set up only after that (docs/decisions/0005).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(UserSettings.class);
    }

    public UserSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                log().warn("Settings file {} could not be read; starting from defaults", file, e);
            }
        }
    }

    /** The language set by the user, else the system's: English only when the system speaks English. */
    public synchronized Language language() {
        return Optional.ofNullable(properties.getProperty(LANGUAGE))
                .map(Language::fromCode)
                .orElseGet(UserSettings::systemLanguage);
    }

    /**
     * English only when the system asks for it: on Linux a "C" or "POSIX" locale says nothing of the user's
     * language, yet Java reports it as English, so the environment decides there.
     */
    static Language systemLanguage() {
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.startsWith("en") ? Language.ENGLISH : Language.JAPANESE;
            }
        }
        boolean windowsOrMac = !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return windowsOrMac ? Language.of(Locale.getDefault()) : Language.JAPANESE;
    }

    public synchronized void setLanguage(Language language) {
        properties.setProperty(LANGUAGE, language.code());
        save();
    }

    public synchronized List<Path> recentWorkbenches() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = properties.getProperty(RECENT + i);
            if (value != null) {
                recent.add(Path.of(value));
            }
        }
        return recent;
    }

    public synchronized void rememberWorkbench(Path workbench) {
        List<Path> recent = new ArrayList<>(recentWorkbenches());
        Path absolute = workbench.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                properties.setProperty(RECENT + i, recent.get(i).toString());
            } else {
                properties.remove(RECENT + i);
            }
        }
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Audit Workbench settings");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log().warn("Settings could not be saved to {}", file, e);
        }
    }
}
