package com.auditworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Role;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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
 * A finding from raise to review as the team does it: raised from a nonconformity, the five Cs filled in, signed by
 * its preparer, a self-review refused, signed by the reviewer, reopened with a reason, edited, and the edit undone.
 */
@ExtendWith(ApplicationExtension.class)
class FindingReviewUiTest {

    private static final String PASSPHRASE = "Review-Flow-2026!";

    @TempDir
    static Path folder;

    private static Path workbench;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void prepareWorkbench() {
        workbench = folder.resolve("review.awb");
        try (WorkbenchSession session = TestWorkbenches.service().create(workbench, PASSPHRASE.toCharArray())) {
            session.people().add("監査 花子", Role.AUDITOR, null);
            session.people().add("審査 一郎", Role.REVIEWER, null);
            session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 情報セキュリティ監査計画", "目的",
                    List.of("総務部 総務課"), null, null, NewPlan.DEFAULT_MARKING, "監査 花子"), TestTemplates.audit(6));
        }
    }

    @Start
    void start(Stage stage) {
        UiSteps.showMainWindow(stage, folder, dialogs);
    }

    @Test
    void findingIsRaisedWrittenUpSignedReviewedReopenedAndAnEditUndone(FxRobot robot) throws Exception {
        UiSteps.openWorkbench(robot, workbench, PASSPHRASE);
        waitUntil(() -> robot.lookup("#checklistTable").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 6).orElse(false));
        waitUntil(() -> robot.lookup("#userBox").queryAs(ComboBox.class).getItems().size() == 2);
        chooseUser(robot, "監査 花子");
        UiSteps.openTab(robot, "checklistTab");

        robot.clickOn(robot.lookup("#checklistTable .table-row-cell").nth(1).queryAs(Node.class));
        robot.type(KeyCode.DIGIT3);
        robot.clickOn("#notesArea").write("退職者のアカウントが残っていた。");
        robot.clickOn("#raiseFindingButton");
        waitUntil(() -> robot.lookup("#raiseFindingConfirm").tryQuery().isPresent());
        robot.clickOn("#raiseFindingConfirm");

        UiSteps.openTab(robot, "findingsTab");
        waitUntil(() -> !text(robot, "#findingSignOffLabel").isEmpty());
        assertThat(text(robot, "#findingSignOffLabel")).isEqualTo("作成中");
        robot.clickOn("#findingCause").write("人事異動の連絡が届いていない。");
        robot.clickOn("#findingEffect").write("退職者が接続できる状態が続く。");
        robot.clickOn("#findingSaveButton");
        try {
            waitUntil(() -> status(robot).contains("保存しました"));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(status(robot)).as("status after saving").contains("保存しました");
        }

        robot.clickOn("#findingSignPreparer");
        waitUntil(() -> text(robot, "#findingSignOffLabel").equals("作成者承認済（監査 花子）"));
        robot.clickOn("#findingSignReviewer");
        waitUntil(() -> status(robot).contains("レビュー担当として承認できません"));
        assertThat(text(robot, "#findingSignOffLabel")).isEqualTo("作成者承認済（監査 花子）");
        assertThat(robot.lookup("#findingCause").queryAs(TextInputControl.class).isDisabled()).isTrue();

        chooseUser(robot, "審査 一郎");
        robot.clickOn("#findingSignReviewer");
        waitUntil(() -> text(robot, "#findingSignOffLabel").equals("レビュー済（監査 花子 / 審査 一郎）"));

        dialogs.texts.add("原因の記載を補足するため");
        robot.clickOn("#findingReopen");
        waitUntil(() -> text(robot, "#findingSignOffLabel").equals("作成中　【レビュー後に編集】"));
        TextInputControl cause = robot.lookup("#findingCause").queryAs(TextInputControl.class);
        assertThat(cause.isDisabled()).isFalse();

        robot.clickOn("#findingCause").push(KeyCode.SHORTCUT, KeyCode.A).write("人事課からの連絡手順がない。");
        robot.clickOn("#findingSaveButton");
        waitUntil(() -> cause.getText().equals("人事課からの連絡手順がない。")
                && robot.lookup("#findingSaveButton").queryAs(Node.class).isDisabled());
        robot.clickOn("編集").clickOn("元に戻す");
        waitUntil(() -> cause.getText().equals("人事異動の連絡が届いていない。"));

        robot.clickOn("履歴");
        waitUntil(() -> robot.lookup("#historyList").queryAs(javafx.scene.control.ListView.class).getItems().size() >= 7);
        @SuppressWarnings("unchecked")
        List<ActivityEvent> history = robot.lookup("#historyList").queryAs(javafx.scene.control.ListView.class)
                .getItems();
        assertThat(history).extracting(ActivityEvent::action).containsSubsequence("create", "edit", "sign-preparer",
                "sign-reviewer", "reopen", "edit", "undo");
        assertThat(history).filteredOn(e -> e.action().equals("reopen")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("審査 一郎"));
        @SuppressWarnings("unchecked")
        List<Finding> findings = robot.lookup("#findingsTable").queryAs(TableView.class).getItems();
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.signOff().reopened()).isTrue());
    }

    private static void chooseUser(FxRobot robot, String name) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<Auditor> box = robot.lookup("#userBox").queryAs(ComboBox.class);
        robot.clickOn(box);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> ((javafx.scene.control.ListCell<?>) n)
                .getText() != null && ((javafx.scene.control.ListCell<?>) n).getText().startsWith(name))
                .queryAs(Node.class));
        waitUntil(() -> status(robot).contains(name + " さんとして作業しています"));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String status(FxRobot robot) {
        return text(robot, "#statusLabel");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
