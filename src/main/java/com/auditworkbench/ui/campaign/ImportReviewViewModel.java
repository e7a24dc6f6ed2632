package com.auditworkbench.ui.campaign;

import com.auditworkbench.domain.AnswerChange;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.CampaignResponse;
import com.auditworkbench.domain.ImportPreview;
import com.auditworkbench.domain.ImportProblem;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import com.auditworkbench.workbook.QuestionnaireFiles;
import com.auditworkbench.workbook.QuestionnaireReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Importing answered questionnaires: every picked file is read and checked first, and shown with its department,
 * answers, diff and problems; nothing is saved until the user ticks a file and imports it. Clean files come ticked,
 * files with a warning wait for the user's tick, refused files cannot be ticked. Each file is its own transaction.
 */
public final class ImportReviewViewModel {

    /** One picked file: its preview, whether it is ticked for import, and where it stands. */
    public static final class FileRow {
        private final ImportPreview preview;
        private final BooleanProperty chosen = new SimpleBooleanProperty(false);
        private final BooleanProperty done = new SimpleBooleanProperty(false);
        private final StringProperty state = new SimpleStringProperty("");

        FileRow(ImportPreview preview) {
            this.preview = preview;
            chosen.set(preview.importable() && !preview.needsConfirmation());
        }

        public ImportPreview preview() {
            return preview;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        /** True once imported, or when it can never be: the tick is then locked. */
        public boolean locked() {
            return done.get() || !preview.importable();
        }

        public StringProperty stateProperty() {
            return state;
        }
    }

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<String> onError;
    private final ObservableList<FileRow> files = FXCollections.observableArrayList(
            row -> new javafx.beans.Observable[] {row.chosen, row.done});
    private final ObjectProperty<FileRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<AnswerChange> changes = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty detailHeading = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private long campaignId = -1;

    public ImportReviewViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages,
            Consumer<String> onError) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        summary.set(messages.get("campaign.import.empty"));
        selected.addListener((obs, old, row) -> showDetails(row));
    }

    /** Reads and checks the picked files and folders in the background; nothing is saved. */
    public void review(long campaign, List<Path> picked, Runnable onReviewed) {
        if (picked.isEmpty() || working.get()) {
            return;
        }
        campaignId = campaign;
        working.set(true);
        summary.set(messages.get("campaign.import.reading"));
        tasks.run(progress -> {
            List<Path> found = QuestionnaireFiles.expand(picked);
            if (found.isEmpty()) {
                throw new AuditException("campaign.import.noFiles");
            }
            return session.selfInspection().preview(campaign, new QuestionnaireReader().readAll(found, progress));
        }, previews -> {
            working.set(false);
            List<FileRow> rows = previews.stream().map(FileRow::new).toList();
            rows.forEach(this::describe);
            files.setAll(rows);
            selected.set(rows.isEmpty() ? null : rows.get(0));
            updateSummary();
            onReviewed.run();
        }, failure -> {
            working.set(false);
            summary.set(failure);
            onError.accept(failure);
        });
    }

    /** How importing one ticked file ended: the stored response, or the sentence that refused it. */
    private record Outcome(FileRow row, CampaignResponse response, String refusal) {
    }

    /** Imports every ticked file, each in its own transaction; a file that fails says why and the rest go on. */
    public void importChosen(Runnable onImported) {
        List<FileRow> chosen = files.stream().filter(r -> r.chosen.get() && !r.locked()).toList();
        if (chosen.isEmpty() || working.get()) {
            return;
        }
        working.set(true);
        tasks.run(progress -> {
            List<Outcome> outcomes = new ArrayList<>();
            for (FileRow row : chosen) {
                try {
                    outcomes.add(new Outcome(row, session.selfInspection().importResponse(row.preview), null));
                } catch (AuditException e) {
                    outcomes.add(new Outcome(row, null, e.localizedMessage(messages)));
                }
                progress.update(outcomes.size(), chosen.size());
            }
            return outcomes;
        }, outcomes -> {
            working.set(false);
            for (Outcome outcome : outcomes) {
                if (outcome.response() != null) {
                    outcome.row().done.set(true);
                    outcome.row().chosen.set(false);
                    outcome.row().state.set(messages.get("campaign.import.state.imported",
                            outcome.response().department().name()));
                } else {
                    outcome.row().state.set(outcome.refusal());
                }
            }
            long imported = outcomes.stream().filter(o -> o.response() != null).count();
            summary.set(messages.get("campaign.import.imported", imported, outcomes.size()));
            showDetails(selected.get());
            onImported.run();
        }, failure -> {
            working.set(false);
            onError.accept(failure);
        });
    }

    public void clear() {
        files.clear();
        selected.set(null);
        summary.set(messages.get("campaign.import.empty"));
    }

    private void describe(FileRow row) {
        ImportPreview p = row.preview;
        String key = !p.importable() ? "campaign.import.state.refused"
                : p.needsConfirmation() ? "campaign.import.state.confirm" : "campaign.import.state.ready";
        row.state.set(messages.get(key));
    }

    private void updateSummary() {
        long refused = files.stream().filter(r -> !r.preview.importable()).count();
        long confirm = files.stream().filter(r -> r.preview.importable() && r.preview.needsConfirmation()).count();
        summary.set(messages.get("campaign.import.reviewed", files.size(), files.size() - refused - confirm, confirm,
                refused));
    }

    private void showDetails(FileRow row) {
        problems.clear();
        changes.clear();
        if (row == null) {
            detailHeading.set("");
            return;
        }
        ImportPreview p = row.preview;
        String respondent = p.returned().respondent().isEmpty() ? "—" : p.returned().respondent();
        if (p.department() == null) {
            detailHeading.set(messages.get("campaign.import.detailUnknown", p.returned().fileName()));
        } else if (!p.importable()) {
            detailHeading.set(messages.get("campaign.import.detailRefused", p.returned().fileName(),
                    p.department().name(), respondent));
        } else {
            detailHeading.set(messages.get("campaign.import.detail", p.returned().fileName(), p.department().name(),
                    p.answered(), p.questions(), respondent));
        }
        List<String> lines = new ArrayList<>();
        for (ImportProblem problem : p.problems()) {
            lines.add(messages.get(problem.isError() ? "campaign.import.error" : "campaign.import.warning",
                    problem.describe(messages)));
        }
        if (lines.isEmpty()) {
            lines.add(messages.get("campaign.import.noProblems"));
        }
        problems.setAll(lines);
        changes.setAll(p.changes());
    }

    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(() -> !working.get()
                && files.stream().anyMatch(r -> r.chosen.get() && !r.locked()), files, working);
    }

    public ObservableList<FileRow> files() {
        return files;
    }

    public ObjectProperty<FileRow> selectedProperty() {
        return selected;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<AnswerChange> changes() {
        return changes;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty detailHeadingProperty() {
        return detailHeading;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public long campaignId() {
        return campaignId;
    }
}
