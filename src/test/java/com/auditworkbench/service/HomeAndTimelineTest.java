package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.auditworkbench.domain.ActionStatus;
import com.auditworkbench.domain.AuditPhase;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FindingContent;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.HomeOverview;
import com.auditworkbench.domain.ManagementResponse;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Timeline;
import com.auditworkbench.support.SelfInspectionFixture;
import com.auditworkbench.support.TestTemplates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home screen and the fiscal-year timeline read what the audits hold (today is 2026-07-01 in Tokyo). */
class HomeAndTimelineTest {

    @TempDir
    Path folder;

    private WorkbenchSession session;
    private Plan lastYear;
    private Plan thisYear;
    private Plan special;

    @BeforeEach
    void audits() {
        session = SelfInspectionFixture.workbench(folder);
        lastYear = plan(2025, "令和7年度 情報セキュリティ監査計画", List.of("総務部 総務課"), List.of());
        List<ChecklistRow> rows = session.fieldwork().rows(lastYear.id());
        finding(rows.get(0), LocalDate.of(2026, 6, 30), ActionStatus.IN_PROGRESS);
        finding(rows.get(1), LocalDate.of(2026, 7, 31), ActionStatus.NOT_STARTED);
        finding(rows.get(2), LocalDate.of(2026, 5, 31), ActionStatus.CONFIRMED);
        thisYear = plan(2026, "令和8年度 情報セキュリティ監査計画", List.of("総務部 総務課", "市民部 市民課"),
                session.findings().openBefore(2026));
        special = plan(2026, "令和8年度 特命監査（委託先管理）", List.of("市民部 市民課"), List.of());
        SelfInspectionFixture.campaign(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void homeShowsThisYearsAuditsTheirPhaseAndWhatIsLeftOverdueActionsOnceAndCampaignReturns() {
        session.phases().advance(thisYear.id(), AuditPhase.PRELIMINARY);

        HomeOverview home = session.home().overview();

        assertThat(home.fiscalYear()).isEqualTo(new FiscalYear(2026));
        assertThat(home.audits()).extracting(a -> a.plan().id(), HomeOverview.AuditStatus::phase,
                HomeOverview.AuditStatus::left).containsExactly(
                        tuple(thisYear.id(), AuditPhase.PRELIMINARY, 0),
                        tuple(special.id(), AuditPhase.PREPARATION, 3));
        assertThat(home.audits().get(0).essentialLeft())
                .isEqualTo(session.phases().blockingReport(thisYear.id()).size()).isPositive();
        assertThat(home.overdueActions()).as("the open overdue finding, once, in the audit it was carried into")
                .singleElement().satisfies(a -> {
                    assertThat(a.plan().id()).isEqualTo(thisYear.id());
                    assertThat(a.finding().content().response().dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
                    assertThat(a.finding().isCarriedForward()).isTrue();
                });
        assertThat(home.campaigns()).singleElement().satisfies(c -> {
            assertThat(c.returned()).isZero();
            assertThat(c.departments()).isEqualTo(3);
        });
    }

    @Test
    void theTimelineHoldsEachAuditsPeriodOnSiteDaysReportDateAndTheCommitteesMeetings() {
        session.auditDetails().addOnSiteDay(thisYear.id(), thisYear.departments().get(1).id(),
                LocalDate.of(2026, 7, 22), "午前");
        session.auditDetails().addOnSiteDay(thisYear.id(), thisYear.departments().get(0).id(),
                LocalDate.of(2026, 7, 14), "");
        session.auditDetails().saveScope(thisYear.id(), thisYear.objective(), List.of(), java.util.Set.of(),
                LocalDate.of(2026, 12, 10));
        session.timeline().addMeeting(LocalDate.of(2027, 1, 20), "第2回情報セキュリティ委員会");
        session.timeline().addMeeting(LocalDate.of(2026, 5, 20), "第1回情報セキュリティ委員会");
        session.timeline().addMeeting(LocalDate.of(2027, 4, 20), "翌年度の委員会");
        assertThatThrownBy(() -> session.timeline().addMeeting(LocalDate.of(2026, 8, 1), " "))
                .hasMessage("meeting.error.titleRequired");
        assertThatThrownBy(() -> session.auditDetails().addOnSiteDay(thisYear.id(),
                thisYear.departments().get(0).id(), LocalDate.of(2026, 7, 14), ""))
                .hasMessage("auditPlan.error.dayExists");

        Timeline year = session.timeline().year(new FiscalYear(2026));

        assertThat(year.audits()).extracting(l -> l.plan().id()).containsExactly(thisYear.id(), special.id());
        Timeline.AuditLane lane = year.audits().get(0);
        assertThat(lane.onSiteDays()).extracting(d -> d.date(), d -> d.department().name(), d -> d.note())
                .containsExactly(tuple(LocalDate.of(2026, 7, 14), "総務部 総務課", ""),
                        tuple(LocalDate.of(2026, 7, 22), "市民部 市民課", "午前"));
        assertThat(lane.reportDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(year.meetings()).extracting(m -> m.title()).containsExactly("第1回情報セキュリティ委員会",
                "第2回情報セキュリティ委員会");
        assertThat(session.activity().latest(null, "", 50)).filteredOn(e -> e.entityType().equals(
                "committee-meeting")).hasSize(3);
    }

    private Plan plan(int year, String title, List<String> departments, List<Finding> carry) {
        FiscalYear fy = new FiscalYear(year);
        return session.plans().create(new NewPlan(fy, title, "目的", departments, fy.start().plusMonths(2),
                fy.start().plusMonths(7), NewPlan.DEFAULT_MARKING, "監査 太郎"), TestTemplates.audit(3), carry);
    }

    private void finding(ChecklistRow row, LocalDate due, ActionStatus status) {
        ChecklistRow recorded = session.fieldwork().record(row, Result.NONCONFORMING, "記録がない。");
        Finding f = session.findings().raise(session.findings().draftFrom(recorded));
        FindingContent c = f.content();
        session.findings().update(f.id(), new FindingContent(c.title(), c.condition(), c.criteria(), "原因", "影響",
                "改善", c.severity(), c.violation(), new ManagementResponse("対応する", "総務課長", due, status)));
    }
}
