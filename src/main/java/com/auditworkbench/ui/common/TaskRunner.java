package com.auditworkbench.ui.common;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs workbench work (database, hashing, export) off the FX thread, one task after another, so a save always
 * lands before the close that follows it. Previews of evidence run on a thread of their own: a slow or hostile file
 * never holds up the saves queued behind it. Results and failures come back on the FX thread.
 */
public final class TaskRunner {

    /**
     * Asked for when something is logged, not when the class loads: it is used before the start screen shows, and
     * logging is set up only after that (docs/decisions/0005).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(TaskRunner.class);
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "awb-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService previewer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "awb-preview");
        thread.setDaemon(true);
        return thread;
    });
    private final Messages messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    public TaskRunner(Messages messages) {
        this.messages = messages;
    }

    /** True while any task is queued or running; the window shows it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public <T> Task<T> run(Function<Progress, T> work, Consumer<T> onSuccess, Consumer<String> onFailure) {
        return submit(worker, work, onSuccess, onFailure);
    }

    /**
     * Reads for a preview only, never writes: runs beside the queue of {@link #run}, so the user's edits are saved
     * while a preview is still being drawn.
     */
    public <T> Task<T> preview(Function<Progress, T> work, Consumer<T> onSuccess, Consumer<String> onFailure) {
        return submit(previewer, work, onSuccess, onFailure);
    }

    private <T> Task<T> submit(ExecutorService executor, Function<Progress, T> work, Consumer<T> onSuccess,
            Consumer<String> onFailure) {
        WorkTask<T> task = new WorkTask<>(work);
        task.setOnSucceeded(e -> {
            finished();
            task.logTimes();
            try {
                onSuccess.accept(task.getValue());
            } catch (RuntimeException failure) {
                onFailure.accept(describe(failure));
            }
        });
        task.setOnFailed(e -> {
            finished();
            onFailure.accept(describe(task.getException()));
        });
        task.setOnCancelled(e -> {
            finished();
            onFailure.accept(messages.get("task.cancelled"));
        });
        started();
        executor.execute(task);
        return task;
    }

    public void run(Runnable work, Runnable onSuccess, Consumer<String> onFailure) {
        run(progress -> {
            work.run();
            return Boolean.TRUE;
        }, ignored -> onSuccess.run(), onFailure);
    }

    /** A task whose work reports progress and sees the user's cancel. */
    private static final class WorkTask<T> extends Task<T> implements Progress {
        private final Function<Progress, T> work;

        private final long queued = System.nanoTime();
        private volatile long started;
        private volatile long ended;

        WorkTask(Function<Progress, T> work) {
            this.work = work;
        }

        @Override
        protected T call() {
            started = System.nanoTime();
            try {
                return work.apply(this);
            } finally {
                ended = System.nanoTime();
            }
        }

        /** Where the time went (debug level): waiting behind other work, working, and waiting for the FX thread. */
        void logTimes() {
            if (log().isDebugEnabled()) {
                long now = System.nanoTime();
                log().debug("{}: queued {} ms, ran {} ms, result taken {} ms later", work.getClass().getSimpleName(),
                        (started - queued) / 1_000_000, (ended - started) / 1_000_000, (now - ended) / 1_000_000);
            }
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    private String describe(Throwable failure) {
        if (failure instanceof AuditException audit) {
            return audit.localizedMessage(messages);
        }
        log().error("Background task failed", failure);
        return messages.get("error.unexpected");
    }

    /** Finishes what is queued (saves included), then stops. Called when the window closes. */
    public void shutdownAndWait() {
        previewer.shutdownNow();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                log().warn("Background work did not finish within 30 s of closing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For code that must be on the FX thread and may be called from elsewhere. */
    public static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
