package com.auditworkbench.workbook;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.TeamMember;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** 監査計画: objectives, scope, schedule, the team and their independence, the checklist used. */
final class PlanSheet {

    private PlanSheet() {
    }

    static void write(SXSSFSheet sheet, WorkbookStyles styles, Messages m, CommitteeReport report, ZoneId zone) {
        Plan plan = report.plan();
        SheetWriter w = new SheetWriter(sheet, styles, 24, 18, 16, 22, 34, 34);
        Set<Segment> segments = EnumSet.noneOf(Segment.class);
        Set<Category> categories = EnumSet.noneOf(Category.class);
        var items = new LinkedHashMap<String, ChecklistItem>();
        report.rows().forEach(r -> items.putIfAbsent(r.item().code(), r.item()));
        items.values().forEach(i -> {
            segments.addAll(i.segments());
            categories.add(i.category());
        });
        w.section(m.get("workbook.plan.heading"));
        pair(w, styles, m.get("workbook.cover.planTitle"), plan.title() + "（" + plan.code() + "）");
        pair(w, styles, m.get("workbook.cover.fiscalYear"), plan.fiscalYear().fullName());
        pair(w, styles, m.get("workbook.cover.objective"), plan.objective());
        pair(w, styles, m.get("workbook.cover.departments"),
                plan.departments().stream().map(Department::name).collect(Collectors.joining("、")));
        pair(w, styles, m.get("workbook.plan.segments"),
                segments.stream().map(s -> m.get(s.messageKey())).collect(Collectors.joining("、")));
        pair(w, styles, m.get("workbook.plan.categories"), categories.stream()
                .map(c -> "(" + c.articleItem() + ") " + m.get(c.messageKey())).collect(Collectors.joining("、")));
        pair(w, styles, m.get("workbook.cover.period"), plan.periodStart() == null && plan.periodEnd() == null
                ? m.get("workbook.cover.periodUnset")
                : m.get("workbook.cover.periodValue", Dates.date(plan.periodStart(), m), Dates.date(plan.periodEnd(), m)));
        pair(w, styles, m.get("workbook.cover.lead"), plan.leadAuditor());
        pair(w, styles, m.get("workbook.cover.template"), plan.templateTitle().in(m.locale()) + "（"
                + plan.templateId() + " " + plan.templateVersion() + "、" + m.get("plan.templateItems", items.size())
                + "）");
        pair(w, styles, m.get("workbook.cover.marking"), plan.marking());
        w.skip(1);

        w.section(m.get("workbook.plan.team"));
        w.header(m.get("people.name"), m.get("people.role"), m.get("people.homeDepartment"),
                m.get("workbook.plan.independence"), m.get("workbook.plan.assignments"),
                m.get("workbook.plan.ownDepartment"));
        if (report.team().isEmpty()) {
            w.note(m.get("workbook.plan.noTeam"), 6);
        }
        for (TeamMember member : report.team()) {
            String independence = member.independenceDeclared()
                    ? m.get("workbook.plan.declared", Dates.dateTime(member.declaredAt(), zone, m)) + "\n"
                            + member.declaration()
                    : m.get("workbook.plan.notDeclared");
            String assignments = member.assignments().stream().map(a -> a.department().name())
                    .collect(Collectors.joining("、"));
            String own = member.ownDepartmentAssignments().stream()
                    .map(a -> a.department().name() + "：" + a.justification()).collect(Collectors.joining("\n"));
            var values = new String[] {member.auditor().name(), m.get(member.auditor().role().messageKey()),
                member.auditor().homeDepartment() == null ? "" : member.auditor().homeDepartment().name(),
                independence, assignments, own};
            var cellStyles = new org.apache.poi.ss.usermodel.CellStyle[] {styles.wrapped(), styles.wrapped(),
                styles.wrapped(), member.independenceDeclared() ? styles.wrapped() : styles.flagged(),
                styles.wrapped(), own.isEmpty() ? styles.wrapped() : styles.flagged()};
            w.row(values, cellStyles);
        }
        w.skip(1);
        ScopeSection.write(w, styles, m, report.scopeDecision(), plan.fiscalYear().fullName(), zone);
        w.finish(m, plan.marking(), plan.title(), false, false);
    }

    private static void pair(SheetWriter w, WorkbookStyles styles, String label, String value) {
        var row = w.sheet().createRow(w.nextRow());
        w.skip(1);
        SheetWriter.cell(row, 0, label, styles.label());
        SheetWriter.cell(row, 1, value, styles.wrapped());
        for (int c = 2; c < 6; c++) {
            SheetWriter.cell(row, c, "", styles.wrapped());
        }
        w.sheet().addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 5));
        RowHeights.fit(row, new int[] {24, 140}, label, value);
    }
}
