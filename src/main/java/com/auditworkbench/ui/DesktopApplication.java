package com.auditworkbench.ui;

import com.auditworkbench.ui.common.FxDialogService;
import com.auditworkbench.ui.common.TaskRunner;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
    static final String SMOKE_WORKBENCH_MARKER = "AWB-SMOKE: workbench shown";

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
        if (options.smokeTest() && options.openSample()) {
            reportWhenWorkbenchUsable(stage, window.tasks(), begin);
        } else if (options.smokeTest()) {
            Platform.runLater(() -> smokeTestDone(stage, SMOKE_MARKER));
        }
    }

    /**
     * The sample opens in the background, so the window is usable only once the checklist shows its rows and no
     * background work is left: what installer tests and start-up measurements must wait for. Checked after a layout
     * pass, so the rows have been laid out for drawing when the marker is printed.
     */
    private static void reportWhenWorkbenchUsable(Stage stage, TaskRunner tasks, long begin) {
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (tasks.busyProperty().get()) {
                    return;
                }
                if (scene.lookup("#checklistTable") instanceof TableView<?> table && !table.getItems().isEmpty()) {
                    scene.removePostLayoutPulseListener(this);
                    LOG.info("Workbench usable {} ms after the toolkit was asked to start",
                            (System.nanoTime() - begin) / 1_000_000);
                    Platform.runLater(() -> smokeTestDone(stage, SMOKE_WORKBENCH_MARKER)); // not inside a pulse
                } else if (scene.lookup("#errorLabel") instanceof Label error && !error.getText().isEmpty()) {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(() -> smokeTestDone(stage, "AWB-SMOKE: the sample did not open: "
                            + error.getText()));
                }
            }
        });
        // Pulses come only when something changed; the last task's end may change nothing that is drawn.
        tasks.busyProperty().addListener((obs, wasBusy, busy) -> {
            if (!busy) {
                Platform.requestNextPulse();
            }
        });
    }

    private static void smokeTestDone(Stage stage, String marker) {
        System.out.println(marker);
        System.out.flush();
        stage.close();
        Platform.exit();
    }
}
