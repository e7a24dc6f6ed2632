package com.auditworkbench.domain;

import java.util.List;

/**
 * What importing a register file would do, row by row, before anything is written: the entries it would add or
 * change, the departments it would create, and every problem found. Nothing is imported while any row has a problem.
 */
public record RegisterImportPreview(RegisterTable table, ColumnMapping mapping, List<PreviewRow> rows,
        List<String> newDepartments, List<Problem> problems) {

    public RegisterImportPreview {
        rows = List.copyOf(rows);
        newDepartments = List.copyOf(newDepartments);
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    /** What happens to one row: a new entry, a change to an entry of the same name, or nothing. */
    public enum Action {
        ADD("add"),
        UPDATE("update"),
        UNCHANGED("unchanged"),
        REFUSED("refused");

        private final String code;

        Action(String code) {
            this.code = code;
        }

        public String messageKey() {
            return "register.import.action." + code;
        }
    }

    /** A data row of the file, the entry read from it, and what the import would do with it. */
    public record PreviewRow(int rowNumber, AssetEntry entry, Action action) {
    }

    /** One problem, with the row it is on (0 for the file as a whole). */
    public record Problem(int rowNumber, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public String describe(Messages messages) {
            String sentence = messages.get(messageKey, arguments.toArray());
            return rowNumber > 0 ? messages.get("register.import.rowProblem", rowNumber, sentence) : sentence;
        }
    }
}
