package com.auditworkbench.ui.evidence;

import com.auditworkbench.domain.Evidence;
import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.EvidenceIntakeReport;
import com.auditworkbench.domain.EvidenceTarget;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.Styles;
import com.auditworkbench.ui.common.TaskRunner;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The evidence of one target (a checklist result, an interview or a finding): its list, "add files…" through the
 * file chooser, and files or folders dropped onto it (a folder first lists what it would add and asks). Each intake
 * asks for its details, runs on the worker, and is all-or-nothing. Embed it with {@link #root()} and point it at a
 * target with {@link #show(long, EvidenceTarget)}.
 */
public final class EvidencePane {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final java.util.function.Supplier<LocalDate> today;
    private final Consumer<String> onStatus;
    private final ObservableList<Evidence> items = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
    private final VBox root = new VBox(6);
    private final Label heading = new Label();
    private final Label hint = new Label();
    private final ListView<Evidence> list = new ListView<>(items);
    private final Button add = new Button();
    private final Button unlink = new Button();
    private final ProgressBar progress = new ProgressBar();
    private long planId;
    private EvidenceTarget target;
    private EvidenceDetails lastDetails;
    private Runnable onChanged = () -> { };

    public EvidencePane(WorkbenchSession session, TaskRunner tasks, DialogService dialogs, Messages messages,
            java.util.function.Supplier<LocalDate> today, Consumer<String> onStatus) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.today = today;
        this.onStatus = onStatus;
        build();
        show(0, null);
    }

    public Node root() {
        return root;
    }

    /** How many pieces of evidence the current target has. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Called on the FX thread after evidence was added or a link removed. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged == null ? () -> { } : onChanged;
    }

    private void build() {
        root.getStyleClass().add("evidence-pane");
        root.setId("evidencePane");
        heading.getStyleClass().add(Styles.HEADING);
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setText(messages.get("evidence.pane.dropHint"));
        list.setId("evidencePaneList");
        list.setPlaceholder(new Label(messages.get("evidence.pane.empty")));
        list.setPrefHeight(160);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Evidence e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : "#" + e.number() + "  " + e.fileName() + "  ("
                        + EvidenceViewModel.size(e.size()) + ", " + e.obtainedFrom() + ", " + e.effectiveDate() + ")");
            }
        });
        add.setId("evidenceAddButton");
        add.setText(messages.get("evidence.pane.add"));
        add.setOnAction(e -> chooseFiles());
        unlink.setId("evidenceUnlinkButton");
        unlink.setText(messages.get("evidence.pane.unlink"));
        unlink.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        unlink.setOnAction(e -> unlinkSelected());
        progress.setVisible(false);
        progress.setPrefWidth(140);
        HBox buttons = new HBox(6, add, unlink, progress);
        root.getChildren().setAll(heading, list, buttons, hint);
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    /** Points the pane at a target of a plan; a null target clears it and disables adding. */
    public void show(long planId, EvidenceTarget target) {
        this.planId = planId;
        this.target = target;
        items.clear();
        count.set(0);
        add.setDisable(target == null);
        heading.setText(messages.get("evidence.pane.heading"));
        if (target != null) {
            refresh();
        }
    }

    public void refresh() {
        EvidenceTarget showing = target;
        if (showing == null) {
            return;
        }
        tasks.run(p -> session.evidence().linkedTo(showing), loaded -> {
            if (showing.equals(target)) {
                items.setAll(loaded);
                count.set(loaded.size());
                heading.setText(messages.get("evidence.pane.headingCount", loaded.size()));
            }
        }, this::error);
    }

    private void chooseFiles() {
        List<Path> files = dialogs.chooseFilesToOpen(messages.get("evidence.pane.choose"));
        if (!files.isEmpty()) {
            intake(files);
        }
    }

    private void dragOver(DragEvent event) {
        if (target != null && event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean ok = target != null && event.getDragboard().hasFiles();
        if (ok) {
            List<Path> dropped = event.getDragboard().getFiles().stream().map(File::toPath).toList();
            event.setDropCompleted(true);
            event.consume();
            javafx.application.Platform.runLater(() -> addDropped(dropped));
            return;
        }
        event.setDropCompleted(false);
        event.consume();
    }

    /** Files go straight to the details; folders are expanded on the worker and confirmed with their list. */
    void addDropped(List<Path> dropped) {
        if (dropped.stream().noneMatch(Files::isDirectory)) {
            intake(dropped);
            return;
        }
        tasks.run(p -> {
            List<Path> files = new ArrayList<>();
            for (Path d : dropped) {
                if (Files.isDirectory(d)) {
                    files.addAll(session.evidence().filesOf(d));
                } else {
                    files.add(d);
                }
            }
            return files;
        }, files -> {
            if (files.isEmpty()) {
                dialogs.showError(messages.get("evidence.pane.title"), messages.get("evidence.pane.folderEmpty"));
                return;
            }
            String listing = files.stream().limit(30).map(f -> "・" + f.getFileName())
                    .collect(Collectors.joining("\n"))
                    + (files.size() > 30 ? "\n" + messages.get("evidence.intake.more", files.size() - 30) : "");
            long bytes = files.stream().mapToLong(EvidencePane::sizeOf).sum();
            if (dialogs.confirm(messages.get("evidence.pane.title"), messages.get("evidence.pane.confirmFolder",
                    files.size(), EvidenceViewModel.size(bytes), listing))) {
                intake(files);
            }
        }, this::error);
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private void intake(List<Path> files) {
        EvidenceTarget into = target;
        long plan = planId;
        if (into == null) {
            return;
        }
        var owner = root.getScene() == null ? null : root.getScene().getWindow();
        EvidenceIntakeDialog.ask(owner, messages, files, lastDetails, today.get()).ifPresent(details -> {
            lastDetails = details;
            progress.setVisible(true);
            add.setDisable(true);
            var task = tasks.run(p -> session.evidence().intake(plan, files, details, List.of(into), p),
                    report -> {
                        progress.setVisible(false);
                        add.setDisable(target == null);
                        onStatus.accept(describe(report));
                        refresh();
                        onChanged.run();
                    }, failure -> {
                        progress.setVisible(false);
                        add.setDisable(target == null);
                        error(failure);
                    });
            progress.progressProperty().bind(task.progressProperty());
        });
    }

    String describe(EvidenceIntakeReport report) {
        StringBuilder text = new StringBuilder(messages.get("evidence.pane.added", report.entries().size(),
                report.newlyStored(), report.entries().size() - report.newlyStored()));
        for (EvidenceIntakeReport.Entry e : report.entries()) {
            if (e.renamed()) {
                text.append(' ').append(messages.get("evidence.pane.renamed", e.sourceName(), e.evidence().fileName()));
            }
        }
        return text.toString();
    }

    private void unlinkSelected() {
        Evidence selected = list.getSelectionModel().getSelectedItem();
        EvidenceTarget from = target;
        if (selected == null || from == null) {
            return;
        }
        tasks.run(p -> session.evidence().unlink(selected.id(), from), e -> {
            refresh();
            onChanged.run();
        }, this::error);
    }

    private void error(String sentence) {
        dialogs.showError(messages.get("evidence.pane.title"), sentence);
    }
}
