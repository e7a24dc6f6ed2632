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
import com.auditworkbench.workbook.UntrustedWorkbook.RefusedException;
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
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads answered questionnaires. Never throws for what is wrong with a file: a file that is no regular file, too
 * large, encrypted, damaged, not a workbook or not one of our questionnaires comes back with the reason, and the
 * rest of the selection is read on. The file is opened under the questionnaire limits of {@link UntrustedWorkbook};
 * only the identity and the first sheet are read, and the first sheet only as far as the questions sent reach.
 */
public final class QuestionnaireReader {

    public static final long MAX_FILE_BYTES = UntrustedWorkbook.QUESTIONNAIRE.maxFileBytes();
    /**
     * Rows below the last question that are still read, so a row or two a department added is reported as added
     * rows; a filled row further down stops the reading.
     */
    static final int EXTRA_ROWS = 10;
    /** The identity sheet holds a dozen rows; reading stops well after them. */
    private static final int IDENTITY_ROWS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireReader.class);
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

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
        try (UntrustedWorkbook workbook = UntrustedWorkbook.open(file, UntrustedWorkbook.QUESTIONNAIRE)) {
            String sha256 = FileFingerprint.sha256(file);
            try {
                return content(file, sha256, workbook);
            } catch (RefusedException e) {
                return ReturnedQuestionnaire.unreadable(file, sha256, problem(e));
            }
        } catch (RefusedException e) {
            return ReturnedQuestionnaire.unreadable(file, "", problem(e));
        } catch (AuditException e) {
            LOG.warn("Returned questionnaire {} could not be read", file, e);
            return ReturnedQuestionnaire.unreadable(file, "", ImportProblem.of(Kind.UNREADABLE));
        }
    }

    private static ImportProblem problem(RefusedException e) {
        return switch (e.refusal()) {
            case MISSING, UNREADABLE -> ImportProblem.of(Kind.UNREADABLE);
            case NOT_A_FILE -> ImportProblem.of(Kind.NOT_A_FILE);
            case TOO_LARGE -> ImportProblem.of(Kind.TOO_LARGE, megabytes(e.size()), megabytes(MAX_FILE_BYTES));
            case ENCRYPTED -> ImportProblem.of(Kind.ENCRYPTED);
            case LEGACY_FORMAT -> ImportProblem.of(Kind.LEGACY_FORMAT);
            case NOT_WORKBOOK -> ImportProblem.of(Kind.NOT_WORKBOOK);
            case DAMAGED -> ImportProblem.of(Kind.DAMAGED);
            case ZIP_BOMB -> ImportProblem.of(Kind.ZIP_BOMB);
            case TOO_MANY_ROWS, TOO_MANY_COLUMNS -> ImportProblem.of(Kind.TOO_MANY_ROWS);
        };
    }

    /**
     * Streams the identity sheet, then the questionnaire sheet cell by cell as far as the questions reach, without
     * building the workbook in memory: a few milliseconds per file.
     */
    private ReturnedQuestionnaire content(Path file, String sha256, UntrustedWorkbook workbook)
            throws RefusedException {
        SharedStrings strings = workbook.sharedStrings();
        UntrustedWorkbook.SheetRef identitySheet = null;
        UntrustedWorkbook.SheetRef questionnaireSheet = null;
        for (UntrustedWorkbook.SheetRef sheet : workbook.sheets()) {
            if (QuestionnaireLayout.IDENTITY_SHEET.equals(sheet.name())) {
                identitySheet = sheet;
            } else if (questionnaireSheet == null) {
                questionnaireSheet = sheet;
            }
        }
        Map<Integer, String[]> identityRows = identitySheet == null ? null
                : cells(workbook, identitySheet, strings, 2, IDENTITY_ROWS, false);
        Map<String, String> fromSheet = identitySheet(identityRows);
        Map<String, String> fromProperties = identityProperties(workbook.properties());
        if (fromSheet.isEmpty() && fromProperties.isEmpty()) {
            return ReturnedQuestionnaire.unreadable(file, sha256, ImportProblem.of(Kind.NOT_QUESTIONNAIRE));
        }
        if (!fromSheet.isEmpty() && !fromProperties.isEmpty() && !fromSheet.equals(fromProperties)) {
            return ReturnedQuestionnaire.unreadable(file, sha256, ImportProblem.of(Kind.IDENTITY_INCONSISTENT));
        }
        Optional<QuestionnaireIdentity> identity = identity(fromSheet.isEmpty() ? fromProperties : fromSheet);
        if (identity.isEmpty() || questionnaireSheet == null) {
            return ReturnedQuestionnaire.unreadable(file, sha256, ImportProblem.of(Kind.NOT_QUESTIONNAIRE));
        }
        int questions = Math.min(Math.max(0, identity.get().questionCount()), UntrustedWorkbook.QUESTIONNAIRE.maxRows());
        int lastRow = FIRST_ITEM_ROW + questions + EXTRA_ROWS;
        Map<Integer, String[]> questionnaireRows = cells(workbook, questionnaireSheet, strings, COLUMN_COMMENT + 1,
                lastRow, true);
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

    /**
     * The texts of the first columns of a sheet up to a row, by row index; a formula counts by its last computed
     * value. Blank cells are not kept. Beyond the last row, a filled cell refuses the sheet when {@code strict},
     * and ends the reading otherwise.
     */
    private static Map<Integer, String[]> cells(UntrustedWorkbook workbook, UntrustedWorkbook.SheetRef sheet,
            SharedStrings strings, int columns, int lastRow, boolean strict) throws RefusedException {
        Map<Integer, String[]> rows = new TreeMap<>();
        workbook.readSheet(sheet.part(), null, strings, new XSSFSheetXMLHandler.SheetContentsHandler() {
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
                if (value == null || value.isEmpty()) {
                    return;
                }
                CellReference at = new CellReference(reference);
                if (at.getRow() > lastRow) {
                    if (strict) {
                        throw new UntrustedWorkbook.LimitReached(UntrustedWorkbook.Refusal.TOO_MANY_ROWS);
                    }
                    throw new UntrustedWorkbook.StopReading();
                }
                if (at.getCol() < columns) {
                    rows.computeIfAbsent(at.getRow(), r -> new String[columns])[at.getCol()] = value;
                }
            }
        });
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
            if (cells[0] != null && QuestionnaireLayout.SEALED_KEYS.contains(cells[0])) {
                values.put(cells[0], cells[1] == null ? "" : cells[1]);
            }
        }
        return values;
    }

    private static Map<String, String> identityProperties(POIXMLProperties properties) {
        Map<String, String> values = new LinkedHashMap<>();
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        for (String key : QuestionnaireLayout.SEALED_KEYS) {
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
                    values.get(QuestionnaireLayout.KEY_QUESTION_CHECKSUM),
                    values.getOrDefault(QuestionnaireLayout.KEY_SEAL, "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

}
