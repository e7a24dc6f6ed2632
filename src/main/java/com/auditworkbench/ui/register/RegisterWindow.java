package com.auditworkbench.ui.register;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.FxDialogService;
import com.auditworkbench.ui.common.Styles;
import com.auditworkbench.ui.common.TaskRunner;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The asset and system register in a window of its own, owned by the main window. */
public final class RegisterWindow {

    private RegisterWindow() {
    }

    public static Stage open(Window owner, WorkbenchSession session, TaskRunner tasks, DialogService dialogs,
            Messages messages, LocalDate today) {
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage open && open.getOwner() == owner && open.getUserData() == RegisterWindow.class) {
                open.toFront();
                return open;
            }
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setUserData(RegisterWindow.class);
        DialogService own = dialogs instanceof RegisterDialogs ? dialogs : new FxDialogService(stage, messages);
        RegisterViewModel viewModel = new RegisterViewModel(session, tasks, messages, today);
        RegisterView view = new RegisterView(viewModel, own, RegisterDialogs.around(dialogs, stage, messages), messages,
                file -> new RegisterImportView(new RegisterImportViewModel(session, tasks, messages, file), messages)
                        .show(stage, result -> viewModel.load(messages.get("register.imported", result.added(),
                                result.updated(), result.unchanged(), result.departmentsCreated()))));
        Scene scene = new Scene(view.root(), 1280, 720);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(messages.get("register.window.title") + " — " + session.file().getFileName());
        stage.setMinWidth(900);
        stage.setMinHeight(500);
        stage.show();
        return stage;
    }
}
