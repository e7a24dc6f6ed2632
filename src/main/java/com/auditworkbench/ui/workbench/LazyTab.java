package com.auditworkbench.ui.workbench;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose screen is built the first time it is selected. The open workbench has a dozen tabs; building all of
 * them before the first one is drawn made opening a workbench wait for screens nobody had asked for yet.
 */
final class LazyTab {

    private LazyTab() {
    }

    /** Builds the content now if the tab is selected, else on its first selection (before it is drawn). */
    static void install(Tab tab, Supplier<Node> screen) {
        if (tab.isSelected()) {
            tab.setContent(screen.get());
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                if (is) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(screen.get());
                }
            }
        });
    }
}
