package com.auditworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.service.UserSettings;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.template.ShippedTemplates;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Steps 2 to 6 of the walking skeleton as a person does them: create a workbench, create a plan, record a
 * nonconformity, raise a finding, export the committee workbook - then the workbook is opened and checked.
 */
@ExtendWith(ApplicationExtension.class)
class WalkingSkeletonUiTest {

    private static final String PASSPHRASE = "Kunitachi-Audit-2026!";

    @TempDir
    static Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Messages messages = new Messages(Language.JAPANESE);

    @Start
    void start(Stage stage) {
        UiContext context = new UiContext(TestWorkbenches.service(), new ShippedTemplates(),
                new UserSettings(folder.resolve("settings.properties")), messages, TestWorkbenches.CLOCK,
                folder.resolve("sample").resolve("sample.awb"));
        new MainWindow(stage, context, dialogs).show();
    }

    @Test
    void leadCreatesWorkbenchPlanResultFindingAndExportsTheCommitteeWorkbook(FxRobot robot) throws Exception {
        Path workbench = folder.resolve("令和8年度監査.awb");

        // A first start: nothing opened yet, and the start screen says so.
        assertThat(robot.lookup("#recentList .recent-entry").queryAll()).isEmpty();
        assertThat(robot.lookup("#noRecentLabel").queryLabeled().isVisible()).isTrue();
        assertThat(text(robot, "#noRecentLabel")).startsWith("まだありません");

        robot.clickOn("#createButton");
        robot.clickOn("#fileField").write(workbench.toString());
        robot.clickOn("#passphraseField").write("short");
        assertThat(text(robot, "#strengthLabel")).contains("短すぎます");
        robot.clickOn("#passphraseField").eraseText(5).write("weakpassword");
        assertThat(text(robot, "#strengthLabel")).contains("弱い");
        robot.clickOn("#passphraseField").eraseText("weakpassword".length()).write(PASSPHRASE);
        assertThat(text(robot, "#strengthLabel")).contains("十分");
        robot.clickOn("#confirmationField").write(PASSPHRASE);
        robot.clickOn("#submitButton");
        waitUntil(() -> robot.lookup("#newPlanButton").tryQuery().isPresent());
        assertThat(workbench).isRegularFile();

        robot.clickOn("#newPlanButton");
        waitUntil(() -> robot.lookup("#titleField").tryQuery().isPresent());
        assertThat(robot.lookup("#titleField").queryAs(TextField.class).getText())
                .isEqualTo("令和8年度 情報セキュリティ監査計画");
        robot.clickOn("#createPlanButton");
        assertThat(text(robot, "#errorLabel")).isEqualTo("対象部署を 1 つ以上入力してください。");
        robot.clickOn("#departmentsArea").write("総務部 総務課").type(KeyCode.ENTER).write("市民部 市民課");
        robot.clickOn("#leadField").write("監査 花子");
        robot.clickOn("#createPlanButton");
        waitUntil(() -> robot.lookup("#checklistTable").queryAs(TableView.class).getItems().size() > 0);
        @SuppressWarnings("unchecked")
        TableView<ChecklistRow> table = robot.lookup("#checklistTable").queryAs(TableView.class);
        int items = new ShippedTemplates().defaultAudit().items().size();
        assertThat(table.getItems()).hasSize(items * 2);
        assertThat(robot.lookup("#planList").queryAs(ListView.class).getItems().size()).isEqualTo(1);
        // the plan's whole title is drawn within the list's width (wrapped), not cut by its edge or with "…"
        javafx.scene.text.Text title = robot.lookup("#planList .list-cell .text")
                .queryAllAs(javafx.scene.text.Text.class).stream().filter(t -> !t.getText().isEmpty()).findFirst()
                .orElseThrow();
        assertThat(title.getText()).startsWith("令和8年度 情報セキュリティ監査計画").doesNotContain("…");
        Node list = robot.lookup("#planList").query();
        assertThat(title.localToScene(title.getBoundsInLocal()).getMaxX())
                .isLessThanOrEqualTo(list.localToScene(list.getBoundsInLocal()).getMaxX());

        robot.clickOn(checklistRow(robot, 2));
        ChecklistRow chosen = table.getSelectionModel().getSelectedItem();
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> table.getItems().get(2).result() == Result.NONCONFORMING);
        robot.clickOn("#notesArea").write("異動者2名のアカウントが残っていた。");
        robot.clickOn(checklistRow(robot, 2));
        waitUntil(() -> table.getItems().get(2).notes().equals("異動者2名のアカウントが残っていた。")
                && table.getItems().get(2).updatedAt() != null);

        robot.clickOn("#raiseFindingButton");
        waitUntil(() -> robot.lookup("#conditionArea").tryQuery().isPresent());
        assertThat(robot.lookup("#conditionArea").queryAs(TextInputControl.class).getText())
                .isEqualTo("異動者2名のアカウントが残っていた。");
        assertThat(robot.lookup("#criteriaArea").queryAs(TextInputControl.class).getText())
                .contains(chosen.item().code()).contains("第10条");
        robot.clickOn("#titleField").push(KeyCode.SHORTCUT, KeyCode.A).write("異動者アカウントの削除漏れ");
        robot.clickOn("#recommendationArea").write("人事異動の通知と突合して削除すること。");
        robot.clickOn("#severityBox");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> "重大な不適合".equals(
                ((javafx.scene.control.ListCell<?>) n).getText())).queryAs(Node.class));
        robot.clickOn("#raiseFindingConfirm");
        UiSteps.openTab(robot, "findingsTab");
        waitUntil(() -> robot.lookup("#findingsTable").queryAs(TableView.class).getItems().size() == 1);

        Path xlsx = folder.resolve("committee.xlsx");
        dialogs.answers.add(xlsx);
        robot.clickOn("#exportButton");
        waitUntil(() -> text(robot, "#statusLabel").contains("SHA-256"));
        assertThat(xlsx).isRegularFile();
        assertThat(dialogs.errors).isEmpty();

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet cover = book.getSheet("表紙");
            assertThat(cover.getRow(3).getCell(1).getStringCellValue()).isEqualTo("令和8年度 情報セキュリティ監査計画");
            assertThat(cover.getRow(4).getCell(1).getStringCellValue()).isEqualTo("令和8年度（FY2026）");
            assertThat(cover.getRow(6).getCell(1).getStringCellValue()).isEqualTo("監査 花子");
            assertThat(cover.getRow(7).getCell(1).getStringCellValue()).isEqualTo("総務部 総務課、市民部 市民課");
            assertThat(cover.getRow(9).getCell(1).getStringCellValue()).isEqualTo("取扱注意");
            XSSFSheet findings = book.getSheet("指摘事項");
            assertThat(findings.getLastRowNum()).isEqualTo(1);
            List<String> row = List.of(0, 1, 2, 3, 7).stream()
                    .map(c -> findings.getRow(1).getCell(c).getStringCellValue()).toList();
            assertThat(row).containsExactly("F-001", chosen.department().name() + "\n" + chosen.item().code(),
                    "異動者アカウントの削除漏れ\n【重大な不適合】", "異動者2名のアカウントが残っていた。",
                    "人事異動の通知と突合して削除すること。");
            assertThat(findings.getRow(1).getCell(4).getStringCellValue()).contains("第10条");
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                XSSFSheet sheet = book.getSheetAt(s);
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getHeader().getRight()).contains("取扱注意");
                assertThat(sheet.getFooter().getLeft()).isEqualTo("取扱注意");
                assertThat(sheet.getFooter().getCenter()).isEqualTo("&P / &N ページ");
            }
        }

        robot.clickOn("#closeButton");
        waitUntil(() -> robot.lookup("#createButton").tryQuery().isPresent());
        // The workbench just closed is first among the recent ones; one click shows it chosen, the passphrase asked.
        assertThat(robot.lookup("#noRecentLabel").queryLabeled().isVisible()).isFalse();
        Labeled recent = robot.lookup("#recentList .recent-entry").nth(0).queryLabeled();
        assertThat(recent.getText()).isEqualTo("令和8年度監査.awb  —  " + folder);
        robot.clickOn(recent);
        assertThat(robot.lookup("#fileField").queryTextInputControl().getText()).isEqualTo(workbench.toString());
        assertThat(robot.lookup("#passphraseField").queryTextInputControl().isFocused()).isTrue();
        robot.clickOn("#passphraseField").write("wrong passphrase");
        robot.clickOn("#submitButton");
        waitUntil(() -> !text(robot, "#errorLabel").isEmpty());
        assertThat(text(robot, "#errorLabel")).isEqualTo("パスフレーズが違います。令和8年度監査.awb は開かれていません。");

        try (var session = TestWorkbenches.service().open(workbench, PASSPHRASE.toCharArray())) {
            Plan plan = session.plans().all().get(0);
            ChecklistRow saved = session.fieldwork().rows(plan.id()).get(2);
            assertThat(saved.result()).isEqualTo(Result.NONCONFORMING);
            assertThat(saved.notes()).isEqualTo("異動者2名のアカウントが残っていた。");
            assertThat(session.findings().byPlan(plan.id())).extracting(Finding::title)
                    .containsExactly("異動者アカウントの削除漏れ");
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The shown row of that index in the checklist (not a spare cell, not a row of another tab's table). */
    private static Node checklistRow(FxRobot robot, int index) {
        return robot.lookup("#checklistTable .table-row-cell").match(n -> n.isVisible()
                && ((javafx.scene.control.TableRow<?>) n).getIndex() == index).queryAs(Node.class);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
