package com.auditworkbench.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Japanese fiscal year (年度), running 1 April to 31 March. 令和N年度 starts in April of 2018+N.
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    private static final int REIWA_OFFSET = 2018;
    private static final int HEISEI_OFFSET = 1988;

    public FiscalYear {
        if (year < 1990 || year > 2200) {
            throw new IllegalArgumentException("fiscal year out of range: " + year);
        }
    }

    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(year + 1, Month.MARCH, 31);
    }

    /** 令和8年度 for 2026; 令和元年度 for 2019; 平成 before May 2019's era change. */
    public String japaneseName() {
        if (year >= 2019) {
            int reiwa = year - REIWA_OFFSET;
            return "令和" + (reiwa == 1 ? "元" : Integer.toString(reiwa)) + "年度";
        }
        int heisei = year - HEISEI_OFFSET;
        return "平成" + (heisei == 1 ? "元" : Integer.toString(heisei)) + "年度";
    }

    public String westernName() {
        return "FY" + year;
    }

    /** Both names, as the committee reads them: 令和8年度（FY2026）. */
    public String fullName() {
        return japaneseName() + "（" + westernName() + "）";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public String toString() {
        return westernName();
    }
}
