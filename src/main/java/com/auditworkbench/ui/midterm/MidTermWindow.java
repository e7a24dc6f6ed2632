package com.auditworkbench.ui.midterm;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.Styles;
import com.auditworkbench.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The medium-term plan in a window of its own, owned by the main window. Creating a year's plan hands the year and
 * its departments back to the main window, which opens its plan dialog pre-filled.
 */
public final class MidTermWindow {

    private MidTermWindow() {
    }

    public static Stage open(Window owner, WorkbenchSession session, TaskRunner tasks, DialogService dialogs,
            Messages messages, LocalDate today, BiConsumer<Integer, List<String>> openPlanDialog) {
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage open && open.getOwner() == owner && open.getUserData() == MidTermWindow.class) {
                open.toFront();
                return open;
            }
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setUserData(MidTermWindow.class);
        MidTermView view = new MidTermView(new MidTermViewModel(session, tasks, messages, today), dialogs, messages,
                openPlanDialog);
        Scene scene = new Scene(view.root(), 1180, 780);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(messages.get("midterm.window.title") + " — " + session.file().getFileName());
        stage.setMinWidth(860);
        stage.setMinHeight(560);
        stage.show();
        return stage;
    }
}
