package com.auditworkbench.ui.timeline;

import com.auditworkbench.domain.CommitteeMeeting;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.OnSiteDay;
import com.auditworkbench.domain.Timeline;
import com.auditworkbench.ui.phase.ScreenDates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The fiscal year drawn month by month, April to March: one lane per audit with its period, on-site days and
 * report date, and a lane for the committee's meetings. Every mark has a tooltip with its date.
 */
public final class TimelineChart extends Pane {

    static final double LABEL_WIDTH = 240;
    static final double MONTH_WIDTH = 78;
    static final double HEADER = 28;
    static final double LANE = 40;

    private static final Color GRID = Color.web("#d5dbe1");
    private static final Color PERIOD = Color.web("#cfe0f1");
    private static final Color PERIOD_EDGE = Color.web("#1f5f99");
    private static final Color ON_SITE = Color.web("#1f5f99");
    private static final Color REPORT = Color.web("#b00020");
    private static final Color MEETING = Color.web("#8a5a00");
    private static final Color TODAY = Color.web("#2e7d32");

    private final Messages messages;

    public TimelineChart(Messages messages) {
        this.messages = messages;
        getStyleClass().add("timeline-chart");
    }

    /** Draws the timeline; {@code today} gets a line when it falls in the year. */
    public void show(Timeline timeline, LocalDate today) {
        getChildren().clear();
        if (timeline == null) {
            return;
        }
        LocalDate start = timeline.fiscalYear().start();
        int lanes = timeline.audits().size() + 1;
        double height = HEADER + lanes * LANE + 8;
        double width = LABEL_WIDTH + 12 * MONTH_WIDTH;
        setPrefSize(width + 8, height);
        setMinSize(width + 8, height);
        for (int m = 0; m < 12; m++) {
            YearMonth month = YearMonth.from(start.plusMonths(m));
            double x = LABEL_WIDTH + m * MONTH_WIDTH;
            getChildren().add(line(x, 0, x, height - 8, GRID));
            Text label = new Text(x + 6, 18, messages.get("timeline.month", month.getMonthValue(), month.getYear()));
            label.getStyleClass().add("timeline-month");
            getChildren().add(label);
        }
        getChildren().add(line(LABEL_WIDTH + 12 * MONTH_WIDTH, 0, LABEL_WIDTH + 12 * MONTH_WIDTH, height - 8, GRID));
        double y = HEADER;
        for (Timeline.AuditLane lane : timeline.audits()) {
            drawAudit(lane, start, y);
            y += LANE;
        }
        laneLabel(messages.get("timeline.committee"), "", y);
        for (CommitteeMeeting meeting : timeline.meetings()) {
            Circle mark = new Circle(x(start, meeting.date()), y + LANE / 2, 7, MEETING);
            mark.getStyleClass().add("timeline-meeting");
            Tooltip.install(mark, new Tooltip(ScreenDates.date(meeting.date(), messages) + " " + meeting.title()));
            getChildren().add(mark);
        }
        if (!today.isBefore(start) && !today.isAfter(timeline.fiscalYear().end())) {
            getChildren().add(line(x(start, today), HEADER - 4, x(start, today), height - 8, TODAY));
        }
    }

    private void drawAudit(Timeline.AuditLane lane, LocalDate start, double y) {
        laneLabel(lane.plan().title(), messages.get(lane.phase().messageKey()), y);
        if (lane.plan().periodStart() != null && lane.plan().periodEnd() != null) {
            double from = x(start, lane.plan().periodStart());
            double to = x(start, lane.plan().periodEnd().plusDays(1));
            Rectangle period = new Rectangle(from, y + 8, Math.max(2, to - from), LANE - 16);
            period.setFill(PERIOD);
            period.setStroke(PERIOD_EDGE);
            period.getStyleClass().add("timeline-period");
            Tooltip.install(period, new Tooltip(messages.get("timeline.period", ScreenDates.date(
                    lane.plan().periodStart(), messages), ScreenDates.date(lane.plan().periodEnd(), messages))));
            getChildren().add(period);
        }
        for (OnSiteDay day : lane.onSiteDays()) {
            double from = x(start, day.date());
            Rectangle mark = new Rectangle(from, y + 5, Math.max(3, x(start, day.date().plusDays(1)) - from), LANE - 10);
            mark.setFill(ON_SITE);
            mark.getStyleClass().add("timeline-on-site");
            Tooltip.install(mark, new Tooltip(messages.get("timeline.onSite", ScreenDates.date(day.date(), messages),
                    day.department().name())));
            getChildren().add(mark);
        }
        if (lane.reportDate() != null) {
            double cx = x(start, lane.reportDate());
            double cy = y + LANE / 2;
            Polygon diamond = new Polygon(cx, cy - 9, cx + 7, cy, cx, cy + 9, cx - 7, cy);
            diamond.setFill(REPORT);
            diamond.getStyleClass().add("timeline-report");
            Tooltip.install(diamond, new Tooltip(messages.get("timeline.report",
                    ScreenDates.date(lane.reportDate(), messages))));
            getChildren().add(diamond);
        }
        getChildren().add(line(0, y + LANE, LABEL_WIDTH + 12 * MONTH_WIDTH, y + LANE, GRID));
    }

    private void laneLabel(String title, String detail, double y) {
        Text text = new Text(4, y + LANE / 2 - (detail.isEmpty() ? -4 : 2), title);
        text.setWrappingWidth(LABEL_WIDTH - 8);
        text.getStyleClass().add("timeline-lane");
        getChildren().add(text);
        if (!detail.isEmpty()) {
            Text sub = new Text(4, y + LANE / 2 + 14, detail);
            sub.getStyleClass().add("timeline-lane-detail");
            getChildren().add(sub);
        }
    }

    /** Where a date falls: the months are equally wide, and a date is placed by its day within its month. */
    static double x(LocalDate fiscalYearStart, LocalDate date) {
        long months = ChronoUnit.MONTHS.between(YearMonth.from(fiscalYearStart), YearMonth.from(date));
        double withinMonth = (date.getDayOfMonth() - 1) / (double) date.lengthOfMonth();
        return LABEL_WIDTH + (months + withinMonth) * MONTH_WIDTH;
    }

    private static Line line(double x1, double y1, double x2, double y2, Color color) {
        Line line = new Line(x1, y1, x2, y2);
        line.setStroke(color);
        return line;
    }
}
