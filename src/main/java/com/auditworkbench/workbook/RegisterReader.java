package com.auditworkbench.workbook;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.RegisterTable;
import com.auditworkbench.workbook.UntrustedWorkbook.RefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the city's existing asset register: the first sheet with content of an Excel workbook (.xlsx), or a CSV
 * file in UTF-8 (with or without BOM) or Shift_JIS (Windows-31J), as registers exported from older systems are.
 * Only cells are read here; what they mean is decided by the register import. A file that cannot be a register
 * gets one sentence, never a stack trace. Both kinds are checked and opened under the register limits of
 * {@link UntrustedWorkbook}.
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

    static final long MAX_BYTES = UntrustedWorkbook.REGISTER.maxFileBytes();
    /** The header is the first row with two or more filled cells within this many rows (a title may sit above). */
    static final int HEADER_SEARCH_ROWS = 20;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RegisterReader() {
    }

    public static RegisterTable read(Path file, Encoding encoding) {
        String name = file.getFileName().toString();
        FileMagic magic;
        try {
            UntrustedWorkbook.checkFile(file, MAX_BYTES);
            magic = UntrustedWorkbook.magic(file);
        } catch (RefusedException e) {
            throw refused(e, name);
        }
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

    private static AuditException refused(RefusedException e, String name) {
        return switch (e.refusal()) {
            case MISSING -> new AuditException("register.read.missing", name);
            case NOT_A_FILE -> new AuditException("register.read.notAFile", name);
            case TOO_LARGE -> new AuditException("register.read.tooLarge", name, MAX_BYTES / (1024 * 1024));
            case UNREADABLE -> new AuditException(e, "register.read.unreadable", name);
            case ENCRYPTED, LEGACY_FORMAT -> new AuditException("register.read.oldOrProtected", name);
            case NOT_WORKBOOK, DAMAGED -> new AuditException(e, "register.read.notWorkbook", name);
            case ZIP_BOMB -> new AuditException("register.read.zipBomb", name);
            case TOO_MANY_ROWS -> new AuditException("register.read.tooManyRows", name,
                    UntrustedWorkbook.REGISTER.maxRows());
            case TOO_MANY_COLUMNS -> new AuditException("register.read.tooManyColumns", name,
                    UntrustedWorkbook.REGISTER.maxColumns());
        };
    }

    /**
     * Streams the first visible sheet with content, row by row, under the register limits of
     * {@link UntrustedWorkbook}: a large register is never built as a workbook in memory. A formula counts by the
     * value Excel last computed and saved with it.
     */
    private static RegisterTable readWorkbook(Path file, String name) {
        try (UntrustedWorkbook workbook = UntrustedWorkbook.open(file, UntrustedWorkbook.REGISTER)) {
            Set<String> hidden = hiddenSheets(workbook);
            SharedStrings strings = workbook.sharedStrings();
            Styles styles = workbook.styles();
            for (UntrustedWorkbook.SheetRef sheet : workbook.sheets()) {
                if (hidden.contains(sheet.name())) {
                    continue;
                }
                List<RegisterTable.Row> rows = new ArrayList<>();
                workbook.readSheet(sheet.part(), styles, strings, new RowCollector(rows));
                if (rows.stream().anyMatch(r -> !r.blank())) {
                    return table(name, "xlsx", sheet.name(), rows);
                }
            }
            throw new AuditException("register.read.empty", name);
        } catch (RefusedException e) {
            throw refused(e, name);
        }
    }

    /** The names of the hidden sheets, from the workbook part; a register is never read from one. */
    private static Set<String> hiddenSheets(UntrustedWorkbook workbook) throws RefusedException {
        Set<String> hidden = new HashSet<>();
        try (InputStream in = workbook.workbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("sheet".equals(localName) && attributes.getValue("state") != null
                            && !"visible".equals(attributes.getValue("state"))) {
                        hidden.add(attributes.getValue("name"));
                    }
                }
            });
            parser.parse(new InputSource(in));
            return hidden;
        } catch (IOException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new RefusedException(UntrustedWorkbook.Refusal.DAMAGED);
        }
    }

    /** The texts of a sheet's rows as written, blank cells as empty texts. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<RegisterTable.Row> rows;
        private List<String> cells;

        RowCollector(List<RegisterTable.Row> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new RegisterTable.Row(rowNum + 1, cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.strip());
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
        if (rows.size() > UntrustedWorkbook.REGISTER.maxRows()) {
            throw new AuditException("register.read.tooManyRows", name, UntrustedWorkbook.REGISTER.maxRows());
        }
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
