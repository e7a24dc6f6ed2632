package com.auditworkbench.workbook;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.RegisterTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the city's existing asset register: the first sheet with content of an Excel workbook (.xlsx), or a CSV
 * file in UTF-8 (with or without BOM) or Shift_JIS (Windows-31J), as registers exported from older systems are.
 * Only cells are read here; what they mean is decided by the register import. A file that cannot be a register
 * gets one sentence, never a stack trace.
 */
public final class RegisterReader {

    /** How the bytes of a CSV file are to be read. */
    public enum Encoding {
        AUTO("auto", null),
        UTF_8("utf8", StandardCharsets.UTF_8),
        SHIFT_JIS("sjis", Charset.forName("Windows-31J"));

        private final String code;
        private final Charset charset;

        Encoding(String code, Charset charset) {
            this.code = code;
            this.charset = charset;
        }

        public String messageKey() {
            return "register.encoding." + code;
        }
    }

    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** The header is the first row with two or more filled cells within this many rows (a title may sit above). */
    static final int HEADER_SEARCH_ROWS = 20;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RegisterReader() {
    }

    public static RegisterTable read(Path file, Encoding encoding) {
        String name = file.getFileName().toString();
        byte[] head;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new AuditException("register.read.tooLarge", name, MAX_BYTES / (1024 * 1024));
            }
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(8);
            }
        } catch (NoSuchFileException e) {
            throw new AuditException("register.read.missing", name);
        } catch (IOException e) {
            throw new AuditException(e, "register.read.unreadable", name);
        }
        FileMagic magic = FileMagic.valueOf(head);
        if (magic == FileMagic.OOXML) {
            return readWorkbook(file, name);
        }
        if (magic == FileMagic.OLE2) {
            throw new AuditException("register.read.oldOrProtected", name);
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new AuditException("register.read.notWorkbook", name);
        }
        return readCsv(file, name, encoding);
    }

    private static RegisterTable readWorkbook(Path file, String name) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            DataFormatter formatter = new DataFormatter(Locale.JAPAN);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : workbook) {
                if (workbook.isSheetHidden(workbook.getSheetIndex(sheet))) {
                    continue;
                }
                List<RegisterTable.Row> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : text(formatter, evaluator, cell));
                    }
                    rows.add(new RegisterTable.Row(row.getRowNum() + 1, cells));
                }
                if (rows.stream().anyMatch(r -> !r.blank())) {
                    return table(name, "xlsx", sheet.getSheetName(), rows);
                }
            }
            throw new AuditException("register.read.empty", name);
        } catch (EncryptedDocumentException e) {
            throw new AuditException("register.read.oldOrProtected", name);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException
                | IllegalStateException | org.apache.poi.ooxml.POIXMLException e) {
            throw new AuditException(e, "register.read.notWorkbook", name);
        } catch (IOException e) {
            throw new AuditException(e, "register.read.unreadable", name);
        }
    }

    private static String text(DataFormatter formatter, FormulaEvaluator evaluator, Cell cell) {
        try {
            return formatter.formatCellValue(cell, evaluator).strip();
        } catch (RuntimeException e) {
            return formatter.formatCellValue(cell).strip();
        }
    }

    private static RegisterTable readCsv(Path file, String name, Encoding encoding) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AuditException(e, "register.read.unreadable", name);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new AuditException("register.read.notText", name);
            }
        }
        boolean bom = bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1]
                && bytes[2] == UTF8_BOM[2];
        int offset = bom ? 3 : 0;
        Encoding used = encoding;
        if (used == Encoding.AUTO) {
            used = bom || isUtf8(bytes, offset) ? Encoding.UTF_8 : Encoding.SHIFT_JIS;
        }
        String text;
        try {
            text = used.charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new AuditException("register.read.wrongEncoding", name, used.charset.name());
        }
        List<RegisterTable.Row> rows = CsvRows.parse(text);
        if (rows.stream().allMatch(RegisterTable.Row::blank)) {
            throw new AuditException("register.read.empty", name);
        }
        return table(name, used.charset.name(), null, rows);
    }

    private static boolean isUtf8(byte[] bytes, int offset) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Splits off the header: the first of the first rows with at least two filled cells. */
    private static RegisterTable table(String name, String encoding, String sheet, List<RegisterTable.Row> rows) {
        int limit = Math.min(rows.size(), HEADER_SEARCH_ROWS);
        for (int i = 0; i < limit; i++) {
            long filled = rows.get(i).cells().stream().filter(c -> c != null && !c.isBlank()).count();
            if (filled >= 2) {
                List<String> headers = rows.get(i).cells().stream().map(String::strip).toList();
                String label = sheet == null ? name : name + "［" + sheet + "］";
                return new RegisterTable(label, encoding, headers, rows.subList(i + 1, rows.size()));
            }
        }
        throw new AuditException("register.read.noHeader", name);
    }
}
