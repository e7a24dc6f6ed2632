package com.auditworkbench.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.auditworkbench.support.ExternalTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed application starts: the app-image, built with the installer's own configuration, starts from its
 * launcher under a private Xvfb on the sample workbench and reports the workbench usable. Its data and log land in
 * the XDG data folder, and nothing in the image or the home folder. A screenshot of the window is left in
 * {@code target/installer-smoke/installed-app.png} for a person to look at. Class-data sharing is left out: its
 * training run would double the time, and {@code -Pinstaller} checks it (installer/README.md).
 */
class InstalledAppSmokeTest {

    private static final String MARKER = "AWB-SMOKE: workbench shown";

    @TempDir
    Path folder;

    @Test
    void installedLauncherOpensTheSampleAndWritesOnlyToTheDataFolder() throws Exception {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"),
                "runs on Linux; the Windows and macOS installers are checked by hand (installer/README.md)");
        ExternalTools.require("Xvfb");
        Path image = AppImages.build(folder, false);
        Path launcher = image.resolve(AppImages.LAUNCHER);
        Map<String, String> imageBefore = AppImages.snapshot(image);
        Path home = Files.createDirectories(folder.resolve("home"));
        Path dataHome = Files.createDirectories(folder.resolve("data"));

        try (VirtualDisplay display = VirtualDisplay.start()) {
            Map<String, String> environment = new HashMap<>(display.environment());
            environment.put("HOME", home.toString());
            environment.put("XDG_DATA_HOME", dataHome.toString());
            // GTK keeps its own state in the XDG cache and config folders; HOME itself must stay untouched.
            environment.put("XDG_CACHE_HOME", folder.resolve("cache").toString());
            environment.put("XDG_CONFIG_HOME", folder.resolve("config").toString());
            environment.put("LANG", "C.UTF-8"); // Japanese window (not "en"), UTF-8 output on any machine

            String output = Commands.run(List.of(launcher.toString(), "gui", "--sample", "--smoke-test"),
                    environment, Duration.ofSeconds(120));
            Path log = dataHome.resolve("audit-workbench/logs/audit-workbench.log");
            assertThat(output).as(() -> "the application's log:\n" + read(log)).contains(MARKER);

            screenshot(launcher, environment);
        }

        assertThat(AppImages.snapshot(image)).as("files in the app-image after the runs").isEqualTo(imageBefore);
        try (Stream<Path> inHome = Files.walk(home)) {
            assertThat(inHome.filter(p -> !p.equals(home)).toList()).as("files written to the home folder").isEmpty();
        }
        Path data = dataHome.resolve("audit-workbench");
        assertThat(data.resolve("logs/audit-workbench.log")).isNotEmptyFile();
        assertThat(data.resolve("sample/sample-kunitachi-2026.awb")).isNotEmptyFile();
    }

    /**
     * Whether the screen shows the workbench: the centred window's top band is the start screen's blue banner
     * (#1f5f99) until the workbench's light menu bar replaces it, and black before anything is drawn.
     */
    private static boolean workbenchDrawn(Path raw, Map<String, String> environment) throws Exception {
        Commands.run(List.of("/usr/bin/import", "-window", "root", "-depth", "8", "rgb:" + raw), environment,
                Duration.ofSeconds(30));
        byte[] screen = Files.readAllBytes(raw);
        int pixel = (90 * 1600 + 800) * 3;
        int red = screen[pixel] & 0xff;
        int blue = screen[pixel + 2] & 0xff;
        return red > 150 && blue > 150;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * Starts the application again as a user would (no smoke option), waits until the workbench is drawn (the title
     * changes before the view is painted), and saves the screen. The window is then ended as a logout would end it.
     */
    private static void screenshot(Path launcher, Map<String, String> environment) throws Exception {
        ExternalTools.require("xdotool");
        ExternalTools.require("import");
        Path shots = Files.createDirectories(AppImages.classesFolder().getParent().resolve("installer-smoke"));
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "gui", "--sample")
                .redirectErrorStream(true).redirectOutput(shots.resolve("installed-app.log").toFile());
        builder.environment().putAll(environment);
        Process app = builder.start();
        try {
            Commands.run(List.of("/usr/bin/xdotool", "search", "--sync", "--onlyvisible", "--name",
                    "sample-kunitachi-2026"), environment, Duration.ofSeconds(60));
            Path raw = shots.resolve("installed-app.rgb");
            for (int i = 0; i < 60 && !workbenchDrawn(raw, environment); i++) {
                Thread.sleep(1000);
            }
            Thread.sleep(2000); // the checklist rows come from the background a moment after the view
            assertThat(workbenchDrawn(raw, environment)).as("the workbench is on the screen").isTrue();
            Commands.run(List.of("/usr/bin/convert", "-size", "1600x1000", "-depth", "8", "rgb:" + raw,
                    shots.resolve("installed-app.png").toString()), environment, Duration.ofSeconds(30));
            Files.delete(raw);
        } finally {
            app.destroy();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("the application ends on SIGTERM").isTrue();
        }
    }
}
