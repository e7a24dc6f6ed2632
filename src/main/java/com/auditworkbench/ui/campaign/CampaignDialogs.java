package com.auditworkbench.ui.campaign;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.ui.common.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The choosers the self-inspection screen needs beyond the common ones: a folder, and several files at once. */
public interface CampaignDialogs {

    Optional<Path> chooseFolder(String title);

    /** The files picked, or an empty list when the user cancels. */
    List<Path> chooseFiles(String title);

    /**
     * The given dialogs when they already offer these choosers (a test's scripted dialogs), otherwise the
     * operating system's, owned by the window.
     */
    static CampaignDialogs around(DialogService dialogs, Window owner, Messages messages) {
        return dialogs instanceof CampaignDialogs own ? own : new FxCampaignDialogs(owner, messages);
    }
}
