package com.auditworkbench.domain;

import java.util.List;

/**
 * The cells of a city's register file as read, before any meaning is given to them: the header row and the data
 * rows, each with the row number the user sees in Excel or in a text editor.
 */
public record RegisterTable(String fileName, String encoding, List<String> headers, List<Row> rows) {

    public RegisterTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** A data row and its number in the file (1-based, as Excel shows it). */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(Integer column) {
            return column == null || column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
        }

        public boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
