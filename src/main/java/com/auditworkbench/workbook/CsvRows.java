package com.auditworkbench.workbook;

import com.auditworkbench.domain.RegisterTable;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as Excel writes it (RFC 4180): fields in double quotes may hold commas, quotes ("") and line breaks. A file
 * whose first line has tabs and no commas is read as tab-separated. Each row keeps the line number it starts on.
 */
final class CsvRows {

    private CsvRows() {
    }

    static List<RegisterTable.Row> parse(String text) {
        int firstBreak = text.indexOf('\n');
        String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char separator = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        List<RegisterTable.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new RegisterTable.Row(rowStart, cells));
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new RegisterTable.Row(rowStart, cells));
        }
        return rows;
    }
}
