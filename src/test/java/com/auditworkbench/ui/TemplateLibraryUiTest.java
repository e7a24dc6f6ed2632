package com.auditworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.service.UserSettings;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TemplateFiles;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.ui.template.TemplateCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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

/** A city's own template imported through the template browser; a broken one refused with every defect listed. */
@ExtendWith(ApplicationExtension.class)
class TemplateLibraryUiTest {

    private static final String PASSPHRASE = "Template-Library-2026!";

    @TempDir
    static Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void prepareWorkbenches() {
        for (String name : List.of("clean.awb", "broken.awb")) {
            try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve(name),
                    PASSPHRASE.toCharArray())) {
                session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 情報セキュリティ監査計画", "目的",
                        List.of("総務部 総務課"), null, null, NewPlan.DEFAULT_MARKING, "監査 花子"), TestTemplates.audit(4));
            }
        }
    }

    @Start
    void start(Stage stage) {
        UiContext context = new UiContext(TestWorkbenches.service(), new ShippedTemplates(),
                new UserSettings(folder.resolve("settings.properties")), new Messages(Language.JAPANESE),
                TestWorkbenches.CLOCK, folder.resolve("sample.awb"));
        new MainWindow(stage, context, dialogs).show();
    }

    @Test
    void importedTemplateAppearsInTheBrowserWithItsItemsAndCoverage(FxRobot robot) throws Exception {
        openBrowser(robot, "clean.awb");
        dialogs.answers.add(TemplateFiles.write(folder.resolve("files"), "example-city-audit",
                TemplateFiles.audit("example-city-audit", "1.0.0", "書類の管理", "画面の管理", "媒体の管理")));

        robot.clickOn("#importTemplateButton");

        waitUntil(() -> templates(robot).getItems().size() == 3);
        waitUntil(() -> {
            TemplateCatalog.Entry selected = templates(robot).getSelectionModel().getSelectedItem();
            return selected != null && selected.template().id().equals("example-city-audit");
        });
        assertThat(templates(robot).getItems().get(2).imported()).isTrue();
        assertThat(robot.lookup("#itemsTable").queryAs(TableView.class).getItems().size()).isEqualTo(3);
        assertThat(robot.lookup("#isoLabel").queryAs(Label.class).getText()).endsWith("1 / 93");
        assertThat(robot.lookup("#templateStatusLabel").queryAs(Label.class).getText())
                .contains("example-city-audit");
    }

    @Test
    void brokenTemplateIsRefusedWithEveryDefectListed(FxRobot robot) throws Exception {
        openBrowser(robot, "broken.awb");
        dialogs.answers.add(TemplateFiles.write(folder.resolve("files"), "example-broken",
                TemplateFiles.broken("example-broken")));

        robot.clickOn("#importTemplateButton");

        waitUntil(() -> robot.lookup("#templateDefectsText").tryQuery().isPresent());
        String defects = robot.lookup("#templateDefectsText").queryAs(TextArea.class).getText();
        assertThat(defects).contains("example-broken.yaml:3:7:").contains("example-broken.yaml:9:1:");
        assertThat(templates(robot).getItems()).hasSize(2).noneMatch(TemplateCatalog.Entry::imported);
    }

    private void openBrowser(FxRobot robot, String workbench) throws Exception {
        robot.clickOn("#openButton");
        robot.clickOn("#fileField").write(folder.resolve(workbench).toString());
        robot.clickOn("#passphraseField").write(PASSPHRASE).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#checklistTable").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 4).orElse(false));
        robot.clickOn("表示").clickOn("テンプレート…");
        waitUntil(() -> robot.lookup("#templateList").tryQuery().isPresent() && templates(robot).getItems().size() == 2);
    }

    @SuppressWarnings("unchecked")
    private static ListView<TemplateCatalog.Entry> templates(FxRobot robot) {
        return robot.lookup("#templateList").queryAs(ListView.class);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
