package com.auditworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.RegisterImportPreview;
import com.auditworkbench.service.RiskServiceFixture;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.ui.common.TaskRunner;
import com.auditworkbench.ui.register.RegisterDialogs;
import com.auditworkbench.ui.register.RegisterWindow;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lead imports a Shift_JIS register: a bad file shows its rows' problems and imports nothing; a good one goes in. */
@ExtendWith(ApplicationExtension.class)
class RegisterUiTest {

    static final Charset SJIS = Charset.forName("Windows-31J");

    @TempDir
    static Path folder;

    /** Scripted dialogs that also answer the register file chooser. */
    static final class Dialogs extends ScriptedDialogs implements RegisterDialogs {
        final Deque<Path> registers = new ArrayDeque<>();

        @Override
        public Optional<Path> chooseRegisterFile(String title) {
            return Optional.ofNullable(registers.poll());
        }
    }

    private final Dialogs dialogs = new Dialogs();
    private final Messages messages = new Messages(Language.JAPANESE);
    private WorkbenchSession session;

    @Start
    void start(Stage stage) {
        session = TestWorkbenches.service().create(folder.resolve("register-" + java.util.UUID.randomUUID() + ".awb"),
                TestWorkbenches.PASSPHRASE.toCharArray());
        RiskServiceFixture.populate(session);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 320, 200));
        stage.show();
        RegisterWindow.open(stage, session, new TaskRunner(messages), dialogs, messages,
                LocalDate.now(TestWorkbenches.CLOCK));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aBadRegisterShowsItsRowsAndImportsNothingAndAGoodOneIsImported(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<InformationAsset> assets = robot.lookup("#assetTable").queryAs(TableView.class);
        waitUntil(() -> assets.getItems().size() == 3);

        Path bad = folder.resolve("台帳_誤り.csv");
        Files.write(bad, ("システム名,所管課,ネットワーク,機密性,完全性,可用性\r\n"
                + "LGWAN メール,政策経営部 情報政策課,LGWAN接続系,2,2,2\r\n"
                + "新システム,総務部 総務課,LGWAN接続系,4,2,2\r\n").getBytes(SJIS));
        dialogs.registers.add(bad);
        robot.clickOn("#importButton");
        waitUntil(() -> robot.lookup("#problemList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#problemList").queryAs(ListView.class);
        waitUntil(() -> problems.getItems().size() == 2);
        assertThat(problems.getItems()).containsExactly(
                "2行目：部署「政策経営部 情報政策課」はワークベンチに登録されていません（「新しい部署を作成する」を選ぶと作成して取り込みます）。",
                "3行目：機密性「4」は分類基準の区分（3A/3B/3C/2/1）にありません。");
        @SuppressWarnings("unchecked")
        TableView<RegisterImportPreview.PreviewRow> preview = robot.lookup("#previewTable").queryAs(TableView.class);
        assertThat(preview.getItems()).extracting(RegisterImportPreview.PreviewRow::action).containsExactly(
                RegisterImportPreview.Action.REFUSED, RegisterImportPreview.Action.REFUSED);
        assertThat(robot.lookup("#confirmImportButton").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#createDepartmentsBox");
        waitUntil(() -> problems.getItems().size() == 1);
        assertThat(problems.getItems()).containsExactly("3行目：機密性「4」は分類基準の区分（3A/3B/3C/2/1）にありません。");
        assertThat(robot.lookup("#confirmImportButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#cancelImportButton");
        assertThat(session.assets().all()).hasSize(3);

        Path good = folder.resolve("台帳.csv");
        Files.write(good, ("システム名,所管課,ネットワーク,機密性,完全性,可用性,備考\r\n"
                + "LGWAN メール,総務部 総務課,LGWAN接続系,2,2,2,\r\n"
                + "文書管理システム,総務部 総務課,LGWAN接続系,3C,2,1,分類を見直し\r\n").getBytes(SJIS));
        dialogs.registers.add(good);
        robot.clickOn("#importButton");
        waitUntil(() -> robot.lookup("#summaryLabel").tryQuery().map(n -> ((Label) n).getText()
                .startsWith("取り込めます")).orElse(false));
        assertThat(robot.lookup("#summaryLabel").queryAs(Label.class).getText())
                .isEqualTo("取り込めます：追加 1 件、更新 1 件、変更なし 0 件、新しい部署 0 件。");
        robot.clickOn("#confirmImportButton");
        waitUntil(() -> assets.getItems().size() == 4);
        waitUntil(() -> robot.lookup("#registerStatusLabel").queryAs(Label.class).getText().startsWith("取り込みました"));
        assertThat(robot.lookup("#registerStatusLabel").queryAs(Label.class).getText())
                .isEqualTo("取り込みました：追加 1 件、更新 1 件、変更なし 0 件、作成した部署 0 件。");
        List<InformationAsset> stored = session.assets().all();
        assertThat(stored).filteredOn(a -> a.name().equals("文書管理システム")).singleElement()
                .satisfies(a -> assertThat(a.classification().confidentiality()).isEqualTo("3C"));
        assertThat(dialogs.errors).isEmpty();
    }

    private static final String TAB_INCIDENTS = "インシデント";

    @Test
    void deletingAnAssetOrAnIncidentAsksFirstAndANoChangesNothing(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<InformationAsset> assets = robot.lookup("#assetTable").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        TableView<com.auditworkbench.domain.Incident> incidents = robot.lookup("#incidentTable")
                .queryAs(TableView.class);
        waitUntil(() -> assets.getItems().size() == 3 && incidents.getItems().size() == 2);

        robot.clickOn("税務システム");
        robot.clickOn("#deleteAssetButton"); // the dialog is closed without a choice
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.asked).containsExactly(
                "「税務システム」を台帳から削除しますか？ 変更前の内容は操作履歴に残ります。");
        assertThat(assets.getItems()).hasSize(3);
        assertThat(session.assets().all()).extracting(InformationAsset::name).contains("税務システム");

        dialogs.confirmations.add(true);
        robot.clickOn("#deleteAssetButton");
        waitUntil(() -> assets.getItems().size() == 2);
        assertThat(robot.lookup("#registerStatusLabel").queryAs(Label.class).getText())
                .isEqualTo("「税務システム」を台帳から削除しました（変更前の内容は操作履歴に残っています）。");
        assertThat(session.assets().all()).extracting(InformationAsset::name).doesNotContain("税務システム")
                .hasSize(2);

        robot.clickOn(TAB_INCIDENTS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#incidentTable .table-row-cell").match(
                (javafx.scene.control.TableRow<com.auditworkbench.domain.Incident> row) -> row.getItem() != null
                        && row.getItem().title().equals("古い事案")).queryAs(javafx.scene.Node.class));
        assertThat(incidents.getSelectionModel().getSelectedItem().title()).isEqualTo("古い事案");
        robot.clickOn("#deleteIncidentButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.asked).hasSize(3).last().asString()
                .startsWith("インシデント「古い事案」（").endsWith("）を削除しますか？ 内容は操作履歴に残ります。");
        assertThat(incidents.getItems()).hasSize(2);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
