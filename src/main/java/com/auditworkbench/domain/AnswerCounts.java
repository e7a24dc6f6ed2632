package com.auditworkbench.domain;

/** How many questions received each answer, and how many none. */
public record AnswerCounts(int done, int partly, int notDone, int notApplicable, int unanswered) {

    public static final AnswerCounts ZERO = new AnswerCounts(0, 0, 0, 0, 0);

    public int get(SelfInspectionAnswer answer) {
        return switch (answer) {
            case DONE -> done;
            case PARTLY -> partly;
            case NOT_DONE -> notDone;
            case NOT_APPLICABLE -> notApplicable;
        };
    }

    /** These counts with one more question answered so (or unanswered, for null). */
    public AnswerCounts plus(SelfInspectionAnswer answer) {
        if (answer == null) {
            return new AnswerCounts(done, partly, notDone, notApplicable, unanswered + 1);
        }
        return switch (answer) {
            case DONE -> new AnswerCounts(done + 1, partly, notDone, notApplicable, unanswered);
            case PARTLY -> new AnswerCounts(done, partly + 1, notDone, notApplicable, unanswered);
            case NOT_DONE -> new AnswerCounts(done, partly, notDone + 1, notApplicable, unanswered);
            case NOT_APPLICABLE -> new AnswerCounts(done, partly, notDone, notApplicable + 1, unanswered);
        };
    }

    public AnswerCounts plus(AnswerCounts other) {
        return new AnswerCounts(done + other.done, partly + other.partly, notDone + other.notDone,
                notApplicable + other.notApplicable, unanswered + other.unanswered);
    }

    public int answered() {
        return done + partly + notDone + notApplicable;
    }

    public int total() {
        return answered() + unanswered;
    }
}
