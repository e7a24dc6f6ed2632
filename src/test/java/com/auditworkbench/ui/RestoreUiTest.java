package com.auditworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Role;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 「バックアップから復元…」 on the start screen: the backup and the new workbench are chosen, the passphrase typed,
 * and the restored workbench opens saying what was checked; a wrong passphrase is one sentence and writes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreUiTest {

    private static final String PASSPHRASE = "Restore-In-Window-2026!";
    private static final String PLAN_TITLE = "令和8年度 情報セキュリティ監査計画（復元確認）";

    @TempDir
    static Path folder;

    private static Path backup;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Stage stage;

    @BeforeAll
    static void backUpAWorkbenchWithARecordedChange() {
        Path workbench = folder.resolve("元の監査.awb");
        backup = folder.resolve("元の監査.awbbackup");
        try (WorkbenchSession session = TestWorkbenches.service().create(workbench, PASSPHRASE.toCharArray())) {
            session.people().actAs(session.people().add("監査 花子", Role.AUDITOR, null));
            Plan plan = session.plans().create(new NewPlan(new FiscalYear(2026), PLAN_TITLE, "目的",
                    List.of("総務部 総務課"), null, null, NewPlan.DEFAULT_MARKING, "監査 花子"), TestTemplates.audit(3));
            session.evidence().intakeBytes(plan.id(), "規程.txt", "情報セキュリティ規程".getBytes(),
                    new EvidenceDetails("総務課", LocalDate.of(2026, 7, 1), "", NewPlan.DEFAULT_MARKING), List.of());
            session.backups().backup(backup, Progress.NONE);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiSteps.showMainWindow(stage, folder, dialogs);
    }

    @Test
    void aBackupIsRestoredIntoANewWorkbenchThatOpensSayingWhatWasChecked(FxRobot robot) throws Exception {
        Path target = folder.resolve("復元した監査.awb");

        robot.clickOn("#restoreButton");
        assertThat(robot.lookup("#formTitle").queryAs(Label.class).getText()).isEqualTo("バックアップから復元");
        dialogs.answers.add(backup);
        robot.clickOn("#browseButton");
        assertThat(robot.lookup("#fileField").queryAs(TextField.class).getText()).isEqualTo(backup.toString());
        assertThat(robot.lookup("#targetField").queryAs(TextField.class).getText())
                .as("the new workbench is offered beside the backup")
                .isEqualTo(folder.resolve("元の監査-restored.awb").toString());
        dialogs.answers.add(target);
        robot.clickOn("#targetBrowseButton");
        assertThat(robot.lookup("#targetField").queryAs(TextField.class).getText()).isEqualTo(target.toString());

        robot.clickOn("#passphraseField").write(PASSPHRASE).type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#planList").tryQuery().isPresent());
        assertThat(stage.getTitle()).startsWith("復元した監査.awb — ");
        assertThat(robot.lookup("#fileLabel").queryAs(Label.class).getText()).isEqualTo("復元した監査.awb");
        waitUntil(() -> !robot.lookup("#planList").queryAs(ListView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ListView<Plan> plans = robot.lookup("#planList").queryAs(ListView.class);
        assertThat(plans.getItems()).anySatisfy(plan -> assertThat(plan.title()).isEqualTo(PLAN_TITLE));
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).matches(
                "バックアップ 元の監査\\.awbbackup から 復元した監査\\.awb を復元しました。操作記録 [1-9]\\d* 件の連なりと"
                        + "証跡 1 件のハッシュを確かめました。");
        assertThat(Files.isDirectory(folder.resolve("復元した監査.awb.evidence"))).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aWrongPassphraseIsOneSentenceInTheFormAndWritesNothing(FxRobot robot) throws Exception {
        Path target = folder.resolve("元の監査-restored.awb");

        robot.clickOn("#restoreButton");
        dialogs.answers.add(backup);
        robot.clickOn("#browseButton");
        robot.clickOn("#passphraseField").write("not the passphrase 2026").type(KeyCode.ENTER);

        waitUntil(() -> !robot.lookup("#errorLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText())
                .isEqualTo("パスフレーズがバックアップ 元の監査.awbbackup のワークベンチのものと違うため、何も復元していません。");
        assertThat(robot.lookup("#planList").tryQuery()).isEmpty();
        assertThat(target).doesNotExist();
        assertThat(folder.resolve("元の監査-restored.awb.evidence")).doesNotExist();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".restoring"));
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
