package com.auditworkbench.ui.campaign;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.FxDialogService;
import com.auditworkbench.ui.common.Styles;
import com.auditworkbench.ui.common.TaskRunner;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The self-inspection screen in a window of its own, owned by the main window (so it closes with it), working on
 * the same session and the same task runner, so its work queues behind the main window's saves.
 */
public final class CampaignWindow {

    private static final double WIDTH = 1180;
    private static final double HEIGHT = 760;

    private CampaignWindow() {
    }

    public static Stage open(Window owner, WorkbenchSession session, TaskRunner tasks, DialogService dialogs,
            Messages messages, LocalDate today) {
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage open && open.getOwner() == owner && open.getUserData() == CampaignWindow.class) {
                open.toFront();
                return open;
            }
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setUserData(CampaignWindow.class);
        DialogService own = dialogs instanceof CampaignDialogs ? dialogs : new FxDialogService(stage, messages);
        CampaignViewModel viewModel = new CampaignViewModel(session, tasks, messages, new ShippedTemplates(), today);
        CampaignView view = new CampaignView(viewModel, own, CampaignDialogs.around(dialogs, stage, messages),
                messages);
        Scene scene = new Scene(view.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(messages.get("campaign.window.title") + " — " + session.file().getFileName());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
        return stage;
    }
}
