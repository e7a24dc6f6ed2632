package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The answer scale {@code self-inspection} (audit-templates/README.md): what a department says about one question.
 * The Japanese label is what the questionnaire's drop-down offers and what a returned file must hold, whatever the
 * language of the screen; the message key gives the screen's own wording.
 */
public enum SelfInspectionAnswer {
    DONE("done", "実施している"),
    PARTLY("partly", "一部実施している"),
    NOT_DONE("not-done", "実施していない"),
    NOT_APPLICABLE("not-applicable", "該当しない");

    /** The template's answerScale this enum stands for. */
    public static final String SCALE = "self-inspection";

    private final String code;
    private final String label;

    SelfInspectionAnswer(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The text in the questionnaire's answer cell. */
    public String label() {
        return label;
    }

    public String messageKey() {
        return "answer." + code;
    }

    public static Optional<SelfInspectionAnswer> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }

    /** The answer whose label the cell holds exactly (surrounding blanks aside); anything else is no answer. */
    public static Optional<SelfInspectionAnswer> fromLabel(String text) {
        String stripped = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(a -> a.label.equals(stripped)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(SelfInspectionAnswer::label).toList();
    }
}
