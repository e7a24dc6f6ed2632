package com.auditworkbench.ui.common;

import com.auditworkbench.domain.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;

/**
 * Loads a screen's FXML with the user's bundle and the view object that was built for it; its date fields show and
 * read dates in the window's language ({@link DateFields}).
 */
public final class ViewLoader {

    private ViewLoader() {
    }

    /** Loads {@code <ViewClass>.fxml} beside the view's class, with {@code view} as its controller. */
    public static Parent load(Object view, Messages messages) {
        String resource = view.getClass().getSimpleName() + ".fxml";
        FXMLLoader loader = new FXMLLoader(view.getClass().getResource(resource), messages.bundle());
        loader.setController(view);
        try {
            Parent root = loader.load();
            for (Object named : loader.getNamespace().values()) {
                if (named instanceof DatePicker date) {
                    DateFields.install(date, messages.locale()); // dates in the window's language, not the system's
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("screen definition " + resource + " could not be loaded", e);
        }
    }
}
