package com.auditworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Evidence;
import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.EvidenceTarget;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Role;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestPdfs;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Evidence as an auditor adds it: a screenshot picked with the file chooser in a finding's evidence pane, its
 * details entered, then found in the plan's evidence index and previewed there; a text log previewed as text.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceUiTest {

    private static final String PASSPHRASE = "Evidence-Flow-2026!";
    private static final String LOG_TEXT = "2026-06-12 09:14:03 login failed user=tanaka\n2026-06-12 09:14:09 locked";

    @TempDir
    static Path folder;

    private static Path workbench;
    private static Path screenshot;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void prepareWorkbench() throws Exception {
        workbench = folder.resolve("evidence-ui.awb");
        try (WorkbenchSession session = TestWorkbenches.service().create(workbench, PASSPHRASE.toCharArray())) {
            Auditor auditor = session.people().add("監査 花子", Role.AUDITOR, null);
            session.people().add("審査 一郎", Role.REVIEWER, null);
            session.people().actAs(auditor);
            Plan plan = session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 情報セキュリティ監査計画",
                    "目的", List.of("総務部 総務課"), null, null, NewPlan.DEFAULT_MARKING, "監査 花子"),
                    TestTemplates.audit(4));
            ChecklistRow row = session.fieldwork().record(session.fieldwork().rows(plan.id()).get(0),
                    Result.NONCONFORMING, "ロックアウト設定がない");
            Finding finding = session.findings().raise(new NewFinding(plan.id(), row.department().id(),
                    row.item().code(), "ロックアウト未設定", "ロックアウト設定がない", "基準", "設定する", Severity.MINOR));
            session.evidence().intakeBytes(plan.id(), "認証ログ抜粋.log", LOG_TEXT.getBytes(StandardCharsets.UTF_8),
                    new EvidenceDetails("人事給与システム", LocalDate.of(2026, 6, 12), "認証失敗の記録", "機密性2"),
                    List.of(EvidenceTarget.finding(finding.id())));
            session.evidence().intakeBytes(plan.id(), "アクセス権限一覧.pdf", TestPdfs.withRedBox(2),
                    new EvidenceDetails("総務課", LocalDate.of(2026, 6, 12), "権限一覧の写し", "機密性2"),
                    List.of(EvidenceTarget.finding(finding.id())));
        }
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.RED);
        g.fillRect(8, 8, 20, 10);
        g.dispose();
        screenshot = folder.resolve("ロック設定画面.png");
        ImageIO.write(image, "png", screenshot.toFile());
    }

    @Start
    void start(Stage stage) {
        UiSteps.showMainWindow(stage, folder, dialogs);
    }

    @Test
    void aScreenshotAddedThroughTheChooserAppearsInTheIndexAndPreviewsAsAnImage(FxRobot robot) throws Exception {
        UiSteps.openWorkbench(robot, workbench, PASSPHRASE);
        waitUntil(() -> robot.lookup("#checklistTable").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#userBox").queryAs(ComboBox.class).getItems().size() == 2);
        chooseUser(robot, "監査 花子");

        UiSteps.openTab(robot, "findingsTab");
        waitUntil(() -> robot.lookup("#findingsTable").queryAs(TableView.class).getItems().size() == 1);
        TableView<?> findings = robot.lookup("#findingsTable").queryAs(TableView.class);
        robot.interact(() -> findings.getSelectionModel().select(0));
        robot.clickOn("#findingEvidenceTab");
        @SuppressWarnings("unchecked")
        ListView<Evidence> paneList = robot.lookup("#evidencePaneList").queryAs(ListView.class);
        try {
            waitUntil(() -> paneList.getItems().size() == 2);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("pane list " + paneList.getItems() + " errors " + dialogs.errors + " visible "
                    + paneList.isVisible() + " scene " + (paneList.getScene() != null) + " findings "
                    + robot.lookup("#findingsTable").queryAs(TableView.class).getSelectionModel().getSelectedItem(), e);
        }

        dialogs.answers.add(screenshot);
        javafx.scene.control.Button add = robot.lookup("#evidenceAddButton").queryAs(javafx.scene.control.Button.class);
        assertThat(add.isDisabled()).as("add files is enabled for the selected finding").isFalse();
        javafx.application.Platform.runLater(add::fire);
        waitUntil(() -> robot.lookup("#evidenceObtainedFrom").tryQuery().isPresent());
        robot.clickOn("#evidenceObtainedFrom").write("総務課 係長 佐藤");
        robot.clickOn("#evidenceIntakeConfirm");
        waitUntil(() -> paneList.getItems().size() == 3);
        assertThat(paneList.getItems()).extracting(Evidence::fileName).contains("ロック設定画面.png");

        robot.clickOn("#evidenceTab");
        @SuppressWarnings("unchecked")
        TableView<Evidence> table = robot.lookup("#evidenceTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 3);
        Evidence png = table.getItems().stream().filter(e -> e.fileName().equals("ロック設定画面.png")).findFirst()
                .orElseThrow();
        assertThat(png.obtainedFrom()).isEqualTo("総務課 係長 佐藤");
        assertThat(png.collectedBy()).isEqualTo("監査 花子");
        assertThat(png.mediaType()).isEqualTo("image/png");
        robot.interact(() -> table.getSelectionModel().select(png));
        ImageView preview = robot.lookup("#evidenceImage").queryAs(ImageView.class);
        waitUntil(() -> preview.getImage() != null);
        assertThat(preview.getImage().getWidth()).isEqualTo(64);
        assertThat(preview.getImage().getHeight()).isEqualTo(48);
        assertThat(preview.getImage().getPixelReader().getArgb(10, 10)).isEqualTo(0xFFFF0000);
        assertThat(robot.lookup("#evidenceDetails").queryAs(TextArea.class).getText()).contains(png.sha256())
                .contains("指摘事項 F-001");

        Evidence log = table.getItems().stream().filter(e -> e.fileName().equals("認証ログ抜粋.log")).findFirst()
                .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(log));
        TextArea text = robot.lookup("#evidenceText").queryAs(TextArea.class);
        waitUntil(() -> text.getText().equals(LOG_TEXT));
        assertThat(preview.getImage()).isNull();

        Evidence pdf = table.getItems().stream().filter(e -> e.fileName().equals("アクセス権限一覧.pdf")).findFirst()
                .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(pdf));
        waitUntil(() -> preview.getImage() != null);
        // Both A4 pages drawn 1,000 pixels wide, one under the other; the red box where page one has it.
        assertThat(preview.getImage().getWidth()).isEqualTo(1000);
        assertThat(preview.getImage().getHeight()).isGreaterThan(2 * 1400);
        double scale = 1000 / 595.0;
        assertThat(preview.getImage().getPixelReader().getArgb((int) (200 * scale), (int) ((842 - 650) * scale)))
                .isEqualTo(0xFFFF0000);
        assertThat(robot.lookup("#evidenceDetails").queryAs(TextArea.class).getText())
                .contains("PDF 2 ページ（先頭 2 ページを表示）");

        robot.clickOn("#evidenceTextFilter").write("ロック");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(dialogs.errors).isEmpty();

    }

    private static void chooseUser(FxRobot robot, String name) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<Auditor> box = robot.lookup("#userBox").queryAs(ComboBox.class);
        Auditor person = box.getItems().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> box.setValue(person));
        waitUntil(() -> person.equals(box.getValue()));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
