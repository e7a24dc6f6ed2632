package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.AuditPhase;
import com.auditworkbench.domain.DocumentRequest;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.OpenItem;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.RequestStatus;
import com.auditworkbench.domain.Timeline;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.template.ShippedTemplates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample shows the phases: this year's audit in 本調査, last year's in フォローアップ, the committee's meetings. */
class PhaseSampleTest {

    @TempDir
    Path folder;

    @Test
    void theSampleHasAnAuditInFieldworkWithItsRequestsPartlyInAndLastYearsInFollowUp() {
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("s.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            Plan plan = SampleWorkbench.populate(session, new ShippedTemplates().defaultAudit());
            assertThat(session.phases().phase(plan.id())).isEqualTo(AuditPhase.FIELDWORK);
            var detail = session.auditDetails().detail(plan.id());
            assertThat(detail.reportDate()).isEqualTo(LocalDate.of(2026, 12, 10));
            assertThat(detail.onSiteDays()).hasSize(2 * plan.departments().size());
            Map<RequestStatus, Long> byStatus = session.requests().byPlan(plan.id()).stream()
                    .collect(Collectors.groupingBy(DocumentRequest::status, Collectors.counting()));
            assertThat(byStatus.get(RequestStatus.RECEIVED)).isGreaterThan(20);
            assertThat(byStatus.get(RequestStatus.NOT_AVAILABLE)).isEqualTo(2);
            assertThat(byStatus.get(RequestStatus.REQUESTED)).isEqualTo(10);

            Plan previous = session.plans().all().stream().filter(p -> p.fiscalYear().year() == 2025).findFirst()
                    .orElseThrow();
            assertThat(session.phases().phase(previous.id())).isEqualTo(AuditPhase.FOLLOW_UP);
            assertThat(session.phases().reportGateOverride(previous.id())).hasValueSatisfying(
                    o -> assertThat(o.overrideReason()).startsWith("令和7年度の監査はワークベンチ導入前"));

            Timeline year = session.timeline().year(new FiscalYear(2026));
            assertThat(year.meetings()).extracting(m -> m.date()).containsExactly(LocalDate.of(2026, 5, 20),
                    LocalDate.of(2027, 1, 20));
            List<OpenItem> left = session.phases().whatIsLeft(plan.id());
            System.out.println("Sample FY2026, what is left in fieldwork: " + left.stream().collect(
                    Collectors.groupingBy(i -> i.kind(), Collectors.counting())));
            assertThat(left).isNotEmpty();
        }
    }
}
