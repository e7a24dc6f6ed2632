package com.auditworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.ScopeDecision;
import com.auditworkbench.service.RiskServiceFixture;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.ui.common.TaskRunner;
import com.auditworkbench.ui.risk.RiskViewModel;
import com.auditworkbench.ui.risk.RiskWindow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lead opens the risk view, changes a weight and sees the order change, then overrides the scope with reasons. */
@ExtendWith(ApplicationExtension.class)
class RiskViewUiTest {

    @TempDir
    static Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Messages messages = new Messages(Language.JAPANESE);
    private WorkbenchSession session;

    @Start
    void start(Stage stage) {
        session = TestWorkbenches.service().create(folder.resolve("risk.awb"), TestWorkbenches.PASSPHRASE.toCharArray());
        RiskServiceFixture.populate(session);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 320, 200));
        stage.show();
        RiskWindow.open(stage, session, new TaskRunner(messages), dialogs, messages,
                LocalDate.now(TestWorkbenches.CLOCK));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void leadChangesAWeightSeesTheOrderChangeAndOverridesTheScopeWithReasons(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<RiskViewModel.Row> scores = robot.lookup("#scoreTable").queryAs(TableView.class);
        waitUntil(() -> scores.getItems().size() == 3);
        assertThat(names(scores)).containsExactly(RiskServiceFixture.CITIZENS, RiskServiceFixture.TAX,
                RiskServiceFixture.GENERAL);
        assertThat(scores.getItems()).extracting(r -> r.score().scoreText()).containsExactly("45.0", "35.0", "16.3");
        assertThat(scores.getItems().get(1).reasons())
                .isEqualTo("機密性3Aの情報を扱う（税務システム：完全性2・可用性2）、マイナンバー利用事務系の資産を扱う、監査の記録なし");
        assertThat(text(robot, "#decisionLabel")).isEqualTo("令和9年度の監査対象はまだ決定されていません。");

        robot.clickOn("前回監査からの年数");
        TextField weight = robot.lookup("#weightField").queryAs(TextField.class);
        assertThat(weight.getText()).isEqualTo("3");
        robot.doubleClickOn(weight).eraseText(3).write("12");
        robot.clickOn("#applyWeightButton");
        waitUntil(() -> scores.getItems().size() == 3 && scores.getItems().get(0).score().score() == 80.0);
        assertThat(names(scores)).containsExactly(RiskServiceFixture.TAX, RiskServiceFixture.CITIZENS,
                RiskServiceFixture.GENERAL);
        assertThat(scores.getItems()).extracting(r -> r.score().scoreText()).containsExactly("80.0", "54.0", "43.3");
        assertThat(text(robot, "#riskStatusLabel"))
                .isEqualTo("「前回監査からの年数」の重みを 12 にしました（操作履歴に記録しました）。");
        assertThat(scores.getItems()).extracting(r -> r.proposedProperty().get()).containsExactly(true, true, true);
        ActivityEvent weightChange = session.activity().forEntity("risk-weight", "yearsSinceAudit").get(0);
        assertThat(weightChange.after()).isEqualTo("{\"weight\":12.0}");

        robot.doubleClickOn("#ruleValueField").eraseText(2).write("2");
        robot.clickOn("#proposeButton");
        waitUntil(() -> !scores.getItems().get(2).proposedProperty().get());
        assertThat(scores.getItems()).extracting(r -> r.proposedProperty().get()).containsExactly(true, true, false);

        dialogs.texts.add("組織改正で所管が変わったため");
        robot.clickOn(inScopeBox(robot, 2));
        dialogs.texts.add("今年度は国の監査で確認済み");
        robot.clickOn(inScopeBox(robot, 1));
        waitUntil(() -> scores.getItems().get(1).overridden() && scores.getItems().get(2).overridden());
        assertThat(scores.getItems()).extracting(r -> r.includedProperty().get()).containsExactly(true, false, true);
        assertThat(scores.getItems()).extracting(r -> r.overrideReasonProperty().get())
                .containsExactly("", "今年度は国の監査で確認済み", "組織改正で所管が変わったため");

        robot.clickOn("#acceptButton");
        waitUntil(() -> text(robot, "#riskStatusLabel").startsWith("令和9年度の監査対象を決定しました"));
        assertThat(text(robot, "#riskStatusLabel")).isEqualTo("令和9年度の監査対象を決定しました：2 部署（提案からの変更 2 件）。");
        assertThat(dialogs.errors).isEmpty();

        ScopeDecision decision = session.risk().decision(new FiscalYear(2027)).orElseThrow();
        assertThat(decision.included()).extracting(e -> e.department().name())
                .containsExactly(RiskServiceFixture.TAX, RiskServiceFixture.GENERAL);
        assertThat(decision.overrides()).extracting(ScopeDecision.Entry::overrideReason)
                .containsExactly("今年度は国の監査で確認済み", "組織改正で所管が変わったため");
        List<ActivityEvent> removed = session.activity().forEntity("scope",
                "2027/" + decision.entries().get(1).department().code());
        assertThat(removed).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("scope-remove");
            assertThat(e.summary()).isEqualTo(RiskServiceFixture.CITIZENS + "：今年度は国の監査で確認済み");
        });
    }

    /** The "in scope" check box on the table row showing the given item. */
    private static Node inScopeBox(FxRobot robot, int index) {
        Node row = robot.lookup("#scoreTable .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == index && r.getItem() != null)
                .queryAs(Node.class);
        return robot.from(row).lookup(".check-box").queryAs(Node.class);
    }

    private static List<String> names(TableView<RiskViewModel.Row> table) {
        return table.getItems().stream().map(r -> r.score().department().name()).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
