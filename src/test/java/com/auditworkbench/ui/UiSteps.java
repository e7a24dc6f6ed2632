package com.auditworkbench.ui;

import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.UserSettings;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.template.ShippedTemplates;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** Steps the window tests share: the main window on a test folder, opening a workbench, going to a tab. */
final class UiSteps {

    private UiSteps() {
    }

    /** The main window in Japanese, with its settings and sample in the test's folder. */
    static void showMainWindow(Stage stage, Path folder, ScriptedDialogs dialogs) {
        UiContext context = new UiContext(TestWorkbenches.service(), new ShippedTemplates(),
                new UserSettings(folder.resolve("settings.properties")), new Messages(Language.JAPANESE),
                TestWorkbenches.CLOCK, folder.resolve("sample.awb"));
        new MainWindow(stage, context, dialogs).show();
    }

    /** Opens a workbench from the start screen as the user does: the file, the passphrase, Enter. */
    static void openWorkbench(FxRobot robot, Path file, String passphrase) {
        robot.clickOn("#openButton");
        robot.clickOn("#fileField").write(file.toString());
        robot.clickOn("#passphraseField").write(passphrase).type(KeyCode.ENTER);
    }

    /**
     * Clicks a tab's header by the tab's id. A tab's title is not a safe way to find it: the same words appear in
     * column headers and labels of other tabs, which stay in the scene while hidden.
     */
    static void openTab(FxRobot robot, String tabId) {
        robot.clickOn(robot.lookup(".tab").match(n -> tabId.equals(n.getId())).queryAs(Node.class));
        // Most tabs are built the first time they are chosen: wait until this one is chosen and showing its content.
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS,
                    () -> org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup(".tab-pane")
                            .queryAllAs(javafx.scene.control.TabPane.class).stream()
                            .flatMap(pane -> pane.getTabs().stream())
                            .anyMatch(tab -> tabId.equals(tab.getId()) && tab.isSelected() && tab.getContent() != null
                                    && tab.getContent().isVisible() && tab.getContent().getScene() != null)).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("tab " + tabId + " was not shown after a click on its header", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
