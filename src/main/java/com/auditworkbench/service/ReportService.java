package com.auditworkbench.service;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.store.Workbench;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/** Gathers what the committee workbook shows, in one consistent read. */
public final class ReportService {

    private final Workbench workbench;
    private final Clock clock;
    private final String applicationVersion;

    ReportService(Workbench workbench, Clock clock, String applicationVersion) {
        this.workbench = workbench;
        this.clock = clock;
        this.applicationVersion = applicationVersion;
    }

    public CommitteeReport committeeReport(long planId) {
        return workbench.transaction(r -> {
            Plan plan = r.plans().find(planId).orElseThrow();
            List<ChecklistRow> rows = r.checklist().rows(planId);
            List<Finding> findings = r.findings().byPlan(planId);
            return new CommitteeReport(plan, rows, findings, clock.instant(), applicationVersion,
                    fingerprint(plan, rows, findings));
        });
    }

    /**
     * SHA-256 over a canonical rendering of everything the workbook reports, so the same workbench state always
     * gives the same fingerprint and any changed result, note or finding gives another.
     */
    static String fingerprint(Plan plan, List<ChecklistRow> rows, List<Finding> findings) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        update(digest, "plan", plan.code(), plan.fiscalYear(), plan.title(), plan.objective(), plan.periodStart(),
                plan.periodEnd(), plan.marking(), plan.leadAuditor(), plan.templateId(), plan.templateVersion());
        plan.departments().forEach(d -> update(digest, "department", d.code(), d.name()));
        for (ChecklistRow row : rows) {
            update(digest, "row", row.department().code(), row.item().code(), row.result().code(), row.notes());
        }
        for (Finding f : findings) {
            update(digest, "finding", f.number(), f.department().code(), f.itemCode(), f.title(), f.condition(),
                    f.criteria(), f.recommendation(), f.severity().code());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, Object... values) {
        for (Object value : values) {
            byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
        digest.update((byte) '\n');
    }
}
