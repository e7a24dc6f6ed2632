package com.auditworkbench.domain;

import java.util.List;

/**
 * Something found in a returned questionnaire. An error refuses the file; a warning lets it in only after the user
 * has seen it and confirmed. Nothing found is ever fixed or dropped silently.
 */
public record ImportProblem(Kind kind, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(Kind kind, Object... arguments) {
        return new ImportProblem(kind, List.of(arguments));
    }

    /** Longest text of a file shown in a sentence: enough to find the cell, never the cell's whole content. */
    public static final int SHOWN_CHARS = 40;

    /**
     * A text taken from a file as it is shown in a sentence: line breaks and control characters as spaces, and
     * cut after {@link #SHOWN_CHARS} characters, so a crafted cell cannot flood the report.
     */
    public static String shown(String fromFile) {
        String text = fromFile == null ? "" : fromFile.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return text.codePointCount(0, text.length()) <= SHOWN_CHARS ? text
                : text.substring(0, text.offsetByCodePoints(0, SHOWN_CHARS)) + "…";
    }

    public boolean isError() {
        return kind.severity() == Severity.ERROR;
    }

    public String describe(Messages messages) {
        return messages.get(kind.messageKey(), arguments.toArray());
    }

    /** Whether a problem refuses the file or asks for confirmation. */
    public enum Severity {
        ERROR,
        WARNING
    }

    /** Every kind of problem, with the sentence that reports it. */
    public enum Kind {
        NOT_A_FILE("response.problem.notAFile", Severity.ERROR),
        TOO_LARGE("response.problem.tooLarge", Severity.ERROR),
        TOO_MANY_ROWS("response.problem.tooManyRows", Severity.ERROR),
        ZIP_BOMB("response.problem.zipBomb", Severity.ERROR),
        ENCRYPTED("response.problem.encrypted", Severity.ERROR),
        LEGACY_FORMAT("response.problem.legacyFormat", Severity.ERROR),
        NOT_WORKBOOK("response.problem.notWorkbook", Severity.ERROR),
        DAMAGED("response.problem.damaged", Severity.ERROR),
        UNREADABLE("response.problem.unreadable", Severity.ERROR),
        NOT_QUESTIONNAIRE("response.problem.notQuestionnaire", Severity.ERROR),
        IDENTITY_INCONSISTENT("response.problem.identityInconsistent", Severity.ERROR),
        UNSEALED("response.problem.unsealed", Severity.ERROR),
        IDENTITY_FORGED("response.problem.identityForged", Severity.ERROR),
        OTHER_CAMPAIGN("response.problem.otherCampaign", Severity.ERROR),
        FOREIGN_CAMPAIGN("response.problem.foreignCampaign", Severity.ERROR),
        TEMPLATE_VERSION("response.problem.templateVersion", Severity.ERROR),
        UNKNOWN_DEPARTMENT("response.problem.unknownDepartment", Severity.ERROR),
        QUESTIONS_CHANGED("response.problem.questionsChanged", Severity.ERROR),
        ROW_ADDED("response.problem.rowAdded", Severity.ERROR),
        ROW_DELETED("response.problem.rowDeleted", Severity.ERROR),
        ROWS_REORDERED("response.problem.rowsReordered", Severity.ERROR),
        ROW_ALTERED("response.problem.rowAltered", Severity.ERROR),
        ANSWER_OUTSIDE_SCALE("response.problem.answerOutsideScale", Severity.ERROR),
        COMMENT_TOO_LONG("response.problem.commentTooLong", Severity.ERROR),
        RESPONDENT_TOO_LONG("response.problem.respondentTooLong", Severity.ERROR),
        FILE_NAME_TOO_LONG("response.problem.fileNameTooLong", Severity.ERROR),
        DUPLICATE_IN_SELECTION("response.problem.duplicateInSelection", Severity.ERROR),
        MISSING_ANSWERS("response.problem.missingAnswers", Severity.WARNING),
        ALREADY_IMPORTED("response.problem.alreadyImported", Severity.WARNING),
        SAME_FILE_AGAIN("response.problem.sameFileAgain", Severity.WARNING);

        private final String messageKey;
        private final Severity severity;

        Kind(String messageKey, Severity severity) {
            this.messageKey = messageKey;
            this.severity = severity;
        }

        public String messageKey() {
            return messageKey;
        }

        public Severity severity() {
            return severity;
        }
    }
}
