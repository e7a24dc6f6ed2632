package com.auditworkbench.support;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A department's security officer filling in a questionnaire, done with POI: cells are typed, not picked from the
 * drop-down, so a value outside the scale goes in as it would when typed over it.
 */
public final class AnsweringDepartment {

    /** Columns and rows of the questionnaire as a department sees them (A = 0). */
    public static final int CODE = 0;
    public static final int QUESTION = 2;
    public static final int ANSWER = 4;
    public static final int COMMENT = 5;
    public static final int FIRST_ITEM_ROW = 12;
    public static final int RESPONDENT_ROW = 6;
    public static final int RESPONDENT_COLUMN = 1;

    private AnsweringDepartment() {
    }

    /** The item codes of the questionnaire with their sheet row index (from 0). */
    public static Map<String, Integer> rows(Path file) throws Exception {
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int r = FIRST_ITEM_ROW; r <= sheet.getLastRowNum(); r++) {
                rows.put(sheet.getRow(r).getCell(CODE).getStringCellValue(), r);
            }
        }
        return rows;
    }

    /** Types the answers (item code to text) and comments, and the respondent, then saves the file in place. */
    public static void answer(Path file, String respondent, Map<String, String> answers, Map<String, String> comments)
            throws Exception {
        edit(file, sheet -> {
            sheet.getRow(RESPONDENT_ROW).getCell(RESPONDENT_COLUMN).setCellValue(respondent);
            for (int r = FIRST_ITEM_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String code = row.getCell(CODE).getStringCellValue();
                if (answers.containsKey(code)) {
                    row.getCell(ANSWER).setCellValue(answers.get(code));
                }
                if (comments.containsKey(code)) {
                    row.getCell(COMMENT).setCellValue(comments.get(code));
                }
            }
        });
    }

    /** Any other change to the questionnaire sheet, saved in place. */
    public static void edit(Path file, Consumer<XSSFSheet> change) throws Exception {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
        try (book) {
            change.accept(book.getSheetAt(0));
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
    }

    /** Changes one identification value, in the hidden sheet, the custom properties, or both. */
    public static void editIdentity(Path file, String key, String value, boolean inSheet, boolean inProperties)
            throws Exception {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
        try (book) {
            if (inSheet) {
                for (Row row : book.getSheet("awb-identity")) {
                    if (row.getCell(0).getStringCellValue().equals(key)) {
                        row.getCell(1).setCellValue(value);
                    }
                }
            }
            if (inProperties) {
                book.getProperties().getCustomProperties().getProperty("AuditWorkbench." + key).setLpwstr(value);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
    }

    /** Takes one identification value out of the hidden sheet and the custom properties, as an older file lacks it. */
    public static void removeIdentity(Path file, String key) throws Exception {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
        try (book) {
            XSSFSheet identity = book.getSheet("awb-identity");
            for (int r = identity.getLastRowNum(); r >= 0; r--) {
                Row row = identity.getRow(r);
                if (row != null && row.getCell(0).getStringCellValue().equals(key)) {
                    identity.removeRow(row);
                }
            }
            var properties = book.getProperties().getCustomProperties().getUnderlyingProperties();
            for (int i = properties.sizeOfPropertyArray() - 1; i >= 0; i--) {
                if (properties.getPropertyArray(i).getName().equals("AuditWorkbench." + key)) {
                    properties.removeProperty(i);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
    }

    /**
     * Replaces a text typed earlier with one Excel would not let anyone type (POI refuses more than 32,767
     * characters in a cell): what a crafted file holds. The text is written into the shared strings as it is.
     */
    public static void craft(Path file, String typed, String crafted) throws Exception {
        Path copy = Files.createTempFile(file.getParent(), ".crafted-", ".xlsx");
        try (ZipFile zip = new ZipFile(file.toFile()); ZipOutputStream out = new ZipOutputStream(
                Files.newOutputStream(copy))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    if (!xml.contains(">" + typed + "<")) {
                        throw new IllegalStateException("the typed text is not in the shared strings");
                    }
                    content = xml.replace(">" + typed + "<", ">" + crafted + "<").getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
                out.closeEntry();
            }
        }
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
    }

    public static String cell(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }
}
