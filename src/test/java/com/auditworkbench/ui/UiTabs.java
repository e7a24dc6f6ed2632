package com.auditworkbench.ui;

import javafx.scene.Node;
import org.testfx.api.FxRobot;

/**
 * Clicks a tab's header by the tab's id. A tab's title is not a safe way to find it: the same words appear in
 * column headers and labels of other tabs, which stay in the scene while hidden.
 */
final class UiTabs {

    private UiTabs() {
    }

    static void open(FxRobot robot, String tabId) {
        robot.clickOn(robot.lookup(".tab").match(n -> tabId.equals(n.getId())).queryAs(Node.class));
    }
}
