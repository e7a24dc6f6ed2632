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
