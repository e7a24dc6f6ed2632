package com.auditworkbench.domain;

import java.time.Instant;
import java.util.List;

/**
 * What importing one returned file would do, worked out before anything is saved: the department, how many
 * questions were answered, what changed since that department's last import, and every problem found.
 */
public record ImportPreview(
        ReturnedQuestionnaire returned,
        long campaignId,
        Department department,
        int questions,
        List<CampaignAnswer> answers,
        List<AnswerChange> changes,
        CampaignResponse replaces,
        List<ImportProblem> problems) {

    public ImportPreview {
        answers = List.copyOf(answers);
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /** False when any problem refuses the file. */
    public boolean importable() {
        return problems.stream().noneMatch(ImportProblem::isError);
    }

    /** True when the user has to confirm the import having seen a warning (a re-import, missing answers). */
    public boolean needsConfirmation() {
        return problems.stream().anyMatch(p -> !p.isError());
    }

    public long answered() {
        return answers.stream().filter(CampaignAnswer::isAnswered).count();
    }

    public boolean isReimport() {
        return replaces != null;
    }

    public Instant lastImportedAt() {
        return replaces == null ? null : replaces.importedAt();
    }

    public boolean hasProblem(ImportProblem.Kind kind) {
        return problems.stream().anyMatch(p -> p.kind() == kind);
    }
}
