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

    private DesktopApplication() {
    }

    public static void start(UiContext context, Options options) {
        long begin = System.nanoTime();
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, context, new FxDialogService(stage, context.messages()));
            window.show();
            LOG.info("Start screen shown {} ms after the toolkit was asked to start",
                    (System.nanoTime() - begin) / 1_000_000);
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
        });
    }
}
