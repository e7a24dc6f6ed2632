package com.auditworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Interview;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Role;
import com.auditworkbench.domain.SearchHit;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.checklist.ChecklistViewModel;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
 * Fieldwork as the lead does it at the department's desk: results from the keyboard (a digit, then the down
 * arrow), the view narrowed by result, text and auditee, progress per auditee, an interview written down, and a
 * full-text search that leads back to it.
 */
@ExtendWith(ApplicationExtension.class)
class FieldworkUiTest {

    private static final String PASSPHRASE = "Fieldwork-Desk-2026!";
    private static final int ITEMS = 12;

    @TempDir
    static Path folder;

    private static Path workbench;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void prepareWorkbench() {
        // Every plan here shows its first auditee's rows first, then all rows, as the large plan does: the steps
        // below run on the view that two-step load leaves.
        System.setProperty(ChecklistViewModel.FIRST_AUDITEE_FIRST_ABOVE, "0");
        workbench = folder.resolve("fieldwork.awb");
        try (WorkbenchSession session = TestWorkbenches.service().create(workbench, PASSPHRASE.toCharArray())) {
            session.people().add("監査 花子", Role.LEAD, null);
            Plan plan = session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 情報セキュリティ監査計画",
                    "目的", List.of("総務部 総務課", "市民部 市民課"), null, null, NewPlan.DEFAULT_MARKING, "監査 花子"),
                    TestTemplates.audit(ITEMS));
            Department contractor = session.auditees().addContractor("株式会社サンプル運用",
                    plan.departments().get(0).id(), "文書管理システムの運用");
            session.auditees().addToPlan(plan.id(), contractor.id());
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void defaultLoad() {
        System.clearProperty(ChecklistViewModel.FIRST_AUDITEE_FIRST_ABOVE);
    }

    @Start
    void start(Stage stage) {
        UiSteps.showMainWindow(stage, folder, dialogs);
    }

    @Test
    void resultsFromTheKeyboardFiltersProgressInterviewAndSearch(FxRobot robot) throws Exception {
        UiSteps.openWorkbench(robot, workbench, PASSPHRASE);
        waitUntil(() -> robot.lookup("#checklistTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<ChecklistRow> table = robot.lookup("#checklistTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 3 * ITEMS);
        assertThat(text(robot, "#checklistShown")).isEqualTo("36 / 36");
        assertThat(text(robot, "#progressLabel")).isEqualTo("0 / 36");

        TabPane tabs = robot.lookup("#planTabs").queryAs(TabPane.class);
        UiSteps.openTab(robot, "checklistTab");
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getId().equals("checklistTab"));
        robot.clickOn(robot.lookup("#checklistTable .table-row-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.DIGIT1).type(KeyCode.DOWN).type(KeyCode.DIGIT3).type(KeyCode.DOWN).type(KeyCode.DIGIT4);
        waitUntil(() -> table.getItems().get(2).result() == Result.NOT_APPLICABLE);
        assertThat(table.getItems().subList(0, 4)).extracting(ChecklistRow::result).containsExactly(
                Result.CONFORMING, Result.NONCONFORMING, Result.NOT_APPLICABLE, Result.NOT_PERFORMED);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        waitForText(robot, "#progressLabel", "3 / 36");
        robot.clickOn("#notesArea").write("文書庫の鍵の貸出記録がない。");

        chooseIn(robot, "#checklistResult", "不適合");
        waitForText(robot, "#checklistShown", "1 / 36");
        assertThat(table.getItems()).singleElement().satisfies(r -> assertThat(r.item().code())
                .isEqualTo("TST-PHY-002"));
        robot.clickOn("#checklistClearFilters");
        waitForText(robot, "#checklistShown", "36 / 36");

        robot.clickOn("#checklistText").write("tst-tec").type(KeyCode.ENTER);
        waitForText(robot, "#checklistShown", "6 / 36");
        assertThat(table.getItems()).allMatch(r -> r.item().code().startsWith("TST-TEC"));
        chooseIn(robot, "#checklistAuditee", "株式会社サンプル運用（受託者）");
        waitForText(robot, "#checklistShown", "2 / 36");
        assertThat(table.getItems()).allMatch(r -> r.department().isContractor() && r.item().code().startsWith("TST-TEC"));
        robot.clickOn("#checklistClearFilters");
        waitForText(robot, "#checklistShown", "36 / 36");
        robot.clickOn("#checklistText").write("鍵の貸出").type(KeyCode.ENTER);
        waitForText(robot, "#checklistShown", "1 / 36");
        robot.clickOn("#checklistClearFilters");

        robot.clickOn("進捗（監査対象別・分野別）");
        @SuppressWarnings("unchecked")
        ListView<Object> byAuditee = robot.lookup("#auditeeProgressList").queryAs(ListView.class);
        waitUntil(() -> byAuditee.getItems().size() == 3);
        assertThat(byAuditee.getItems().get(0).toString()).contains("総務部 総務課", "done=3", "total=12");
        assertThat(byAuditee.getItems().get(2).toString()).contains("株式会社サンプル運用", "done=0", "total=12");

        UiSteps.openTab(robot, "interviewsTab");
        robot.clickOn("#intervieweeField").write("山田 一郎");
        robot.clickOn("#roleField").write("文書管理担当係長");
        robot.clickOn("#summaryArea").write("鍵の貸出は口頭で行っており、記録簿はない。");
        robot.clickOn("#saveInterviewButton");
        @SuppressWarnings("unchecked")
        TableView<Interview> interviews = robot.lookup("#interviewTable").queryAs(TableView.class);
        waitUntil(() -> interviews.getItems().size() == 1);
        assertThat(interviews.getItems().get(0).interviewee()).isEqualTo("山田 一郎");
        assertThat(interviews.getItems().get(0).department().name()).isEqualTo("総務部 総務課");

        UiSteps.openTab(robot, "checklistTab");
        robot.clickOn("#searchField").write("記録簿").type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        TableView<SearchHit> hits = robot.lookup("#searchHits").queryAs(TableView.class);
        waitUntil(() -> hits.getItems().size() == 1);
        assertThat(hits.getItems().get(0).kind()).isEqualTo(SearchHit.Kind.INTERVIEW);
        robot.doubleClickOn(firstHit(robot));
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getId().equals("interviewsTab"));
        waitUntil(() -> interviews.getSelectionModel().getSelectedItem() != null);

        UiSteps.openTab(robot, "searchTab");
        robot.clickOn("#searchQueryField").push(KeyCode.SHORTCUT, KeyCode.A).write("貸出記録").type(KeyCode.ENTER);
        waitUntil(() -> hits.getItems().size() == 1 && hits.getItems().get(0).kind() == SearchHit.Kind.RESULT);
        robot.doubleClickOn(firstHit(robot));
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getId().equals("checklistTab"));
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().item().code().equals("TST-TEC-003"));
    }

    /** The row of the first hit: a shown, filled row (the table keeps spare row cells too). */
    private static Node firstHit(FxRobot robot) {
        return robot.lookup("#searchHits .table-row-cell").match(n -> n.isVisible()
                && !((javafx.scene.control.TableRow<?>) n).isEmpty()
                && ((javafx.scene.control.TableRow<?>) n).getIndex() == 0).queryAs(Node.class);
    }

    private static void chooseIn(FxRobot robot, String combo, String label) throws Exception {
        robot.clickOn(combo);
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").match(n -> label.equals(((ListCell<?>) n)
                .getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> label.equals(((ListCell<?>) n).getText()))
                .queryAs(Node.class));
    }

    /** Waits for a label to read the text; a timeout says what it read instead. */
    private static void waitForText(FxRobot robot, String query, String expected) throws Exception {
        try {
            waitUntil(() -> text(robot, query).equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(text(robot, query)).as(query).isEqualTo(expected);
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
