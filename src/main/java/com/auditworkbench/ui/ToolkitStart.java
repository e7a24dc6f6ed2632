package com.auditworkbench.ui;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit on its own thread as the very first thing the launcher does, and lets the window wait
 * for it. Deliberately bare (no logging, no lambdas, few classes): whatever this class needs is loaded before the
 * toolkit can start, and the toolkit's start (~0.5 s: display, graphics pipeline, fonts) is the longest single step
 * before the first window, so it should begin as early as an empty JavaFX application's does.
 */
public final class ToolkitStart {

    private static final CountDownLatch READY = new CountDownLatch(1);
    /**
     * Held so the filter set on it sticks: JavaFX warns on every class-path start ("Unsupported JavaFX
     * configuration"), which is how the application runs; a console user would read it before any message of ours.
     * Only that warning is dropped; JavaFX's other warnings (CSS, layout) still reach the console.
     */
    private static java.util.logging.Logger javafxLog;
    private static long requested;
    private static boolean begun;
    private static volatile Throwable failure;

    private ToolkitStart() {
    }

    /** Starts the toolkit in the background and returns at once; calling it again does nothing. */
    public static synchronized void begin() {
        if (begun) {
            return;
        }
        begun = true;
        requested = System.nanoTime();
        Thread starter = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    javafxLog = java.util.logging.Logger.getLogger("javafx");
                    javafxLog.setFilter(new java.util.logging.Filter() {
                        @Override
                        public boolean isLoggable(java.util.logging.LogRecord record) {
                            String message = record.getMessage();
                            return message == null || !message.startsWith("Unsupported JavaFX configuration");
                        }
                    });
                    Platform.startup(new Runnable() {
                        @Override
                        public void run() {
                            READY.countDown();
                        }
                    });
                } catch (RuntimeException | Error e) { // no display, no graphics: said where the window waits
                    failure = e;
                    READY.countDown();
                }
            }
        }, "awb-toolkit-start");
        starter.setDaemon(false); // the toolkit's thread inherits it, and must keep the process alive
        starter.start();
    }

    /**
     * For a start that began the toolkit but ends without a window (a usage error): lets the toolkit finish starting
     * first, for at most a few seconds, so the exit does not cut it off halfway (JavaFX then prints a stack trace
     * beside the one sentence the user should read). Does nothing if the toolkit was never begun.
     */
    public static void settleBeforeExit() {
        synchronized (ToolkitStart.class) {
            if (!begun) {
                return;
            }
        }
        try {
            READY.await(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the toolkit runs (starting it if nobody has); returns when it was asked to start. */
    static long await() {
        begin();
        try {
            READY.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the window toolkit started", e);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return requested;
    }
}
