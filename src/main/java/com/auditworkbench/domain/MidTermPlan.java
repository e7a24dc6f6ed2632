package com.auditworkbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The medium-term plan (中期計画): a cycle of fiscal years, its themes, and the rotation of departments and
 * systems over the cycle. Every department and system in the rotation must be audited at least once per cycle.
 */
public record MidTermPlan(long id, String title, FiscalYear firstYear, int years, List<String> themes,
        List<RotationRow> rows) {

    public MidTermPlan {
        themes = themes.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        rows = List.copyOf(rows);
    }

    /** One row of the rotation: a department or a system, and the fiscal years it is audited in. */
    public record RotationRow(Department department, InformationAsset asset, Set<Integer> auditYears) {

        public RotationRow {
            if ((department == null) == (asset == null)) {
                throw new IllegalArgumentException("a rotation row is a department or a system");
            }
            auditYears = Set.copyOf(new TreeSet<>(auditYears));
        }

        public static RotationRow department(Department department, Set<Integer> years) {
            return new RotationRow(department, null, years);
        }

        public static RotationRow system(InformationAsset asset, Set<Integer> years) {
            return new RotationRow(null, asset, years);
        }

        public boolean isDepartment() {
            return department != null;
        }

        public String name() {
            return department != null ? department.name() : asset.name();
        }
    }

    public List<FiscalYear> fiscalYears() {
        List<FiscalYear> list = new ArrayList<>();
        for (int i = 0; i < years; i++) {
            list.add(new FiscalYear(firstYear.year() + i));
        }
        return list;
    }

    public FiscalYear lastYear() {
        return new FiscalYear(firstYear.year() + years - 1);
    }

    public boolean covers(FiscalYear year) {
        return year.year() >= firstYear.year() && year.year() <= lastYear().year();
    }

    /** The rows audited in no year of the cycle: each is flagged with one sentence. */
    public List<RotationRow> leftOut() {
        return rows.stream().filter(r -> r.auditYears().stream()
                .noneMatch(y -> y >= firstYear.year() && y <= lastYear().year())).toList();
    }

    /** The sentence that flags a row left out of the rotation. */
    public String leftOutSentence(RotationRow row, Messages messages) {
        return messages.get(row.isDepartment() ? "midterm.leftOut.department" : "midterm.leftOut.system",
                row.name(), firstYear.japaneseName(), lastYear().japaneseName());
    }

    /** The departments the rotation audits in a fiscal year, in the order of the rows. */
    public List<Department> departmentsIn(FiscalYear year) {
        List<Department> departments = new ArrayList<>();
        for (RotationRow row : rows) {
            if (row.auditYears().contains(year.year())) {
                Department d = row.isDepartment() ? row.department() : row.asset().department();
                if (departments.stream().noneMatch(x -> x.id() == d.id())) {
                    departments.add(d);
                }
            }
        }
        return departments;
    }

    /** The systems the rotation audits in a fiscal year. */
    public List<InformationAsset> systemsIn(FiscalYear year) {
        return rows.stream().filter(r -> !r.isDepartment() && r.auditYears().contains(year.year()))
                .map(RotationRow::asset).toList();
    }
}
