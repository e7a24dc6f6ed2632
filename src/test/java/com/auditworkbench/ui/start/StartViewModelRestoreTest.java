package com.auditworkbench.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.UserSettings;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.ui.UiContext;
import com.auditworkbench.ui.common.TaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The restore form's state, without a window: where the new workbench is offered, and when 復元する is enabled. */
class StartViewModelRestoreTest {

    @TempDir
    Path folder;

    private StartViewModel start;

    @BeforeEach
    void startScreen() {
        Messages messages = new Messages(Language.JAPANESE);
        UiContext context = new UiContext(TestWorkbenches.service(), new ShippedTemplates(),
                new UserSettings(folder.resolve("settings.properties")), messages, TestWorkbenches.CLOCK,
                folder.resolve("sample.awb"));
        start = new StartViewModel(context, new TaskRunner(messages), (session, status) -> { });
    }

    @Test
    void offersTheRestoredWorkbenchBesideTheBackup() {
        assertThat(StartViewModel.restoredNameFor(Path.of("/backups/監査-2026-07-01.awbbackup")))
                .isEqualTo(Path.of("/backups/監査-2026-07-01-restored.awb"));
        assertThat(StartViewModel.restoredNameFor(Path.of("/backups/監査"))).isEqualTo(Path.of("/backups/監査-restored.awb"));
    }

    @Test
    void theOfferFollowsTheChosenBackupUntilTheUserNamesTheTarget() {
        start.showRestore();
        start.filePathProperty().set("/backups/a.awbbackup");
        assertThat(start.targetPathProperty().get()).isEqualTo(Path.of("/backups/a-restored.awb").toString());

        start.filePathProperty().set("/backups/b.awbbackup");
        assertThat(start.targetPathProperty().get()).isEqualTo(Path.of("/backups/b-restored.awb").toString());

        start.targetPathProperty().set("/work/mine.awb");
        start.filePathProperty().set("/backups/c.awbbackup");
        assertThat(start.targetPathProperty().get()).isEqualTo("/work/mine.awb");
    }

    @Test
    void restoringNeedsTheBackupTheTargetAndThePassphrase() {
        start.showRestore();
        var canSubmit = start.canSubmit();
        start.filePathProperty().set("/backups/a.awbbackup");
        start.passphraseProperty().set("secret passphrase");
        assertThat(canSubmit.get()).isTrue();

        start.targetPathProperty().set(" ");
        assertThat(canSubmit.get()).isFalse();
    }

    @Test
    void openingOffersNoTarget() {
        start.showOpen(Path.of("/work/a.awb"));
        assertThat(start.targetPathProperty().get()).isEmpty();
    }
}
