package com.auditworkbench.ui;

import com.auditworkbench.ui.common.FxDialogService;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit and shows the main window. No Application subclass: the window is built with its
 * context passed in, so nothing is handed over through static state.
 */
public final class DesktopApplication {

    /** What to do once the window is up. */
    public record Options(boolean openSample, boolean smokeTest) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApplication.class);
    static final String SMOKE_MARKER = "AWB-SMOKE: start screen shown";

    /** Held so the level set on it sticks: JavaFX warns on every classpath start, which is how we run. */
    private static final java.util.logging.Logger FX_STARTUP_LOG =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    private DesktopApplication() {
    }

    public static void start(UiContext context, Options options) {
        long begin = System.nanoTime();
        FX_STARTUP_LOG.setLevel(java.util.logging.Level.SEVERE);
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            try {
                showMainWindow(context, options, begin);
            } catch (RuntimeException e) {
                LOG.error("The window could not be built", e);
                System.err.println(context.messages().get("error.unexpected"));
                Platform.exit();
            }
        });
    }

    private static void showMainWindow(UiContext context, Options options, long begin) {
        Stage stage = new Stage();
        MainWindow window = new MainWindow(stage, context, new FxDialogService(stage, context.messages()));
        window.show();
        LOG.info("Start screen shown {} ms after the toolkit was asked to start", (System.nanoTime() - begin) / 1_000_000);
        if (options.openSample()) {
            window.openSample();
        }
        if (options.smokeTest()) {
            Platform.runLater(() -> {
                System.out.println(SMOKE_MARKER);
                System.out.flush();
                stage.close();
                Platform.exit();
            });
        }
    }
}
