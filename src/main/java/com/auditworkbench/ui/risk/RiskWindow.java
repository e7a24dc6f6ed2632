package com.auditworkbench.ui.risk;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.Styles;
import com.auditworkbench.ui.common.TaskRunner;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The risk view in a window of its own, owned by the main window and working on its session and task runner. */
public final class RiskWindow {

    private RiskWindow() {
    }

    public static Stage open(Window owner, WorkbenchSession session, TaskRunner tasks, DialogService dialogs,
            Messages messages, LocalDate today) {
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage open && open.getOwner() == owner && open.getUserData() == RiskWindow.class) {
                open.toFront();
                return open;
            }
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setUserData(RiskWindow.class);
        RiskView view = new RiskView(new RiskViewModel(session, tasks, messages, today), dialogs, messages);
        Scene scene = new Scene(view.root(), 1280, 720);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(messages.get("risk.window.title") + " — " + session.file().getFileName());
        stage.setMinWidth(900);
        stage.setMinHeight(500);
        stage.show();
        return stage;
    }
}
