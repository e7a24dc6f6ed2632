package com.auditworkbench.domain;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an answered questionnaire file holds, as read and before any check against the campaign: its identity, the
 * respondent and every table row as written. A file that could not be read carries the reason in {@code problems}
 * and nothing else.
 */
public record ReturnedQuestionnaire(
        Path file,
        String sha256,
        QuestionnaireIdentity identity,
        String respondent,
        List<Row> rows,
        List<ImportProblem> problems) {

    public ReturnedQuestionnaire {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        respondent = respondent == null ? "" : respondent.strip();
    }

    /** A file refused before its content could be read. */
    public static ReturnedQuestionnaire unreadable(Path file, String sha256, ImportProblem problem) {
        return new ReturnedQuestionnaire(file, sha256, null, "", List.of(), List.of(problem));
    }

    public Optional<QuestionnaireIdentity> identityIfRead() {
        return Optional.ofNullable(identity);
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    /** One table row of the file, as the department left it: the sheet row number (from 1) and its texts. */
    public record Row(int sheetRow, String itemCode, String question, String answer, String comment) {

        public Row {
            itemCode = itemCode == null ? "" : itemCode.strip();
            question = question == null ? "" : question;
            answer = answer == null ? "" : answer;
            comment = comment == null ? "" : comment;
        }
    }
}
