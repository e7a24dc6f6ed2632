package com.auditworkbench.workbook;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.DocumentRequest;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.RequestList;
import com.auditworkbench.store.PartFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 予備調査 request list sent to a department: the audit, who to contact, and one row per document asked for,
 * with a column the department fills in. A4 landscape, marked on every page, in the user's language. Written to a
 * temporary file and moved into place, so a failed export leaves nothing behind.
 */
public final class RequestListWorkbook {

    private static final Logger LOG = LoggerFactory.getLogger(RequestListWorkbook.class);

    /** Row of the table's header; the rows above it say what the list is. */
    public static final int HEADER_ROW = 7;
    /** Column the department writes its answer in. */
    public static final int ANSWER_COLUMN = 9;

    /** Room for the department to write two lines by hand or in Excel. */
    private static final float ANSWER_ROW_POINTS = 32f;
    private static final int[] WIDTHS = {9, 18, 34, 10, 13, 13, 11, 13, 24, 40};
    private static final String[] COLUMNS = {"number", "department", "title", "item", "requestedOn", "dueOn",
        "status", "receivedOn", "note", "answer"};

    private final Messages messages;

    public RequestListWorkbook(Messages messages) {
        this.messages = messages;
    }

    public void write(RequestList list, Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path folder = Optional.ofNullable(target.getParent()).orElse(target);
        if (!Files.isDirectory(folder)) {
            throw new AuditException("export.error.folderMissing", folder);
        }
        Path temporary = null;
        try {
            temporary = PartFiles.createBeside(folder, ".requests-", ".xlsx");
            try (SXSSFWorkbook workbook = new SealedStreamingWorkbook(100)) {
                WorkbookStyles styles = new WorkbookStyles(workbook);
                writeSheet(workbook, styles, list);
                properties(workbook, list);
                try (OutputStream stream = Files.newOutputStream(temporary)) {
                    workbook.write(stream);
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Request list of plan {} written to {}", list.plan().code(), target);
        } catch (IOException e) {
            LOG.error("Request list could not be written to {}", target, e);
            throw new AuditException(e, "export.error.write", target.getFileName());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.warn("Temporary export file {} could not be removed", temporary, e);
                }
            }
        }
    }

    private void writeSheet(SXSSFWorkbook workbook, WorkbookStyles styles, RequestList list) {
        Plan plan = list.plan();
        SheetWriter sheet = new SheetWriter(workbook.createSheet(messages.get("requestList.sheet")), styles, WIDTHS);
        Row marking = sheet.sheet().createRow(0);
        SheetWriter.cell(marking, WIDTHS.length - 1, "【" + plan.marking() + "】", styles.marking());
        sheet.skip(1);
        Row title = sheet.sheet().createRow(sheet.nextRow());
        title.setHeightInPoints(30);
        SheetWriter.cell(title, 0, messages.get("requestList.title"), styles.title());
        sheet.sheet().addMergedRegion(new CellRangeAddress(sheet.nextRow(), sheet.nextRow(), 0, WIDTHS.length - 1));
        sheet.skip(1);
        pair(sheet, styles, "requestList.audit", plan.title());
        pair(sheet, styles, "requestList.department", list.department() == null
                ? messages.get("requestList.allDepartments") : list.department().name());
        pair(sheet, styles, "requestList.contact", plan.leadAuditor());
        pair(sheet, styles, "requestList.instructions", messages.get("requestList.instructionsText"));
        sheet.skip(HEADER_ROW - sheet.nextRow());
        String[] labels = new String[COLUMNS.length];
        for (int c = 0; c < COLUMNS.length; c++) {
            labels[c] = messages.get("requestList.col." + COLUMNS[c]);
        }
        sheet.header(labels);
        CellStyle answer = answerStyle(workbook);
        CellStyle[] cellStyles = {styles.centered(), styles.wrapped(), styles.wrapped(), styles.centered(),
            styles.centered(), styles.centered(), styles.centered(), styles.centered(), styles.wrapped(), answer};
        for (DocumentRequest q : list.requests()) {
            Row row = sheet.row(new String[] {q.reference(), q.department().name(), q.title(), q.itemCode(),
                Dates.date(q.requestedOn(), messages), Dates.date(q.dueOn(), messages),
                messages.get(q.status().messageKey()), Dates.date(q.receivedOn(), messages), q.note(), ""},
                    cellStyles);
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), ANSWER_ROW_POINTS));
        }
        if (list.requests().isEmpty()) {
            sheet.note(messages.get("requestList.empty"), COLUMNS.length);
        }
        sheet.finish(messages, plan.marking(), messages.get("requestList.title") + " " + plan.title(), true);
    }

    private void pair(SheetWriter sheet, WorkbookStyles styles, String labelKey, String value) {
        Row row = sheet.sheet().createRow(sheet.nextRow());
        SheetWriter.cell(row, 0, messages.get(labelKey), styles.label());
        sheet.sheet().addMergedRegion(new CellRangeAddress(sheet.nextRow(), sheet.nextRow(), 0, 1));
        SheetWriter.cell(row, 1, "", styles.label());
        SheetWriter.cell(row, 2, value, styles.wrapped());
        for (int c = 3; c < WIDTHS.length; c++) {
            SheetWriter.cell(row, c, "", styles.wrapped());
        }
        sheet.sheet().addMergedRegion(new CellRangeAddress(sheet.nextRow(), sheet.nextRow(), 2, WIDTHS.length - 1));
        RowHeights.fit(row, new int[] {WIDTHS[0] + WIDTHS[1], 1, 158}, "", "", value);
        sheet.skip(1);
    }

    /** The department's column stands out, so the reader sees where to write; one style for all its cells. */
    private static CellStyle answerStyle(SXSSFWorkbook workbook) {
        CellStyle style = WorkbookStyles.bordered(workbook, WorkbookStyles.font(workbook, 10, false));
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setLocked(false);
        return style;
    }

    private void properties(SXSSFWorkbook workbook, RequestList list) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(messages.get("requestList.title") + " " + list.plan().title());
        core.setCreator(list.plan().leadAuditor().isBlank() ? messages.get("app.name") : list.plan().leadAuditor());
        core.setKeywords(list.plan().marking());
        core.setCreated(Optional.of(java.util.Date.from(list.exportedAt())));
    }
}
