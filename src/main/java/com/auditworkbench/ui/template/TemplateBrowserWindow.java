package com.auditworkbench.ui.template;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.FxDialogService;
import com.auditworkbench.ui.common.Styles;
import com.auditworkbench.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The template browser in a window of its own, owned by the workbench window and working on the same session and
 * task runner. It follows the plan selected in the workbench window, to offer it a newer template version.
 */
public final class TemplateBrowserWindow {

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;

    private TemplateBrowserWindow() {
    }

    public static Stage open(Window owner, WorkbenchSession session, TaskRunner tasks, DialogService dialogs,
            Messages messages, ObservableValue<Plan> plan, Consumer<Plan> onUpgraded) {
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage open && open.getOwner() == owner
                    && open.getUserData() == TemplateBrowserWindow.class) {
                open.toFront();
                return open;
            }
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setUserData(TemplateBrowserWindow.class);
        DialogService own = dialogs instanceof FxDialogService ? new FxDialogService(stage, messages) : dialogs;
        TemplateBrowserViewModel viewModel = new TemplateBrowserViewModel(session,
                new TemplateCatalog(session, new ShippedTemplates()), tasks, messages, plan);
        TemplateBrowserView view = new TemplateBrowserView(viewModel, own, new TemplateDialogs(stage, messages),
                messages, onUpgraded);
        Scene scene = new Scene(view.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(messages.get("templates.window.title") + " — " + session.file().getFileName());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
        return stage;
    }
}
