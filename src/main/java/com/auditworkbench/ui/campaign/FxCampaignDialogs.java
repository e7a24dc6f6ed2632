package com.auditworkbench.ui.campaign;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.ui.common.DialogService;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The operating system's folder chooser and multiple-file chooser. */
final class FxCampaignDialogs implements CampaignDialogs {

    private final Window owner;
    private final Messages messages;

    FxCampaignDialogs(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public List<Path> chooseFiles(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        DialogService.FileKind workbook = DialogService.FileKind.WORKBOOK;
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get(workbook.messageKey()), workbook.pattern()),
                new FileChooser.ExtensionFilter(messages.get("campaign.allFiles"), "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }
}
