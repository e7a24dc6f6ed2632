package com.auditworkbench.workbook;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.store.PartFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbook the information-security committee reads (Art. 12): cover, summary with charts, plan, checklist
 * results, findings, follow-up, evidence index and the Art. 12 review, in the user's language, print-ready on A4,
 * with one styles object for the whole workbook. Written to a temporary file and moved into place, so a failed or
 * cancelled export leaves no partial workbook behind.
 */
public final class CommitteeWorkbook {

    private static final Logger LOG = LoggerFactory.getLogger(CommitteeWorkbook.class);
    private static final int STREAM_WINDOW = 200;
    private static final int[] COVER_COLUMN_WIDTHS = {30, 96};

    private final Messages messages;
    private final ZoneId zone;

    public CommitteeWorkbook(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public void write(CommitteeReport report, Path out, Progress progress) {
        Path target = out.toAbsolutePath().normalize();
        Path folder = Optional.ofNullable(target.getParent()).orElse(target);
        if (!Files.isDirectory(folder)) {
            throw new AuditException("export.error.folderMissing", folder);
        }
        Path temporary = null;
        try {
            temporary = PartFiles.createBeside(folder, ".committee-", ".xlsx");
            try (SXSSFWorkbook workbook = new SealedStreamingWorkbook(STREAM_WINDOW)) {
                WorkbookStyles styles = new WorkbookStyles(workbook);
                long total = 6L + report.rows().size() + report.findings().size();
                long[] done = {0};
                writeCover(workbook, styles, report);
                SummarySheet.write(workbook.createSheet(messages.get("workbook.sheet.summary")), styles, messages,
                        report);
                PlanSheet.write(workbook.createSheet(messages.get("workbook.sheet.plan")), styles, messages, report,
                        zone);
                done[0] += 3;
                progress.update(done[0], total);
                ChecklistSheet.write(workbook.createSheet(messages.get("workbook.sheet.checklist")), styles, messages,
                        report, progress, done, total);
                FindingsSheet.write(workbook.createSheet(messages.get("workbook.sheet.findings")), styles, messages,
                        report, progress, done, total);
                FollowUpSheet.write(workbook.createSheet(messages.get("workbook.sheet.followUp")), styles, messages,
                        report);
                EvidenceSheet.write(workbook.createSheet(messages.get("workbook.sheet.evidence")), styles, messages,
                        report, zone);
                PolicyReviewSheet.write(workbook.createSheet(messages.get("workbook.sheet.review")), styles,
                        messages, report);
                if (report.selfInspection() != null) {
                    SelfInspectionSheet.write(workbook, styles, messages, report.selfInspection(),
                            report.plan().marking());
                }
                setProperties(workbook, report);
                progress.checkCancelled();
                try (OutputStream stream = Files.newOutputStream(temporary)) {
                    workbook.write(stream);
                }
                progress.update(total, total);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Committee workbook for plan {} written to {}", report.plan().code(), target);
        } catch (IOException e) {
            LOG.error("Committee workbook could not be written to {}", target, e);
            throw new AuditException(e, "export.error.write", target.getFileName());
        } finally {
            deleteQuietly(temporary);
        }
    }

    private void writeCover(SXSSFWorkbook workbook, WorkbookStyles styles, CommitteeReport report) {
        Plan plan = report.plan();
        SXSSFSheet sheet = workbook.createSheet(messages.get("workbook.sheet.cover"));
        sheet.setColumnWidth(0, COVER_COLUMN_WIDTHS[0] * 256);
        sheet.setColumnWidth(1, COVER_COLUMN_WIDTHS[1] * 256);
        Row markingRow = sheet.createRow(0);
        cell(markingRow, 1, "【" + plan.marking() + "】", styles.marking());
        Row titleRow = sheet.createRow(1);
        titleRow.setHeightInPoints(36);
        cell(titleRow, 0, messages.get("workbook.cover.heading", plan.fiscalYear().japaneseName()), styles.title());
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 1));

        int r = 3;
        r = pair(sheet, styles, r, "workbook.cover.planTitle", plan.title());
        r = pair(sheet, styles, r, "workbook.cover.fiscalYear", plan.fiscalYear().fullName());
        r = pair(sheet, styles, r, "workbook.cover.period", period(plan));
        r = pair(sheet, styles, r, "workbook.cover.lead", plan.leadAuditor());
        r = pair(sheet, styles, r, "workbook.cover.departments",
                plan.departments().stream().map(Department::name).collect(Collectors.joining("、")));
        r = pair(sheet, styles, r, "workbook.cover.objective", plan.objective());
        r = pair(sheet, styles, r, "workbook.cover.marking", plan.marking());
        r = pair(sheet, styles, r, "workbook.cover.template",
                plan.templateTitle().in(messages.locale()) + " " + plan.templateVersion());
        r = pair(sheet, styles, r, "workbook.cover.findingCount",
                messages.get("workbook.cover.findingCountValue", report.findings().size()));
        if (report.gateOverride() != null) {
            r = gateOverride(sheet, styles, r, report.gateOverride());
        }
        r = pair(sheet, styles, r, "workbook.cover.exportedAt", Dates.dateTime(report.exportedAt(), zone, messages));
        r = pair(sheet, styles, r, "workbook.cover.application",
                messages.get("app.name") + " " + report.applicationVersion());
        r = pair(sheet, styles, r, "workbook.cover.fingerprint", report.workbenchFingerprint());
        pair(sheet, styles, r, "workbook.cover.activityHead", report.activityHeadHash());
        PageSetup.apply(sheet, plan.marking(), plan.title(), messages.get("workbook.pageOf"), -1);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitHeight((short) 1);
    }

    /** The audit lead's override of the gate before 報告: who, when, why, and what was still open (ADR 0011). */
    private int gateOverride(Sheet sheet, WorkbookStyles styles, int rowIndex,
            com.auditworkbench.domain.PhaseChange override) {
        int r = pair(sheet, styles, rowIndex, "workbook.cover.gateOverride", messages.get(
                "workbook.cover.gateOverrideValue", Dates.dateTime(override.changedAt(), zone, messages),
                override.changedBy(), override.overrideReason()));
        String open = override.openAtChange().stream().map(line -> {
            int bar = line.indexOf('|');
            return bar < 0 ? line : messages.get("whatIsLeft." + line.substring(0, bar), line.substring(bar + 1));
        }).collect(Collectors.joining("\n"));
        return pair(sheet, styles, r, "workbook.cover.gateOverrideOpen", open);
    }

    private int pair(Sheet sheet, WorkbookStyles styles, int rowIndex, String labelKey, String value) {
        Row row = sheet.createRow(rowIndex);
        cell(row, 0, messages.get(labelKey), styles.label());
        cell(row, 1, value, value.matches("[0-9a-f]{64}") ? styles.monospace() : styles.wrapped());
        RowHeights.fit(row, COVER_COLUMN_WIDTHS, "", value);
        return rowIndex + 1;
    }

    private String period(Plan plan) {
        if (plan.periodStart() == null && plan.periodEnd() == null) {
            return messages.get("workbook.cover.periodUnset");
        }
        return messages.get("workbook.cover.periodValue", Dates.date(plan.periodStart(), messages),
                Dates.date(plan.periodEnd(), messages));
    }

    /** Always a string cell: text beginning with = + - @ stays text and never becomes a formula. */
    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private void setProperties(SXSSFWorkbook workbook, CommitteeReport report) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(report.plan().title());
        core.setSubjectProperty(messages.get("workbook.subject", report.plan().fiscalYear().japaneseName()));
        core.setCreator(report.plan().leadAuditor().isBlank() ? messages.get("app.name") : report.plan().leadAuditor());
        core.setCreated(Optional.of(Date.from(report.exportedAt())));
        core.setKeywords(report.plan().marking());
        workbook.getXSSFWorkbook().getProperties().getExtendedProperties().getUnderlyingProperties()
                .setApplication(messages.get("app.name") + " " + report.applicationVersion());
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Temporary export file {} could not be removed", file, e);
        }
    }
}
