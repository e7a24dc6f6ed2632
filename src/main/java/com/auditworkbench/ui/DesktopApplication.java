package com.auditworkbench.ui;

import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.FxDialogService;
import com.auditworkbench.ui.common.TaskRunner;
import com.auditworkbench.ui.start.StartViewModel;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit and shows the main window. No Application subclass: the window is built with its
 * context passed in, so nothing is handed over through static state.
 */
public final class DesktopApplication {

    /**
     * What to do once the window is up: open the sample, or show {@code file} chosen on the start screen (opened at
     * once only for a smoke test given {@code smokePassphrase}, after {@code smokeTypingMillis} on the start screen
     * as if it were typed); with {@code smokeTest}, report and exit.
     */
    public record Options(boolean openSample, boolean smokeTest, Path file, char[] smokePassphrase,
            long smokeTypingMillis) {

        public Options(boolean openSample, boolean smokeTest) {
            this(openSample, smokeTest, null, null, 0);
        }

        boolean opensWorkbench() {
            return openSample || file != null && smokePassphrase != null;
        }

        /** The window opens a workbench as soon as it is up: nobody is going to type a passphrase first. */
        boolean opensAtOnce() {
            return opensWorkbench() && smokeTypingMillis <= 0;
        }

        /** The file a workbench opened at once comes from: null for the sample. */
        Path fileOpenedAtOnce() {
            return openSample ? null : file;
        }
    }

    static final String SMOKE_MARKER = "AWB-SMOKE: start screen shown";
    static final String SMOKE_WORKBENCH_MARKER = "AWB-SMOKE: workbench shown";

    private DesktopApplication() {
    }

    /** Not held in a static: the toolkit starts before logging is set up, which happens beside it. */
    private static Logger log() {
        return LoggerFactory.getLogger(DesktopApplication.class);
    }

    public static void start(UiContext context, Options options) {
        // A start that opens a workbench at once does not wait for the window to begin: the opening (passphrase
        // stretching, the encrypted file, the database code's first use) runs beside the toolkit's start and the
        // start screen, and the window takes it over (docs/decisions/0005).
        CompletableFuture<WorkbenchSession> opening = options.opensAtOnce() ? openEarly(context, options) : null;
        long begin = ToolkitStart.await();
        Platform.setImplicitExit(true);
        Platform.runLater(() -> {
            try {
                showMainWindow(context, options, begin, opening);
            } catch (RuntimeException e) {
                log().error("The window could not be built", e);
                System.err.println(context.messages().get("error.unexpected"));
                Platform.exit();
            }
        });
    }

    private static CompletableFuture<WorkbenchSession> openEarly(UiContext context, Options options) {
        CompletableFuture<WorkbenchSession> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opening.complete(StartViewModel.openingOf(context, options.fileOpenedAtOnce(),
                        options.smokePassphrase()));
            } catch (RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "awb-early-open");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    private static void showMainWindow(UiContext context, Options options, long begin,
            CompletableFuture<WorkbenchSession> opening) {
        Stage stage = new Stage();
        MainWindow window = new MainWindow(stage, context, new FxDialogService(stage, context.messages()));
        window.show();
        long shownMillis = (System.nanoTime() - begin) / 1_000_000;
        afterFirstFrame(stage.getScene(), () -> setUpLogging(shownMillis));
        if (opening != null) {
            window.adoptOpening(opening, options.fileOpenedAtOnce());
        } else if (options.file() != null) {
            window.chooseWorkbench(options.file());
        }
        if (options.smokeTest() && options.opensAtOnce()) {
            reportWhenWorkbenchUsable(stage, window.tasks(), begin, "");
        } else if (options.smokeTest() && options.opensWorkbench()) {
            // The passphrase "typed" after a pause: what an opening costs after the start screen's warm-up.
            window.warmUpWhileWaiting();
            PauseTransition typing = new PauseTransition(Duration.millis(options.smokeTypingMillis()));
            typing.setOnFinished(e -> {
                long entered = System.nanoTime();
                window.enterPassphrase(options.smokePassphrase());
                reportWhenWorkbenchUsable(stage, window.tasks(), entered, " after the passphrase was entered");
            });
            typing.play();
        } else if (options.smokeTest()) {
            Platform.runLater(() -> smokeTestDone(stage, SMOKE_MARKER));
        } else if (!options.opensWorkbench()) {
            afterFirstFrame(stage.getScene(), window::warmUpWhileWaiting);
        }
    }

    /** Runs {@code work} on the FX thread once the first layout of {@code scene} is done and handed to drawing. */
    private static void afterFirstFrame(Scene scene, Runnable work) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(work);
            }
        });
    }

    /**
     * Logging is set up on a thread of its own once the start screen is drawn: its first use costs ~0.2 s of a core,
     * which the start screen's first drawing no longer shares (docs/decisions/0005). Anything logged before that sets
     * it up on its own thread; what is logged while it is being set up is kept and written after.
     */
    private static void setUpLogging(long shownMillis) {
        Thread thread = new Thread(() -> log().info("Start screen shown {} ms after the toolkit was asked to start",
                shownMillis), "awb-logging-setup");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The workbench opens in the background; the window is usable once the plan is open, the checklist shows its
     * first rows laid out for drawing, and the FX thread answers a request queued after that layout pass (so it is
     * not blocked). The smoke test goes to the checklist tab as a user would; loads for other tabs may still be
     * running on the worker, and when they finish is logged too. This is what installer tests and start-up
     * measurements wait for.
     */
    private static void reportWhenWorkbenchUsable(Stage stage, TaskRunner tasks, long begin, String since) {
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (scene.lookup("#planTabs") instanceof TabPane tabs) {
                    tabs.getTabs().stream().filter(tab -> "checklistTab".equals(tab.getId())).findFirst()
                            .filter(tab -> !tab.isSelected()).ifPresent(tab -> Platform.runLater(
                                    () -> tabs.getSelectionModel().select(tab)));
                }
                if (firstRowsShown(scene)) {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(() -> { // not inside a pulse, and proof that the FX thread is free
                        long millis = (System.nanoTime() - begin) / 1_000_000;
                        log().info("Workbench usable {} ms {}", millis,
                                since.isEmpty() ? "after the toolkit was asked to start" : since.strip());
                        smokeTestDone(stage, SMOKE_WORKBENCH_MARKER + (since.isEmpty() ? "" : ", " + millis + " ms"
                                + since));
                    });
                } else if (scene.lookup("#errorLabel") instanceof Label error && !error.getText().isEmpty()) {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(() -> smokeTestDone(stage, "AWB-SMOKE: the workbench did not open: "
                            + error.getText()));
                }
            }
        });
        tasks.busyProperty().addListener((obs, wasBusy, busy) -> {
            if (!busy) {
                log().info("Background work done {} ms after the toolkit was asked to start",
                        (System.nanoTime() - begin) / 1_000_000);
                Platform.requestNextPulse(); // the last task's end may change nothing that is drawn
            }
        });
    }

    /** The checklist tab is showing and at least one of its rows holds an item. */
    private static boolean firstRowsShown(Scene scene) {
        if (!(scene.lookup("#checklistTable") instanceof TableView<?> table) || table.getItems().isEmpty()
                || table.getScene() == null || !table.isVisible() || !isShowing(table)) {
            return false;
        }
        return table.lookupAll(".table-row-cell").stream()
                .anyMatch(node -> node instanceof TableRow<?> row && row.getItem() != null && row.isVisible());
    }

    /** Visible all the way up: a table in a tab that is not selected is in the scene but not shown. */
    private static boolean isShowing(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void smokeTestDone(Stage stage, String marker) {
        System.out.println(marker);
        System.out.flush();
        stage.close();
        Platform.exit();
    }
}
