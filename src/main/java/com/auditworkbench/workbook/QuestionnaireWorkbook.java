package com.auditworkbench.workbook;

import static com.auditworkbench.workbook.QuestionnaireLayout.COLUMN_ANSWER;
import static com.auditworkbench.workbook.QuestionnaireLayout.COLUMN_CATEGORY;
import static com.auditworkbench.workbook.QuestionnaireLayout.COLUMN_CODE;
import static com.auditworkbench.workbook.QuestionnaireLayout.COLUMN_COMMENT;
import static com.auditworkbench.workbook.QuestionnaireLayout.COLUMN_EXPLANATION;
import static com.auditworkbench.workbook.QuestionnaireLayout.COLUMN_QUESTION;
import static com.auditworkbench.workbook.QuestionnaireLayout.COLUMN_WIDTHS;
import static com.auditworkbench.workbook.QuestionnaireLayout.FIRST_DETAIL_ROW;
import static com.auditworkbench.workbook.QuestionnaireLayout.FIRST_ITEM_ROW;
import static com.auditworkbench.workbook.QuestionnaireLayout.HEADER_ROW;
import static com.auditworkbench.workbook.QuestionnaireLayout.INSTRUCTIONS_LABEL_ROW;
import static com.auditworkbench.workbook.QuestionnaireLayout.INSTRUCTIONS_ROW;
import static com.auditworkbench.workbook.QuestionnaireLayout.PROTECTION_PASSWORD;
import static com.auditworkbench.workbook.QuestionnaireLayout.RESPONDENT_ROW;
import static com.auditworkbench.workbook.QuestionnaireLayout.TITLE_ROW;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Questionnaire;
import com.auditworkbench.service.OutputTarget;
import com.auditworkbench.domain.QuestionnaireIdentity;
import com.auditworkbench.domain.SelfInspectionAnswer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The self-inspection questionnaire a department answers (自己点検票): one workbook per department, in Japanese,
 * print-ready on A4. Only the answer, comment and respondent cells take typing; the answer cell offers the
 * template's scale as a drop-down. A very hidden sheet and the document's custom properties identify campaign,
 * department and questions, so the returned file is matched without trusting its name.
 */
public final class QuestionnaireWorkbook {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireWorkbook.class);
    private static final int LAST_COLUMN = COLUMN_COMMENT;
    private static final int MIN_ITEM_LINES = 3;
    private static final float POINTS_PER_LINE = 13.5f;
    private static final int MAX_FILE_NAME_CHARS = 80;

    private final Messages messages;

    public QuestionnaireWorkbook(Messages messages) {
        this.messages = messages;
    }

    /** The file name a department's questionnaire gets: its name first, then the campaign code. */
    public static String fileName(Questionnaire questionnaire) {
        String name = questionnaire.department().name().strip().replaceAll("[\\\\/:*?\"<>|\\s\\p{Cntrl}]+", "_");
        if (name.length() > MAX_FILE_NAME_CHARS) {
            name = name.substring(0, MAX_FILE_NAME_CHARS);
        }
        return name + "_" + questionnaire.campaign().code() + ".xlsx";
    }

    /**
     * Writes every questionnaire into the folder, or none: a file already there is never overwritten (it may be
     * an answered one), and a failure removes what was written.
     */
    public List<Path> writeAll(List<Questionnaire> questionnaires, Path folder, Progress progress) {
        return writeAll(questionnaires, folder, false, progress);
    }

    /**
     * Writes every questionnaire into the folder, or none; {@code overwrite} (the command line's {@code --force})
     * replaces files already there. Never into a workbench's evidence folder, never over a workbench.
     */
    public List<Path> writeAll(List<Questionnaire> questionnaires, Path folder, boolean overwrite,
            Progress progress) {
        Path target = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(target)) {
            throw new AuditException("export.error.folderMissing", target);
        }
        OutputTarget rule = OutputTarget.protecting();
        target = rule.checkFolder(target);
        Map<Path, Questionnaire> planned = new LinkedHashMap<>();
        for (Questionnaire questionnaire : questionnaires) {
            Path out = target.resolve(fileName(questionnaire));
            if ((Files.exists(out) && !overwrite) || planned.containsKey(out)) {
                throw new AuditException("questionnaire.error.exists", out.getFileName(), target);
            }
            planned.put(rule.check(out, true), questionnaire);
        }
        List<Path> temporaries = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            long done = 0;
            for (Map.Entry<Path, Questionnaire> entry : planned.entrySet()) {
                progress.checkCancelled();
                temporaries.add(writeTemporary(entry.getValue(), target));
                progress.update(++done, planned.size());
            }
            int i = 0;
            for (Path out : planned.keySet()) {
                Files.move(temporaries.get(i++), out, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                written.add(out);
            }
            LOG.info("{} questionnaires written to {}", written.size(), target);
            return written;
        } catch (IOException e) {
            LOG.error("Questionnaires could not be written to {}", target, e);
            written.forEach(QuestionnaireWorkbook::deleteQuietly);
            throw new AuditException(e, "export.error.write", target);
        } catch (RuntimeException e) {
            written.forEach(QuestionnaireWorkbook::deleteQuietly);
            throw e;
        } finally {
            temporaries.forEach(QuestionnaireWorkbook::deleteQuietly);
        }
    }

    /** Writes one questionnaire to the file, replacing it: for a single re-issued file the user chose. */
    public void write(Questionnaire questionnaire, Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path folder = Optional.ofNullable(target.getParent()).orElse(target);
        if (!Files.isDirectory(folder)) {
            throw new AuditException("export.error.folderMissing", folder);
        }
        Path temporary = null;
        try {
            temporary = writeTemporary(questionnaire, folder);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.error("Questionnaire could not be written to {}", target, e);
            throw new AuditException(e, "export.error.write", target.getFileName());
        } finally {
            deleteQuietly(temporary);
        }
    }

    private Path writeTemporary(Questionnaire questionnaire, Path folder) throws IOException {
        Path temporary = Files.createTempFile(folder, ".questionnaire-", ".xlsx.part");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(temporary)) {
            build(workbook, questionnaire);
            workbook.write(stream);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
        return temporary;
    }

    void build(XSSFWorkbook workbook, Questionnaire questionnaire) {
        QuestionnaireStyles styles = new QuestionnaireStyles(workbook);
        XSSFSheet sheet = workbook.createSheet(messages.get("questionnaire.sheet"));
        for (int c = 0; c < COLUMN_WIDTHS.length; c++) {
            sheet.setColumnWidth(c, COLUMN_WIDTHS[c] * 256);
        }
        writeHeading(sheet, styles, questionnaire);
        writeItems(sheet, styles, questionnaire);
        protect(sheet);
        sheet.setActiveCell(new CellAddress(FIRST_ITEM_ROW, COLUMN_ANSWER));
        setUpPrinting(sheet, questionnaire, FIRST_ITEM_ROW + questionnaire.items().size() - 1);
        QuestionnaireIdentity identity = questionnaire.identity();
        writeIdentitySheet(workbook, identity);
        setProperties(workbook, questionnaire, identity);
        workbook.setActiveSheet(0);
        workbook.setWorkbookPassword(PROTECTION_PASSWORD, null);
        workbook.lockStructure();
    }

    private void writeHeading(Sheet sheet, QuestionnaireStyles styles, Questionnaire questionnaire) {
        Campaign campaign = questionnaire.campaign();
        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(30);
        cell(titleRow, 0, title(campaign), styles.title());
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, COLUMN_ANSWER));
        cell(titleRow, LAST_COLUMN, "【" + campaign.marking() + "】", styles.marking());

        int r = FIRST_DETAIL_ROW;
        detail(sheet, styles, r++, "questionnaire.department", questionnaire.department().name(), styles.value());
        detail(sheet, styles, r++, "questionnaire.deadline", deadline(campaign), styles.value());
        detail(sheet, styles, r++, "questionnaire.contact", campaign.contact(), styles.value());
        detail(sheet, styles, r, "questionnaire.campaign", messages.get("questionnaire.campaignValue",
                campaign.title(), campaign.code(), campaign.templateVersion()), styles.value());
        detail(sheet, styles, RESPONDENT_ROW, "questionnaire.respondent", "", styles.respondent());

        Row label = sheet.createRow(INSTRUCTIONS_LABEL_ROW);
        cell(label, 0, messages.get("questionnaire.instructionsHeading"), styles.heading());
        Row instructions = sheet.createRow(INSTRUCTIONS_ROW);
        String text = messages.get("questionnaire.instructions", Dates.date(campaign.deadline(), messages),
                campaign.contact());
        cell(instructions, 0, text, styles.instructions());
        sheet.addMergedRegion(new CellRangeAddress(INSTRUCTIONS_ROW, INSTRUCTIONS_ROW, 0, LAST_COLUMN));
        int width = 0;
        for (int columnWidth : COLUMN_WIDTHS) {
            width += columnWidth;
        }
        instructions.setHeightInPoints(RowHeights.lines(text, width) * POINTS_PER_LINE + 6);
    }

    /** 令和8年度 国立市 情報セキュリティ自己点検票: the fiscal year and the questionnaire's own title. */
    private String title(Campaign campaign) {
        return messages.get("questionnaire.title", campaign.fiscalYear().japaneseName(),
                campaign.templateTitle().ja());
    }

    private String deadline(Campaign campaign) {
        String weekday = DateTimeFormatter.ofPattern("E", messages.locale()).format(campaign.deadline());
        return messages.get("questionnaire.deadlineValue", Dates.date(campaign.deadline(), messages), weekday);
    }

    private void detail(Sheet sheet, QuestionnaireStyles styles, int rowIndex, String labelKey, String value,
            CellStyle valueStyle) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(20);
        cell(row, 0, messages.get(labelKey), styles.label());
        cell(row, 1, value, valueStyle);
        for (int c = 2; c <= COLUMN_QUESTION; c++) {
            cell(row, c, "", valueStyle);
        }
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 1, COLUMN_QUESTION));
    }

    private void writeItems(XSSFSheet sheet, QuestionnaireStyles styles, Questionnaire questionnaire) {
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(22);
        String[] headers = {"code", "category", "question", "explanation", "answer", "comment"};
        for (int c = 0; c < headers.length; c++) {
            cell(header, c, messages.get("questionnaire.column." + headers[c]), styles.header());
        }
        int r = FIRST_ITEM_ROW;
        for (ChecklistItem item : questionnaire.items()) {
            Row row = sheet.createRow(r++);
            String category = messages.get(item.category().messageKey());
            String question = item.question().ja();
            String explanation = item.explanation().ja();
            cell(row, COLUMN_CODE, item.code(), styles.code());
            cell(row, COLUMN_CATEGORY, category, styles.code());
            cell(row, COLUMN_QUESTION, question, styles.text());
            cell(row, COLUMN_EXPLANATION, explanation, styles.explanation());
            cell(row, COLUMN_ANSWER, "", styles.answer());
            cell(row, COLUMN_COMMENT, "", styles.comment());
            // One line more than the text needs: room for a short comment, and for a font wider than estimated.
            int lines = Math.max(MIN_ITEM_LINES, 1 + Math.max(RowHeights.lines(question, COLUMN_WIDTHS[COLUMN_QUESTION]),
                    RowHeights.lines(explanation, COLUMN_WIDTHS[COLUMN_EXPLANATION] + 1)));
            row.setHeightInPoints(lines * POINTS_PER_LINE + 4);
        }
        if (!questionnaire.items().isEmpty()) {
            addAnswerDropDown(sheet, FIRST_ITEM_ROW, r - 1);
        }
    }

    private void addAnswerDropDown(XSSFSheet sheet, int firstRow, int lastRow) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint scale = helper.createExplicitListConstraint(
                SelfInspectionAnswer.labels().toArray(String[]::new));
        DataValidation validation = helper.createValidation(scale,
                new CellRangeAddressList(firstRow, lastRow, COLUMN_ANSWER, COLUMN_ANSWER));
        // For XSSF, "suppress" true is what shows the in-cell arrow (POI keeps the HSSF meaning of the flag).
        validation.setSuppressDropDownArrow(true);
        validation.setEmptyCellAllowed(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(messages.get("questionnaire.validation.title"),
                messages.get("questionnaire.validation.error"));
        validation.setShowPromptBox(true);
        validation.createPromptBox(messages.get("questionnaire.validation.title"),
                messages.get("questionnaire.validation.prompt"));
        sheet.addValidationData(validation);
    }

    private static void protect(XSSFSheet sheet) {
        sheet.protectSheet(PROTECTION_PASSWORD);
        // Row heights and column widths may change, so a long comment can be read; structure and text may not.
        sheet.lockFormatRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private void setUpPrinting(Sheet sheet, Questionnaire questionnaire, int lastRow) {
        Campaign campaign = questionnaire.campaign();
        PageSetup.apply(sheet, campaign.marking(), campaign.title(), messages.get("workbook.pageOf"), HEADER_ROW);
        sheet.getFooter().setLeft(PageSetup.escape(questionnaire.department().name()));
        sheet.getFooter().setRight(PageSetup.escape(campaign.code()));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, LAST_COLUMN, 0,
                Math.max(lastRow, HEADER_ROW));
    }

    private static void writeIdentitySheet(XSSFWorkbook workbook, QuestionnaireIdentity identity) {
        XSSFSheet sheet = workbook.createSheet(QuestionnaireLayout.IDENTITY_SHEET);
        int r = 0;
        for (Map.Entry<String, String> entry : identityValues(identity).entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(entry.getKey());
            row.createCell(1).setCellValue(entry.getValue());
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.protectSheet(PROTECTION_PASSWORD);
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    static Map<String, String> identityValues(QuestionnaireIdentity identity) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(QuestionnaireLayout.KEY_FORMAT, QuestionnaireLayout.FORMAT_VERSION);
        values.put(QuestionnaireLayout.KEY_CAMPAIGN_UUID, identity.campaignUuid());
        values.put(QuestionnaireLayout.KEY_CAMPAIGN_CODE, identity.campaignCode());
        values.put(QuestionnaireLayout.KEY_DEPARTMENT_ID, Long.toString(identity.departmentId()));
        values.put(QuestionnaireLayout.KEY_DEPARTMENT_CODE, identity.departmentCode());
        values.put(QuestionnaireLayout.KEY_DEPARTMENT_NAME, identity.departmentName());
        values.put(QuestionnaireLayout.KEY_TEMPLATE_ID, identity.templateId());
        values.put(QuestionnaireLayout.KEY_TEMPLATE_VERSION, identity.templateVersion());
        values.put(QuestionnaireLayout.KEY_QUESTION_COUNT, Integer.toString(identity.questionCount()));
        values.put(QuestionnaireLayout.KEY_QUESTION_CHECKSUM, identity.questionChecksum());
        if (identity.isSealed()) {
            values.put(QuestionnaireLayout.KEY_SEAL, identity.seal());
        }
        return values;
    }

    private void setProperties(XSSFWorkbook workbook, Questionnaire questionnaire, QuestionnaireIdentity identity) {
        POIXMLProperties properties = workbook.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(title(questionnaire.campaign()));
        core.setSubjectProperty(questionnaire.department().name());
        core.setCreator(messages.get("app.name"));
        core.setKeywords(questionnaire.campaign().marking());
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        identityValues(identity).forEach((key, value) -> custom.addProperty(QuestionnaireLayout.PROPERTY_PREFIX + key,
                value));
    }

    /** Always a string cell: text beginning with = + - @ stays text and never becomes a formula. */
    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Temporary questionnaire file {} could not be removed", file, e);
        }
    }
}
