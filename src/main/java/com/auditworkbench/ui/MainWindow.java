package com.auditworkbench.ui;

import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.Styles;
import com.auditworkbench.ui.common.TaskRunner;
import com.auditworkbench.ui.start.StartView;
import com.auditworkbench.ui.start.StartViewModel;
import com.auditworkbench.ui.workbench.WorkbenchView;
import com.auditworkbench.ui.workbench.WorkbenchViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The application window: the start screen until a workbench is open, then the workbench. */
public final class MainWindow {

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;

    private final Stage stage;
    private final UiContext context;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final StackPane content = new StackPane();
    private StartViewModel start;
    private StartView startView;
    private WorkbenchViewModel workbench;

    public MainWindow(Stage stage, UiContext context, DialogService dialogs) {
        this.stage = stage;
        this.context = context;
        this.dialogs = dialogs;
        this.tasks = new TaskRunner(context.messages());
        Scene scene = new Scene(content, WIDTH, HEIGHT);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (workbench != null) {
                e.consume();
                workbench.close(() -> {
                    workbench = null;
                    stage.close();
                });
            }
        });
        stage.setOnHidden(e -> tasks.shutdownAndWait());
        showStart();
    }

    public void show() {
        stage.show();
    }

    public void showStart() {
        workbench = null;
        start = new StartViewModel(context, tasks, this::showWorkbench);
        startView = new StartView(start, dialogs, context.messages());
        content.getChildren().setAll(startView.root());
        stage.setTitle(context.messages().get("app.title"));
    }

    /** Shows a workbench chosen outside the window (a double-clicked file) ready for its passphrase. */
    public void chooseWorkbench(Path file) {
        startView.choose(file);
    }

    /** Shows an opening that began before the window (the sample, or a smoke test's file) and takes its result. */
    public void adoptOpening(CompletableFuture<WorkbenchSession> opening, Path file) {
        start.adopt(opening, file);
    }

    /**
     * Types this passphrase into the open form and submits it, as Enter does: for start-up measurements only (the
     * file was chosen with {@link #chooseWorkbench}).
     */
    public void enterPassphrase(char[] passphrase) {
        start.passphraseProperty().set(new String(passphrase));
        start.submit();
    }

    /**
     * While the start screen waits for a passphrase, the database code an opening runs is run once in the
     * background, on an empty database in memory: in a fresh process its first use is most of an opening's time
     * (docs/decisions/0005). A daemon thread of its own, so the worker stays free for the opening itself.
     */
    public void warmUpWhileWaiting() {
        Thread thread = new Thread(context.workbenches()::warmUp, "awb-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Shows an opened workbench; {@code status}, when not empty, is the first thing its status line says. */
    private void showWorkbench(WorkbenchSession session, String status) {
        workbench = new WorkbenchViewModel(session, tasks, context.messages(), context.templates(), context.clock());
        if (!status.isEmpty()) {
            workbench.statusProperty().set(status);
        }
        workbench.readFirstLook(); // on the worker while the window below is built and drawn
        WorkbenchView view = new WorkbenchView(workbench, dialogs, context.messages(), LocalDate.now(context.clock()),
                this::showStart);
        content.getChildren().setAll(view.root());
        stage.setTitle(session.file().getFileName() + " — " + context.messages().get("app.title"));
    }

    public TaskRunner tasks() {
        return tasks;
    }
}
