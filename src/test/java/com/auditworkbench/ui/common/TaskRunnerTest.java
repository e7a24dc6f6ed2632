package com.auditworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.Test;

/** A preview that never finishes does not hold up the work queued to save the user's edits. */
class TaskRunnerTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        // Through TestFX, as the UI tests of the same JVM start it.
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aSaveRunsWhileAPreviewIsStillBeingDrawn() throws Exception {
        TaskRunner runner = new TaskRunner(new Messages(Language.ENGLISH));
        CountDownLatch previewMayEnd = new CountDownLatch(1);
        CompletableFuture<String> saved = new CompletableFuture<>();
        CompletableFuture<Integer> previewed = new CompletableFuture<>();
        Platform.runLater(() -> {
            runner.preview(p -> {
                try {
                    previewMayEnd.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 1;
            }, previewed::complete, failure -> previewed.completeExceptionally(new IllegalStateException(failure)));
            runner.run(() -> { }, () -> saved.complete("saved"), saved::complete);
        });
        try {
            assertThat(saved.get(10, TimeUnit.SECONDS)).isEqualTo("saved");
            assertThat(previewed).isNotDone();
        } finally {
            previewMayEnd.countDown();
        }
        assertThat(previewed.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        runner.shutdownAndWait();
    }
}
