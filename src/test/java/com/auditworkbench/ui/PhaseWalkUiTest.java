package com.auditworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.DocumentRequest;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.OpenItem;
import com.auditworkbench.domain.OpenItemKind;
import com.auditworkbench.domain.Role;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.ui.phase.LeftRow;
import com.auditworkbench.ui.phase.PhaseStepper;
import com.auditworkbench.ui.phase.PhaseView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
 * A small audit walked from 準備 to 報告 by following only the "what is left" links: each link lands on the row to
 * fix, the fix shrinks the list, and the stepper moves the audit on; the move to 報告 is first refused with the list.
 */
@ExtendWith(ApplicationExtension.class)
class PhaseWalkUiTest {

    private static final String PASSPHRASE = "Phase-Walk-2026!";
    private static final String DEPARTMENT = "総務部 総務課";

    @TempDir
    static Path folder;

    private static Path workbench;
    private static String planTitle;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void prepareWorkbench() {
        workbench = folder.resolve("walk.awb");
        try (WorkbenchSession session = TestWorkbenches.service().create(workbench, PASSPHRASE.toCharArray())) {
            session.people().add("監査 太郎", Role.LEAD, null);
            session.people().add("審査 花子", Role.REVIEWER, null);
            planTitle = session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 情報セキュリティ監査計画",
                    "遵守状況を検証する。", List.of(DEPARTMENT), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30),
                    NewPlan.DEFAULT_MARKING, "監査 太郎"), TestTemplates.audit(2)).title();
        }
    }

    @Start
    void start(Stage stage) {
        UiSteps.showMainWindow(stage, folder, dialogs);
    }

    @Test
    void anAuditIsWalkedFromPreparationToReportingByFollowingOnlyTheLinks(FxRobot robot) throws Exception {
        UiSteps.openWorkbench(robot, workbench, PASSPHRASE);
        waitUntil(() -> robot.lookup("#userBox").tryQuery().map(n -> ((ComboBox<?>) n).getItems().size() == 2)
                .orElse(false));
        chooseUser(robot, "監査 太郎");
        waitUntil(() -> kinds(robot).equals(List.of(OpenItemKind.ON_SITE_DAYS_MISSING,
                OpenItemKind.REPORT_DATE_MISSING, OpenItemKind.NO_REQUESTS)));
        assertThat(selectedTab(robot)).isEqualTo("ホーム");
        assertThat(currentPhase(robot)).isEqualTo("phase-preparation");
        // ホーム's row and the strip above it count the same list: this phase's
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<com.auditworkbench.domain.HomeOverview.AuditStatus> audits =
                robot.lookup("#auditTable").queryAs(javafx.scene.control.TableView.class);
        waitUntil(() -> audits.getItems().size() == 1);
        java.util.regex.Matcher summary = java.util.regex.Pattern.compile("この段階の残り (\\d+) 件（うち★は報告に進む前に必須：\\d+ 件）。.*")
                .matcher(robot.lookup("#leftSummary").queryAs(Label.class).getText());
        assertThat(summary.matches()).as(summary.toString()).isTrue();
        int left = Integer.parseInt(summary.group(1));
        assertThat(left).isEqualTo(3).isEqualTo(audits.getItems().get(0).left());
        assertThat(robot.lookup("#auditTable .table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getIndex() == 0
                        && c.getTableColumn() != null && "auditLeftColumn".equals(c.getTableColumn().getId()))
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).toList())
                .containsExactly(Integer.toString(left));

        // 準備: the execution plan and the request list
        clickLink(robot, OpenItemKind.ON_SITE_DAYS_MISSING, DEPARTMENT);
        assertThat(selectedTab(robot)).isEqualTo("実施計画");
        // Dates typed as people type them, whatever the system's locale: ISO here, the era below.
        DatePicker day = robot.lookup("#dayPicker").queryAs(DatePicker.class);
        robot.clickOn(day.getEditor()).eraseText(day.getEditor().getLength()).write("2026-07-14").type(KeyCode.ENTER);
        assertThat(day.getValue()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(day.getEditor().getText()).isEqualTo("2026/07/14");
        robot.clickOn("#addDayButton");
        waitUntil(() -> !kinds(robot).contains(OpenItemKind.ON_SITE_DAYS_MISSING));

        clickLink(robot, OpenItemKind.REPORT_DATE_MISSING, planTitle);
        assertThat(selectedTab(robot)).isEqualTo("実施計画");
        DatePicker reportDate = robot.lookup("#reportDatePicker").queryAs(DatePicker.class);
        robot.clickOn(reportDate.getEditor()).eraseText(reportDate.getEditor().getLength()).write("R8.10.15")
                .type(KeyCode.ENTER);
        assertThat(reportDate.getValue()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(reportDate.getEditor().getText()).isEqualTo("2026/10/15");
        robot.clickOn("#saveAuditPlanButton");
        waitUntil(() -> kinds(robot).equals(List.of(OpenItemKind.NO_REQUESTS)));

        clickLink(robot, OpenItemKind.NO_REQUESTS, DEPARTMENT);
        assertThat(selectedTab(robot)).isEqualTo("予備調査の依頼資料");
        robot.clickOn("#priorityOnlyCheck");
        robot.clickOn("#seedButton");
        waitUntil(() -> kinds(robot).isEmpty());
        assertThat(robot.lookup("#leftSummary").queryAs(Label.class).getText()).isEqualTo("この段階で残っている作業はありません。");
        robot.clickOn("#phase-preliminary");

        // 予備調査: every requested document comes in
        waitUntil(() -> kinds(robot).equals(List.of(OpenItemKind.REQUEST_NOT_RECEIVED,
                OpenItemKind.REQUEST_NOT_RECEIVED)));
        assertThat(currentPhase(robot)).isEqualTo("phase-preliminary");
        for (String request : List.of("R-001 記録1（総務部 総務課）", "R-002 記録2（総務部 総務課）")) {
            int before = kinds(robot).size();
            clickLink(robot, OpenItemKind.REQUEST_NOT_RECEIVED, request);
            assertThat(selectedTab(robot)).isEqualTo("予備調査の依頼資料");
            waitUntil(() -> selected(robot, "#requestTable", DocumentRequest::reference)
                    .equals(request.substring(0, 5)));
            robot.clickOn("#receivedButton");
            waitUntil(() -> kinds(robot).size() == before - 1);
        }
        robot.clickOn("#phase-fieldwork");

        // 本調査: a result on every item, a finding on the non-conformity
        waitUntil(() -> kinds(robot).equals(List.of(OpenItemKind.ITEM_WITHOUT_RESULT,
                OpenItemKind.ITEM_WITHOUT_RESULT)));
        clickLink(robot, OpenItemKind.ITEM_WITHOUT_RESULT, "TST-HUM-001 " + DEPARTMENT);
        assertThat(selectedTab(robot)).isEqualTo("チェックリスト");
        waitUntil(() -> selected(robot, "#checklistTable", (ChecklistRow r) -> r.item().code()).equals("TST-HUM-001"));
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> kinds(robot).equals(List.of(OpenItemKind.ITEM_WITHOUT_RESULT)));

        clickLink(robot, OpenItemKind.ITEM_WITHOUT_RESULT, "TST-PHY-002 " + DEPARTMENT);
        waitUntil(() -> selected(robot, "#checklistTable", (ChecklistRow r) -> r.item().code()).equals("TST-PHY-002"));
        robot.type(KeyCode.DIGIT3);
        robot.clickOn("#notesArea").write("入退室記録が3か月分なかった。");
        waitUntil(() -> kinds(robot).equals(List.of(OpenItemKind.NONCONFORMITY_WITHOUT_FINDING)));

        clickLink(robot, OpenItemKind.NONCONFORMITY_WITHOUT_FINDING, "TST-PHY-002 " + DEPARTMENT);
        waitUntil(() -> selected(robot, "#checklistTable", (ChecklistRow r) -> r.item().code()).equals("TST-PHY-002"));
        robot.clickOn("#raiseFindingButton");
        waitUntil(() -> robot.lookup("#raiseFindingConfirm").tryQuery().isPresent());
        robot.clickOn("#raiseFindingConfirm");
        waitUntil(() -> kinds(robot).isEmpty());
        robot.clickOn("#phase-evaluation");

        // 評価: the move to 報告 is refused with the list of what is essential
        waitUntil(() -> currentPhase(robot).equals("phase-evaluation") && kinds(robot).contains(
                OpenItemKind.FINDING_INCOMPLETE));
        robot.clickOn("#phase-reporting");
        waitUntil(() -> robot.lookup("#refusalBox").queryAs(Node.class).isVisible());
        String refusal = robot.lookup("#refusalLabel").queryAs(Label.class).getText();
        assertThat(refusal.split("\n")).containsExactly(
                "未了の必須事項が 7 件あるため、報告に進めません。",
                "・5つのC（事実・根拠・原因・影響・改善提案）が未記入の指摘：F-001 テスト項目2",
                "・レビュー承認されていない指摘：F-001 テスト項目2",
                "・第12条の見直し入力が空欄：(1) 社会環境の変化及び市民からの要請",
                "・第12条の見直し入力が空欄：(2) 情報セキュリティ対策技術の変化",
                "・第12条の見直し入力が空欄：(3) 市・国・他の地方公共団体の情報セキュリティ事故情報",
                "・第12条の見直し入力が空欄：(4) 市内部の環境の変化",
                "・第12条の見直し入力が空欄：(5) 関連法令及び条例等の改正");
        assertThat(currentPhase(robot)).isEqualTo("phase-evaluation");

        clickLink(robot, OpenItemKind.FINDING_INCOMPLETE, "F-001 テスト項目2");
        assertThat(selectedTab(robot)).isEqualTo("指摘事項");
        waitUntil(() -> selected(robot, "#findingsTable", Finding::reference).equals("F-001"));
        robot.clickOn("#findingCause").write("記録の担当者が決まっていない。");
        robot.clickOn("#findingEffect").write("不正な入室を発見できない。");
        robot.clickOn("#findingRecommendation").write("担当者を定め、月次で確認すること。");
        robot.clickOn("#findingSaveButton");
        waitUntil(() -> !kinds(robot).contains(OpenItemKind.FINDING_INCOMPLETE));

        for (int input = 1; input <= 5; input++) {
            int n = input;
            clickLink(robot, OpenItemKind.REVIEW_INPUT_EMPTY, "(" + n + ")");
            assertThat(selectedTab(robot)).isEqualTo("見直し検討（第12条）");
            waitUntil(() -> robot.lookup("#reviewObservation" + n).queryAs(Node.class).isFocused());
            robot.write("特になし。");
            robot.clickOn("#refreshLeftButton");
            waitUntil(() -> kinds(robot).stream().filter(k -> k == OpenItemKind.REVIEW_INPUT_EMPTY).count() == 5 - n);
        }

        clickLink(robot, OpenItemKind.FINDING_NOT_REVIEWED, "F-001 テスト項目2");
        assertThat(selectedTab(robot)).isEqualTo("指摘事項");
        waitUntil(() -> selected(robot, "#findingsTable", Finding::reference).equals("F-001"));
        robot.clickOn("#findingSignPreparer");
        waitUntil(() -> robot.lookup("#findingSignOffLabel").queryAs(Label.class).getText()
                .equals("作成者承認済（監査 太郎）"));
        chooseUser(robot, "審査 花子");
        robot.clickOn("#findingSignReviewer");
        waitUntil(() -> !kinds(robot).contains(OpenItemKind.FINDING_NOT_REVIEWED));

        assertThat(kinds(robot)).as("only the items' own sign-off is left, which does not block the report")
                .containsOnly(OpenItemKind.ITEM_NOT_REVIEWED);
        robot.clickOn("#phase-reporting");
        waitUntil(() -> currentPhase(robot).equals("phase-reporting"));
        assertThat(robot.lookup("#refusalBox").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup(".status-bar #statusLabel").queryAs(Label.class).getText())
                .isEqualTo("監査を「報告」の段階に進めました。");
    }

    @SuppressWarnings("unchecked")
    private static List<OpenItemKind> kinds(FxRobot robot) {
        return robot.lookup("#leftList").tryQuery().map(n -> ((ListView<LeftRow>) n).getItems().stream()
                .filter(r -> !r.isHeading()).map(LeftRow::kind).toList()).orElse(List.of());
    }

    /** Scrolls the list to the entry, then clicks its link, as the user would. */
    @SuppressWarnings("unchecked")
    private static void clickLink(FxRobot robot, OpenItemKind kind, String subjectStart) throws Exception {
        ListView<LeftRow> list = robot.lookup("#leftList").queryAs(ListView.class);
        int index = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            OpenItem item = list.getItems().get(i).item();
            if (item != null && item.kind() == kind && item.subject().startsWith(subjectStart)) {
                index = i;
                break;
            }
        }
        assertThat(index).as("link " + kind + " " + subjectStart).isNotNegative();
        int target = index;
        LeftRow row = list.getItems().get(target);
        robot.interact(() -> list.scrollTo(Math.max(0, target - 1)));
        waitUntil(() -> robot.lookup("." + PhaseView.LINK).match(n -> Objects.equals(((Hyperlink) n).getParent()
                == null ? null : cellRow(n), row)).tryQuery().isPresent());
        for (int attempt = 1; ; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node link = robot.lookup("." + PhaseView.LINK).match(n -> n.getScene() != null
                    && Objects.equals(cellRow(n), row)).queryAs(Node.class);
            try {
                robot.clickOn(link);
                break;
            } catch (RuntimeException listRedrawnMeanwhile) {
                if (attempt == 3) {
                    throw listRedrawnMeanwhile;
                }
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static LeftRow cellRow(Node link) {
        Node node = link;
        while (node != null && !(node instanceof javafx.scene.control.ListCell<?>)) {
            node = node.getParent();
        }
        return node == null ? null : (LeftRow) ((javafx.scene.control.ListCell<?>) node).getItem();
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup("#planTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }

    private static String currentPhase(FxRobot robot) {
        return robot.lookup("." + PhaseStepper.CURRENT).tryQuery().map(Node::getId).orElse("");
    }

    @SuppressWarnings("unchecked")
    private static <T> String selected(FxRobot robot, String table, java.util.function.Function<T, String> key) {
        T item = ((TableView<T>) robot.lookup(table).queryAs(TableView.class)).getSelectionModel().getSelectedItem();
        return item == null ? "" : key.apply(item);
    }

    private static void chooseUser(FxRobot robot, String name) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<Auditor> box = robot.lookup("#userBox").queryAs(ComboBox.class);
        robot.clickOn(box);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> ((javafx.scene.control.ListCell<?>) n)
                .getText() != null && ((javafx.scene.control.ListCell<?>) n).getText().startsWith(name))
                .queryAs(Node.class));
        waitUntil(() -> robot.lookup(".status-bar #statusLabel").queryAs(Label.class).getText()
                .contains(name + " さんとして作業しています"));
    }

    /** Leaves a picture of the window in the temporary folder, to see why a step timed out. */
    private static void screenshot(javafx.scene.image.Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            javax.imageio.ImageIO.write(out, "png", Path.of(System.getProperty("java.io.tmpdir"),
                    "phase-walk-timeout.png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits for the condition; on timeout, says what the status bar and the list showed. */
    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            FxRobot robot = new FxRobot();
            robot.listWindows().stream().findFirst().ifPresent(w -> screenshot(robot.capture(w.getScene().getRoot())
                    .getImage()));
            String status = robot.lookup(".status-bar #statusLabel").tryQuery().map(n -> ((Label) n).getText()).orElse("-");
            throw new AssertionError("timed out; status: " + status + "; left: " + kinds(robot), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
