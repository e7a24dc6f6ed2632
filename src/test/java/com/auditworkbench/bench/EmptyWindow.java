package com.auditworkbench.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick of {@link StartupBench}: the least a JavaFX application can show, one label in a window of the
 * application's size. Like the application it reports the shown window on stdout on the next turn of the FX thread
 * and exits. Its main is outside the Application subclass, as the application's is, for the classpath launch.
 */
public final class EmptyWindow {

    static final String MARKER = "EMPTY-SMOKE: window shown";

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("監査ワークベンチ"), 1280, 800));
            stage.setTitle("Empty window");
            stage.show();
            Platform.runLater(() -> {
                System.out.println(MARKER);
                System.out.flush();
                stage.close();
                Platform.exit();
            });
        }
    }
}
