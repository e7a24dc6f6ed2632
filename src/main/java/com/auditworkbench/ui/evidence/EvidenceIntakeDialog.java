package com.auditworkbench.ui.evidence;

import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.ui.common.DateFields;
import com.auditworkbench.ui.common.Styles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * What the auditor records at intake for a batch of files: whom or which system they came from, the date the
 * evidence speaks of, a description and the classification. The files are listed so the user sees what goes in.
 */
final class EvidenceIntakeDialog {

    private EvidenceIntakeDialog() {
    }

    static Optional<EvidenceDetails> ask(Window owner, Messages messages, List<Path> files, EvidenceDetails last,
            LocalDate today) {
        Dialog<EvidenceDetails> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("evidence.intake.title"));
        dialog.setHeaderText(messages.get("evidence.intake.header", files.size()));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPrefWidth(620);
        ColumnConstraints labels = new ColumnConstraints(140);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);

        Label list = new Label(files.stream().limit(12).map(p -> String.valueOf(p.getFileName()))
                .collect(Collectors.joining("\n")) + (files.size() > 12
                        ? "\n" + messages.get("evidence.intake.more", files.size() - 12) : ""));
        list.setWrapText(true);
        list.getStyleClass().add(Styles.MUTED);
        TextField obtainedFrom = new TextField(last == null ? "" : last.obtainedFrom());
        obtainedFrom.setId("evidenceObtainedFrom");
        obtainedFrom.setPromptText(messages.get("evidence.intake.obtainedFromPrompt"));
        DatePicker effective = new DatePicker(last == null || last.effectiveDate() == null ? today
                : last.effectiveDate());
        effective.setId("evidenceEffectiveDate");
        DateFields.install(effective, messages.locale());
        ComboBox<String> classification = new ComboBox<>();
        classification.setId("evidenceClassification");
        classification.getItems().setAll(EvidenceDetails.CLASSIFICATIONS);
        classification.setValue(last == null || last.classification().isBlank() ? EvidenceDetails.CLASSIFICATIONS.get(0)
                : last.classification());
        TextArea description = new TextArea();
        description.setId("evidenceDescription");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add(Styles.ERROR);
        error.setId("evidenceIntakeError");

        grid.addRow(0, new Label(messages.get("evidence.intake.files")), list);
        grid.addRow(1, new Label(messages.get("evidence.column.obtainedFrom")), obtainedFrom);
        grid.addRow(2, new Label(messages.get("evidence.column.effectiveDate")), effective);
        grid.addRow(3, new Label(messages.get("evidence.column.classification")), classification);
        grid.addRow(4, new Label(messages.get("evidence.column.description")), description);
        grid.add(error, 1, 5);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        ButtonType take = new ButtonType(messages.get("evidence.intake.confirm"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(take, cancel);
        dialog.getDialogPane().lookupButton(take).setId("evidenceIntakeConfirm");
        dialog.getDialogPane().lookupButton(take).addEventFilter(ActionEvent.ACTION, e -> {
            if (obtainedFrom.getText() == null || obtainedFrom.getText().isBlank()) {
                error.setText(messages.get("evidence.error.obtainedFromRequired"));
                e.consume();
            } else if (effective.getValue() == null) {
                error.setText(messages.get("evidence.error.effectiveDateRequired"));
                e.consume();
            } else if (effective.getValue().isAfter(today)) {
                error.setText(messages.get("evidence.error.effectiveDateFuture", effective.getValue()));
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == take ? new EvidenceDetails(obtainedFrom.getText(),
                effective.getValue(), description.getText(), classification.getValue()) : null);
        dialog.setResizable(true);
        return dialog.showAndWait();
    }
}
