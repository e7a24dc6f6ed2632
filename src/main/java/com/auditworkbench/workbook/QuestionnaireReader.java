package com.auditworkbench.workbook;

import static com.auditworkbench.workbook.QuestionnaireLayout.COLUMN_ANSWER;
import static com.auditworkbench.workbook.QuestionnaireLayout.COLUMN_CODE;
import static com.auditworkbench.workbook.QuestionnaireLayout.COLUMN_COMMENT;
import static com.auditworkbench.workbook.QuestionnaireLayout.COLUMN_QUESTION;
import static com.auditworkbench.workbook.QuestionnaireLayout.FIRST_ITEM_ROW;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ImportProblem;
import com.auditworkbench.domain.ImportProblem.Kind;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.QuestionnaireIdentity;
import com.auditworkbench.domain.ReturnedQuestionnaire;
import com.auditworkbench.service.FileFingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads answered questionnaires. Never throws for what is wrong with a file: a file that is too large, encrypted,
 * damaged, not a workbook or not one of our questionnaires comes back with the reason, and the rest of the
 * selection is read on. The file is checked before POI inflates anything, and POI's zip limits stop a zip bomb.
 */
public final class QuestionnaireReader {

    /** A questionnaire of 60 questions is about 20 KB; even with long comments, 10 MB is far beyond any. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** A part of an answered questionnaire inflates to well under 1 MB; 50 MB leaves room and stops bombs. */
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    /** Ordinary XML inflates at most about 1:100; a zip bomb far more. */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ZIP_ENTRIES = 200;

    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireReader.class);
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final String ENCRYPTION_INFO = "EncryptionInfo";
    private static final String ZIP_LIMIT_MARKER = "ZipSecureFile";
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
    }

    /** Reads the files in parallel, keeping their order; each file's result says whether it could be read. */
    public List<ReturnedQuestionnaire> readAll(List<Path> files, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "awb-questionnaire-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicLong done = new AtomicLong();
            List<Future<ReturnedQuestionnaire>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    ReturnedQuestionnaire read = progress.isCancelled() ? null : read(file);
                    progress.update(done.incrementAndGet(), files.size());
                    return read;
                }));
            }
            List<ReturnedQuestionnaire> read = new ArrayList<>(files.size());
            for (Future<ReturnedQuestionnaire> future : futures) {
                read.add(future.get());
            }
            progress.checkCancelled();
            return read;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reading questionnaires was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading questionnaires failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    public ReturnedQuestionnaire read(Path file) {
        long size;
        byte[] head;
        try {
            size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return ReturnedQuestionnaire.unreadable(file, "", ImportProblem.of(Kind.TOO_LARGE,
                        megabytes(size), megabytes(MAX_FILE_BYTES)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(8);
            }
        } catch (IOException e) {
            LOG.warn("Returned questionnaire {} could not be read", file, e);
            return ReturnedQuestionnaire.unreadable(file, "", ImportProblem.of(Kind.UNREADABLE));
        }
        String sha256;
        try {
            sha256 = FileFingerprint.sha256(file);
        } catch (AuditException e) {
            return ReturnedQuestionnaire.unreadable(file, "", ImportProblem.of(Kind.UNREADABLE));
        }
        FileMagic magic = FileMagic.valueOf(head);
        if (magic == FileMagic.OLE2) {
            return ReturnedQuestionnaire.unreadable(file, sha256, ImportProblem.of(oleKind(file)));
        }
        if (magic != FileMagic.OOXML) {
            return ReturnedQuestionnaire.unreadable(file, sha256, ImportProblem.of(Kind.NOT_WORKBOOK));
        }
        return readWorkbook(file, sha256);
    }

    /** An OLE2 file is either an encrypted xlsx (it holds EncryptionInfo) or an old .xls workbook. */
    private static Kind oleKind(Path file) {
        try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
            return ole.getRoot().hasEntry(ENCRYPTION_INFO) ? Kind.ENCRYPTED : Kind.LEGACY_FORMAT;
        } catch (IOException | RuntimeException e) {
            LOG.info("OLE2 file {} could not be inspected", file, e);
            return Kind.DAMAGED;
        }
    }

    private ReturnedQuestionnaire readWorkbook(Path file, String sha256) {
        OPCPackage opc = null;
        try {
            opc = OPCPackage.open(file.toFile(), PackageAccess.READ);
            if (opc.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType()).isEmpty()
                    && opc.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType()).isEmpty()) {
                return ReturnedQuestionnaire.unreadable(file, sha256, ImportProblem.of(Kind.NOT_WORKBOOK));
            }
            return content(file, sha256, opc);
        } catch (NotOfficeXmlFileException e) {
            LOG.info("{} is a zip file but no workbook", file, e);
            return ReturnedQuestionnaire.unreadable(file, sha256, ImportProblem.of(
                    exceedsZipLimits(e) ? Kind.ZIP_BOMB : Kind.NOT_WORKBOOK));
        } catch (EncryptedDocumentException e) {
            return ReturnedQuestionnaire.unreadable(file, sha256, ImportProblem.of(Kind.ENCRYPTED));
        } catch (Exception e) {
            Kind kind = exceedsZipLimits(e) ? Kind.ZIP_BOMB
                    : holdsWorkbookParts(file) ? Kind.DAMAGED : Kind.NOT_WORKBOOK;
            LOG.info("Returned questionnaire {} could not be opened: {}", file, kind, e);
            return ReturnedQuestionnaire.unreadable(file, sha256, ImportProblem.of(kind));
        } finally {
            if (opc != null) {
                opc.revert();
            }
        }
    }

    /**
     * Whether a zip file POI could not open was meant to be a workbook (then it is damaged) or is some other zip
     * archive. An archive whose directory cannot even be read counts as a damaged workbook.
     */
    private static boolean holdsWorkbookParts(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().equals(CONTENT_TYPES) || e.getName().startsWith("xl/"));
        } catch (IOException e) {
            return true;
        }
    }

    /** POI names the setting to raise in the message of every zip limit it enforces. */
    private static boolean exceedsZipLimits(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(ZIP_LIMIT_MARKER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Streams the two sheets that matter (the identity and the questionnaire) cell by cell, without building the
     * whole workbook in memory: a few milliseconds per file.
     */
    private ReturnedQuestionnaire content(Path file, String sha256, OPCPackage opc) throws Exception {
        XSSFReader reader = new XSSFReader(opc);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(opc, false);
        Map<Integer, String[]> identityRows = null;
        Map<Integer, String[]> questionnaireRows = null;
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                if (QuestionnaireLayout.IDENTITY_SHEET.equals(sheets.getSheetName())) {
                    identityRows = cells(in, strings, 2);
                } else if (questionnaireRows == null) {
                    questionnaireRows = cells(in, strings, COLUMN_COMMENT + 1);
                }
            }
        }
        Map<String, String> fromSheet = identitySheet(identityRows);
        Map<String, String> fromProperties = identityProperties(new POIXMLProperties(opc));
        if (fromSheet.isEmpty() && fromProperties.isEmpty()) {
            return ReturnedQuestionnaire.unreadable(file, sha256, ImportProblem.of(Kind.NOT_QUESTIONNAIRE));
        }
        if (!fromSheet.isEmpty() && !fromProperties.isEmpty() && !fromSheet.equals(fromProperties)) {
            return ReturnedQuestionnaire.unreadable(file, sha256, ImportProblem.of(Kind.IDENTITY_INCONSISTENT));
        }
        Optional<QuestionnaireIdentity> identity = identity(fromSheet.isEmpty() ? fromProperties : fromSheet);
        if (identity.isEmpty() || questionnaireRows == null) {
            return ReturnedQuestionnaire.unreadable(file, sha256, ImportProblem.of(Kind.NOT_QUESTIONNAIRE));
        }
        String respondent = value(questionnaireRows, QuestionnaireLayout.RESPONDENT_ROW,
                QuestionnaireLayout.RESPONDENT_COLUMN);
        List<ReturnedQuestionnaire.Row> rows = new ArrayList<>();
        for (Map.Entry<Integer, String[]> entry : questionnaireRows.entrySet()) {
            int r = entry.getKey();
            String[] cells = entry.getValue();
            if (r < FIRST_ITEM_ROW || Arrays.stream(cells).allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            rows.add(new ReturnedQuestionnaire.Row(r + 1, cells[COLUMN_CODE], cells[COLUMN_QUESTION],
                    cells[COLUMN_ANSWER], cells[COLUMN_COMMENT]));
        }
        return new ReturnedQuestionnaire(file, sha256, identity.get(), respondent, rows, List.of());
    }

    /** The texts of the first columns of a sheet, by row index; a formula counts by its last computed value. */
    private static Map<Integer, String[]> cells(InputStream sheet, ReadOnlySharedStringsTable strings, int columns)
            throws Exception {
        Map<Integer, String[]> rows = new TreeMap<>();
        XSSFSheetXMLHandler.SheetContentsHandler collector = new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
                // cells arrive with their own reference
            }

            @Override
            public void endRow(int rowNum) {
                // nothing to finish per row
            }

            @Override
            public void cell(String reference, String value, XSSFComment comment) {
                CellReference at = new CellReference(reference);
                if (at.getCol() < columns) {
                    rows.computeIfAbsent(at.getRow(), r -> new String[columns])[at.getCol()] = value;
                }
            }
        };
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(null, strings, collector, new DataFormatter(), false));
        parser.parse(new InputSource(sheet));
        return rows;
    }

    private static String value(Map<Integer, String[]> rows, int row, int column) {
        String[] cells = rows.get(row);
        return cells == null || cells[column] == null ? "" : cells[column];
    }

    private static Map<String, String> identitySheet(Map<Integer, String[]> rows) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rows == null) {
            return values;
        }
        for (String[] cells : rows.values()) {
            if (cells[0] != null && QuestionnaireLayout.IDENTITY_KEYS.contains(cells[0])) {
                values.put(cells[0], cells[1] == null ? "" : cells[1]);
            }
        }
        return values;
    }

    private static Map<String, String> identityProperties(POIXMLProperties properties) {
        Map<String, String> values = new LinkedHashMap<>();
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        for (String key : QuestionnaireLayout.IDENTITY_KEYS) {
            CTProperty property = custom.getProperty(QuestionnaireLayout.PROPERTY_PREFIX + key);
            if (property != null) {
                values.put(key, propertyText(property));
            }
        }
        return values;
    }

    /** Written as text; an office suite that re-saves the file may store a number-like value as a number. */
    private static String propertyText(CTProperty property) {
        if (property.isSetLpwstr()) {
            return property.getLpwstr();
        }
        if (property.isSetLpstr()) {
            return property.getLpstr();
        }
        if (property.isSetI4()) {
            return Integer.toString(property.getI4());
        }
        if (property.isSetI8()) {
            return Long.toString(property.getI8());
        }
        if (property.isSetR8()) {
            double value = property.getR8();
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
        return "";
    }

    private static Optional<QuestionnaireIdentity> identity(Map<String, String> values) {
        if (!values.keySet().containsAll(QuestionnaireLayout.IDENTITY_KEYS)
                || !QuestionnaireLayout.FORMAT_VERSION.equals(values.get(QuestionnaireLayout.KEY_FORMAT))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new QuestionnaireIdentity(
                    values.get(QuestionnaireLayout.KEY_CAMPAIGN_UUID),
                    values.get(QuestionnaireLayout.KEY_CAMPAIGN_CODE),
                    Long.parseLong(values.get(QuestionnaireLayout.KEY_DEPARTMENT_ID)),
                    values.get(QuestionnaireLayout.KEY_DEPARTMENT_CODE),
                    values.get(QuestionnaireLayout.KEY_DEPARTMENT_NAME),
                    values.get(QuestionnaireLayout.KEY_TEMPLATE_ID),
                    values.get(QuestionnaireLayout.KEY_TEMPLATE_VERSION),
                    Integer.parseInt(values.get(QuestionnaireLayout.KEY_QUESTION_COUNT)),
                    values.get(QuestionnaireLayout.KEY_QUESTION_CHECKSUM)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

}
