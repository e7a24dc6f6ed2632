package com.auditworkbench.ui.register;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.ui.common.DialogService;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The chooser the register needs beyond the common ones: a register file, Excel or CSV. */
public interface RegisterDialogs {

    Optional<Path> chooseRegisterFile(String title);

    /**
     * The given dialogs when they already offer this chooser (a test's scripted dialogs), otherwise the operating
     * system's, owned by the window.
     */
    static RegisterDialogs around(DialogService dialogs, Window owner, Messages messages) {
        if (dialogs instanceof RegisterDialogs own) {
            return own;
        }
        return title -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(messages.get("register.fileKind"), "*.xlsx", "*.csv", "*.txt"),
                    new FileChooser.ExtensionFilter(messages.get(DialogService.FileKind.WORKBOOK.messageKey()),
                            DialogService.FileKind.WORKBOOK.pattern()));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        };
    }
}
