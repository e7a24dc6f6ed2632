package com.auditworkbench.workbook;

import com.auditworkbench.domain.ActionStatus;
import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FollowUpItem;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Severity;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * 概要: what a member reads first. Results by countermeasure category, findings by severity and by status, and
 * the progress of earlier findings, as numbers and as native Excel charts drawn from those numbers.
 */
final class SummarySheet {

    private static final PresetColor[] RESULT_COLOURS = {PresetColor.SEA_GREEN, PresetColor.GOLD,
        PresetColor.FIREBRICK, PresetColor.LIGHT_GRAY, PresetColor.SLATE_GRAY};
    private static final PresetColor[] SERIES_COLOURS = {PresetColor.STEEL_BLUE};

    private SummarySheet() {
    }

    static void write(SXSSFSheet sheet, WorkbookStyles styles, Messages m, CommitteeReport report) {
        SheetWriter w = new SheetWriter(sheet, styles, 26, 11, 11, 11, 11, 11, 11, 11, 2);
        String name = sheet.getSheetName();

        w.section(m.get("workbook.summary.results"));
        String[] resultLabels = Arrays.stream(Result.values()).map(r -> m.get(r.messageKey())).toArray(String[]::new);
        w.header(concat(m.get("workbook.summary.category"), resultLabels, m.get("workbook.summary.total"),
                m.get("workbook.summary.conformingShare")));
        int firstCategoryRow = w.nextRow();
        int[][] results = new int[Category.values().length][Result.values().length];
        for (ChecklistRow row : report.rows()) {
            results[row.item().category().ordinal()][row.result().ordinal()]++;
        }
        for (Category c : Category.values()) {
            Row row = w.counts("(" + c.articleItem() + ") " + m.get(c.messageKey()), results[c.ordinal()], true);
            int[] counts = results[c.ordinal()];
            int assessed = counts[Result.CONFORMING.ordinal()] + counts[Result.PARTIAL.ordinal()]
                    + counts[Result.NONCONFORMING.ordinal()];
            Cell share = row.createCell(Result.values().length + 2);
            share.setCellStyle(styles.percent());
            if (assessed > 0) {
                share.setCellValue((double) counts[Result.CONFORMING.ordinal()] / assessed);
            }
        }
        int lastCategoryRow = w.nextRow() - 1;
        w.skip(1);

        w.section(m.get("workbook.summary.findingsBySeverity"));
        w.header(m.get("workbook.findings.severity"), m.get("workbook.summary.count"));
        int firstSeverityRow = w.nextRow();
        for (Severity s : Severity.values()) {
            w.counts(m.get(s.messageKey()), new int[] {(int) report.findings().stream()
                    .filter(f -> f.severity() == s).count()}, false);
        }
        int lastSeverityRow = w.nextRow() - 1;
        w.skip(1);

        w.section(m.get("workbook.summary.findingsByStatus"));
        w.header(m.get("finding.actionStatus"), m.get("workbook.summary.count"),
                m.get("workbook.summary.carriedForward"));
        for (ActionStatus s : ActionStatus.values()) {
            int all = (int) report.findings().stream().filter(f -> status(f) == s).count();
            int carried = (int) report.followUps().stream().map(FollowUpItem::finding).filter(f -> status(f) == s)
                    .count();
            w.counts(m.get(s.messageKey()), new int[] {all, carried}, false);
        }
        w.skip(1);
        w.section(m.get("workbook.summary.followUpProgress", report.followUps().size(),
                report.followUps().stream().filter(i -> !status(i.finding()).isOpen()).count()));

        // The charts get a page of their own, side by side, rather than being cut by a page break.
        int chartTop = w.nextRow() + 1;
        sheet.setRowBreak(chartTop - 1);
        if (!report.rows().isEmpty()) {
            String[] categories = Arrays.stream(Category.values()).map(c -> m.get(c.messageKey()))
                    .toArray(String[]::new);
            XSSFDrawing drawing = drawing(sheet);
            XSSFChart chart = chart(drawing, m.get("workbook.summary.chartResults"), 0, chartTop, 6, chartTop + 24);
            XDDFBarChartData data = barData(chart, BarGrouping.CLUSTERED);
            var x = XDDFDataSourcesFactory.fromArray(categories, range(name, firstCategoryRow, lastCategoryRow, 0));
            for (Result r : Result.values()) {
                Integer[] values = new Integer[Category.values().length];
                for (Category c : Category.values()) {
                    values[c.ordinal()] = results[c.ordinal()][r.ordinal()];
                }
                var series = data.addSeries(x, XDDFDataSourcesFactory.fromArray(values,
                        range(name, firstCategoryRow, lastCategoryRow, r.ordinal() + 1)));
                series.setTitle(resultLabels[r.ordinal()], new CellReference(name, firstCategoryRow - 1,
                        r.ordinal() + 1, true, true));
                series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(RESULT_COLOURS[r.ordinal()])));
            }
            chart.plot(data);
        }
        String[] severities = Arrays.stream(Severity.values()).map(s -> m.get(s.messageKey())).toArray(String[]::new);
        Integer[] severityCounts = Arrays.stream(Severity.values())
                .map(s -> (int) report.findings().stream().filter(f -> f.severity() == s).count())
                .toArray(Integer[]::new);
        XSSFChart chart = chart(drawing(sheet), m.get("workbook.summary.findingsBySeverity"), 6, chartTop, 9,
                chartTop + 24);
        XDDFBarChartData data = barData(chart, BarGrouping.CLUSTERED);
        var series = data.addSeries(
                XDDFDataSourcesFactory.fromArray(severities, range(name, firstSeverityRow, lastSeverityRow, 0)),
                XDDFDataSourcesFactory.fromArray(severityCounts, range(name, firstSeverityRow, lastSeverityRow, 1)));
        series.setTitle(m.get("workbook.summary.count"), null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(SERIES_COLOURS[0])));
        chart.plot(data);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.deleteLegend();

        w.finish(m, report.plan().marking(), report.plan().title(), false, false);
    }

    private static ActionStatus status(Finding f) {
        return f.content().response().status();
    }

    private static XSSFDrawing drawing(SXSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing == null) {
            sheet.createDrawingPatriarch();
            drawing = sheet.getDrawingPatriarch();
        }
        return drawing;
    }

    private static XSSFChart chart(XSSFDrawing drawing, String title, int col1, int row1, int col2, int row2) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFBarChartData barData(XSSFChart chart, BarGrouping grouping) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        // Clustered, not stacked: a stacked chart needs an overlap setting the streamed workbook's schema lacks.
        data.setBarGrouping(grouping);
        data.setVaryColors(false);
        return data;
    }

    private static String range(String sheet, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet, true);
    }

    private static String[] concat(String first, String[] middle, String... last) {
        String[] all = new String[1 + middle.length + last.length];
        all[0] = first;
        System.arraycopy(middle, 0, all, 1, middle.length);
        System.arraycopy(last, 0, all, 1 + middle.length, last.length);
        return all;
    }
}
