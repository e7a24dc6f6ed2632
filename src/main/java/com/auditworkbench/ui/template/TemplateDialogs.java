package com.auditworkbench.ui.template;

import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.TemplateUpgrade;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The browser's own dialogs: the defects of a refused file, and the difference a template upgrade makes. */
public final class TemplateDialogs {

    private final Window owner;
    private final Messages messages;

    public TemplateDialogs(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    /** Lists every defect as {@code file:line:column: sentence} in a text the user can select and copy. */
    public void showDefects(List<String> defects) {
        Alert alert = new Alert(Alert.AlertType.WARNING, null, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(messages.get("templates.defects.title"));
        alert.setHeaderText(messages.get("templates.defects.intro", defects.size()));
        alert.getDialogPane().setContent(text("templateDefectsText", String.join("\n", defects)));
        alert.setResizable(true);
        alert.show();
    }

    /** Shows what the upgrade adds, changes and removes; true when the user applies it. */
    public boolean confirmUpgrade(TemplateUpgrade upgrade) {
        ButtonType apply = new ButtonType(messages.get("templates.upgrade.apply"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, apply, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(messages.get("templates.upgrade.title"));
        alert.setHeaderText(messages.get("templates.upgrade.header", upgrade.templateId(), upgrade.fromVersion(),
                upgrade.toVersion()));
        alert.getDialogPane().setContent(text("templateUpgradeText", describe(upgrade)));
        alert.setResizable(true);
        return alert.showAndWait().filter(apply::equals).isPresent();
    }

    private String describe(TemplateUpgrade upgrade) {
        StringBuilder text = new StringBuilder();
        section(text, "templates.upgrade.added", upgrade.diff().added());
        section(text, "templates.upgrade.changed", upgrade.diff().changed());
        List<ChecklistItem> removed = upgrade.diff().removed().stream()
                .filter(i -> !upgrade.keptBecauseOfResults().contains(i.code())).toList();
        section(text, "templates.upgrade.removed", removed);
        List<ChecklistItem> kept = upgrade.diff().removed().stream()
                .filter(i -> upgrade.keptBecauseOfResults().contains(i.code())).toList();
        section(text, "templates.upgrade.kept", kept);
        return text.toString().strip();
    }

    private void section(StringBuilder text, String key, List<ChecklistItem> items) {
        text.append(messages.get(key, items.size())).append('\n');
        for (ChecklistItem item : items) {
            text.append("  ").append(item.code()).append("  ").append(item.title().in(messages.locale())).append('\n');
        }
        text.append('\n');
    }

    private static TextArea text(String id, String content) {
        TextArea area = new TextArea(content);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefColumnCount(80);
        area.setPrefRowCount(14);
        return area;
    }
}
