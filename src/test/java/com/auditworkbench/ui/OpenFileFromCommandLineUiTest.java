package com.auditworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.UserSettings;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.start.StartViewModel;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code gui FILE}: a workbench handed to the launcher (a double-click on a {@code .awb} file) is shown chosen on
 * the start screen with the passphrase field focused; a file that is not there gets one sentence at once.
 */
@ExtendWith(ApplicationExtension.class)
class OpenFileFromCommandLineUiTest {

    @TempDir
    static Path folder;

    private MainWindow window;
    private UiContext context;

    @Start
    void start(Stage stage) {
        context = new UiContext(TestWorkbenches.service(), new ShippedTemplates(),
                new UserSettings(folder.resolve("settings.properties")), new Messages(Language.JAPANESE),
                TestWorkbenches.CLOCK, folder.resolve("sample.awb"));
        window = new MainWindow(stage, context, new ScriptedDialogs());
        window.show();
    }

    @Test
    void aWorkbenchGivenOnTheCommandLineWaitsForItsPassphraseThenOpens(FxRobot robot) throws Exception {
        Path file = folder.resolve("ダブルクリック.awb");
        TestWorkbenches.service().create(file, TestWorkbenches.PASSPHRASE.toCharArray()).close();

        robot.interact(() -> {
            window.chooseWorkbench(file);
            window.warmUpWhileWaiting(); // as the launcher does while the start screen waits
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#fileField").queryAs(TextField.class).getText()).isEqualTo(file.toString());
        assertThat(robot.lookup("#formTitle").queryAs(Label.class).getText()).isEqualTo("ワークベンチを開く");
        PasswordField passphrase = robot.lookup("#passphraseField").queryAs(PasswordField.class);
        assertThat(passphrase.isFocused()).isTrue();
        assertThat(passphrase.getText()).isEmpty();
        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText()).isEmpty();
        // Opening asks once: no confirmation row, and 「開く」 right under the passphrase, not two empty rows lower.
        assertThat(robot.lookup("#confirmationField").queryAs(PasswordField.class).isManaged()).isFalse();
        javafx.geometry.Bounds field = passphrase.localToScene(passphrase.getBoundsInLocal());
        javafx.scene.Node submit = robot.lookup("#submitButton").query();
        assertThat(submit.localToScene(submit.getBoundsInLocal()).getMinY() - field.getMaxY())
                .as("gap between the passphrase and 開く").isLessThan(50);

        robot.write(TestWorkbenches.PASSPHRASE).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#planList").tryQuery().isPresent());
        assertThat(robot.lookup("#fileLabel").queryAs(Label.class).getText()).isEqualTo("ダブルクリック.awb");
    }

    @Test
    void anOpeningBegunBeforeTheWindowIsTakenOverAndARefusalIsOneSentence(FxRobot robot) throws Exception {
        Path file = folder.resolve("先に開く.awb");
        TestWorkbenches.service().create(file, TestWorkbenches.PASSPHRASE.toCharArray()).close();
        byte[] before = java.nio.file.Files.readAllBytes(file);

        CompletableFuture<WorkbenchSession> refused = CompletableFuture.supplyAsync(
                () -> StartViewModel.openingOf(context, file, "not the passphrase 2026".toCharArray()));
        robot.interact(() -> window.adoptOpening(refused, file));

        waitUntil(() -> !robot.lookup("#errorLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText())
                .isEqualTo("パスフレーズが違います。先に開く.awb は開かれていません。");
        assertThat(robot.lookup("#fileField").queryAs(TextField.class).getText()).isEqualTo(file.toString());
        assertThat(robot.lookup("#planList").tryQuery()).isEmpty();
        assertThat(java.nio.file.Files.readAllBytes(file)).as("a refused file is left as it was").isEqualTo(before);

        CompletableFuture<WorkbenchSession> opening = CompletableFuture.supplyAsync(
                () -> StartViewModel.openingOf(context, file, TestWorkbenches.PASSPHRASE.toCharArray()));
        robot.interact(() -> window.adoptOpening(opening, file));

        waitUntil(() -> robot.lookup("#planList").tryQuery().isPresent());
        assertThat(robot.lookup("#fileLabel").queryAs(Label.class).getText()).isEqualTo("先に開く.awb");
    }

    @Test
    void aMissingFileIsSaidInOneSentenceOnTheStartScreen(FxRobot robot) throws Exception {
        Path missing = folder.resolve("removed.awb");

        robot.interact(() -> window.chooseWorkbench(missing));

        waitUntil(() -> !robot.lookup("#errorLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText())
                .isEqualTo("ファイル " + missing + " が見つかりません。");
        assertThat(robot.lookup("#fileField").queryAs(TextField.class).getText()).isEqualTo(missing.toString());
        assertThat(robot.lookup("#formPane").queryAs(Node.class).isVisible()).isTrue();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
