package com.auditworkbench.ui.common;

import com.auditworkbench.domain.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML with the user's bundle and the view object that was built for it. */
public final class ViewLoader {

    private ViewLoader() {
    }

    /** Loads {@code <ViewClass>.fxml} beside the view's class, with {@code view} as its controller. */
    public static Parent load(Object view, Messages messages) {
        String resource = view.getClass().getSimpleName() + ".fxml";
        FXMLLoader loader = new FXMLLoader(view.getClass().getResource(resource), messages.bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("screen definition " + resource + " could not be loaded", e);
        }
    }
}
