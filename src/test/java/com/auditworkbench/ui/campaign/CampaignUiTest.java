package com.auditworkbench.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.SelfInspectionAnswer;
import com.auditworkbench.service.UserSettings;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.AnsweringDepartment;
import com.auditworkbench.support.SelfInspectionFixture;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.ui.MainWindow;
import com.auditworkbench.ui.UiContext;
import com.auditworkbench.ui.campaign.ImportReviewViewModel.FileRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
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
 * The self-inspection round as the lead does it in the window: create a campaign, export the questionnaires,
 * import a folder holding one good and one bad returned file, read the report, import the good one.
 */
@ExtendWith(ApplicationExtension.class)
class CampaignUiTest {

    @TempDir
    static Path folder;

    private final ScriptedCampaignDialogs dialogs = new ScriptedCampaignDialogs();
    private final Messages messages = new Messages(Language.JAPANESE);
    private Path workbench;

    @Start
    void start(Stage stage) {
        try (WorkbenchSession session = SelfInspectionFixture.workbench(folder)) {
            workbench = session.file();
        }
        UiContext context = new UiContext(TestWorkbenches.service(), new ShippedTemplates(),
                new UserSettings(folder.resolve("settings.properties")), messages, TestWorkbenches.CLOCK,
                folder.resolve("sample").resolve("sample.awb"));
        new MainWindow(stage, context, dialogs).show();
    }

    @Test
    void leadCreatesCampaignExportsAndImportsAFolderWithOneGoodAndOneBadFile(FxRobot robot) throws Exception {
        robot.clickOn("#openButton");
        robot.clickOn("#fileField").write(workbench.toString());
        robot.clickOn("#passphraseField").write(TestWorkbenches.PASSPHRASE);
        robot.clickOn("#submitButton");
        waitUntil(() -> robot.lookup("#campaignsButton").tryQuery().isPresent());

        robot.clickOn("#campaignsButton");
        waitUntil(() -> robot.lookup("#newCampaignButton").tryQuery().isPresent());
        robot.clickOn("#newCampaignButton");
        waitUntil(() -> robot.lookup("#campaignDepartmentsArea").tryQuery().isPresent());
        robot.clickOn("#createCampaignButton");
        assertThat(text(robot, "#campaignErrorLabel")).isEqualTo("対象部署を 1 つ以上入力してください。");
        robot.clickOn("#campaignDepartmentsArea").write("総務部 総務課").type(KeyCode.ENTER).write("市民部 市民課");
        robot.clickOn("#contactField").write("情報政策課（内線 2141）");
        robot.clickOn("#createCampaignButton");
        waitUntil(() -> robot.lookup("#campaignList").queryAs(ListView.class).getItems().size() == 1);
        waitUntil(() -> robot.lookup("#statusTable").queryAs(TableView.class).getItems().size() == 2);

        Path exported = Files.createDirectories(folder.resolve("調査票"));
        dialogs.folders.add(exported);
        robot.clickOn("#exportQuestionnairesButton");
        waitUntil(() -> text(robot, "#campaignStatusLabel").startsWith("調査票 2 件を"));
        List<Path> files;
        try (Stream<Path> listed = Files.list(exported)) {
            files = listed.sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("総務部_総務課_SI2026-01.xlsx", "市民部_市民課_SI2026-01.xlsx");

        Path returned = Files.createDirectories(folder.resolve("返送"));
        Path good = Files.copy(exported.resolve("総務部_総務課_SI2026-01.xlsx"), returned.resolve("総務課.xlsx"));
        Path bad = Files.copy(exported.resolve("市民部_市民課_SI2026-01.xlsx"), returned.resolve("市民課.xlsx"));
        List<ChecklistItem> items = SelfInspectionFixture.template().items();
        Map<String, String> answers = new HashMap<>();
        items.forEach(i -> answers.put(i.code(), SelfInspectionAnswer.NOT_DONE.label()));
        AnsweringDepartment.answer(good, "総務 一郎", answers, Map.of());
        answers.put(items.get(0).code(), "はい");
        AnsweringDepartment.answer(bad, "市民 花子", answers, Map.of());

        dialogs.folders.add(returned);
        robot.clickOn("#importFolderButton");
        @SuppressWarnings("unchecked")
        TableView<FileRow> fileTable = robot.lookup("#fileTable").queryAs(TableView.class);
        waitUntil(() -> fileTable.getItems().size() == 2);
        assertThat(text(robot, "#importSummary"))
                .isEqualTo("2 件のファイルを確認しました：取込可 1 件、要確認 0 件、取込不可 1 件。まだ何も保存していません。");
        FileRow refused = fileTable.getItems().get(0);
        assertThat(refused.preview().returned().fileName()).isEqualTo("市民課.xlsx");
        assertThat(refused.stateProperty().get()).isEqualTo("取込不可");
        assertThat(refused.chosenProperty().get()).isFalse();
        assertThat(fileTable.getItems().get(1).stateProperty().get()).isEqualTo("取込可");
        assertThat(fileTable.getItems().get(1).chosenProperty().get()).isTrue();

        robot.clickOn(robot.lookup("#fileTable .table-row-cell").nth(0).queryAs(Node.class));
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#problemList").queryAs(ListView.class);
        waitUntil(() -> !problems.getItems().isEmpty());
        assertThat(problems.getItems()).containsExactly("【取込不可】13 行目：質問 " + items.get(0).code()
                + " の回答「はい」は選択肢（実施している／一部実施している／実施していない／該当しない）にありません。");
        assertThat(text(robot, "#detailHeading")).startsWith("市民課.xlsx：市民部 市民課");
        waitUntil(() -> ((TableView<?>) robot.lookup("#statusTable").queryAs(TableView.class)).getItems().stream()
                .allMatch(s -> !((com.auditworkbench.domain.CampaignDashboard.DepartmentStatus) s).returned()));

        robot.clickOn("#importChosenButton");
        waitUntil(() -> text(robot, "#importSummary").equals("1 件のうち 1 件を取り込みました。"));
        assertThat(fileTable.getItems().get(1).stateProperty().get()).isEqualTo("総務部 総務課 の回答として取り込みました。");
        waitUntil(() -> robot.lookup("#rankingTable").queryAs(TableView.class).getItems().size() == 1);
        robot.clickOn("#rankingTab");
        robot.clickOn("#copyRankingButton");
        assertThat(text(robot, "#campaignStatusLabel")).startsWith("「実施していない」のある部署 1 件の名前をコピーしました。");
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo("総務部 総務課");
        assertThat(dialogs.errors).isEmpty();

        robot.clickOn("#closeButton");
        waitUntil(() -> robot.lookup("#createButton").tryQuery().isPresent());
        try (WorkbenchSession session = TestWorkbenches.service().open(workbench,
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            var campaign = session.selfInspection().resolve("2026");
            assertThat(session.selfInspection().responses(campaign.id())).singleElement()
                    .satisfies(r -> {
                        assertThat(r.department().name()).isEqualTo("総務部 総務課");
                        assertThat(r.respondent()).isEqualTo("総務 一郎");
                    });
            assertThat(session.selfInspection().rankByNotInPlace(campaign.id())).singleElement()
                    .satisfies(r -> assertThat(r.notDone()).isEqualTo(items.size()));
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
