package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.AnswerCounts;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.CampaignDashboard;
import com.auditworkbench.domain.CampaignDashboard.DepartmentRanking;
import com.auditworkbench.domain.CampaignResponse;
import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.ImportPreview;
import com.auditworkbench.domain.NewCampaign;
import com.auditworkbench.domain.ReturnedQuestionnaire;
import com.auditworkbench.domain.SelfInspectionAnswer;
import com.auditworkbench.domain.SelfInspectionSummary;
import com.auditworkbench.support.SelfInspectionFixture;
import com.auditworkbench.support.TestTemplates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfInspectionServiceTest {

    private static final List<String> FOUR = List.of("総務部 総務課", "市民部 市民課", "健康福祉部 福祉総務課", "子ども家庭部 子育て支援課");

    @TempDir
    Path folder;

    private WorkbenchSession session;

    @BeforeEach
    void open() {
        session = SelfInspectionFixture.workbench(folder);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void createsACampaignWithAFrozenCopyOfTheQuestionsAndItsDepartments() {
        Campaign campaign = SelfInspectionFixture.campaign(session);
        assertThat(campaign.code()).isEqualTo("SI2026-01");
        assertThat(campaign.uuid()).hasSize(36);
        assertThat(campaign.fiscalYear()).isEqualTo(new FiscalYear(2026));
        assertThat(campaign.deadline()).isEqualTo(SelfInspectionFixture.DEADLINE);
        assertThat(campaign.templateId()).isEqualTo("kunitachi-self-inspection");
        assertThat(campaign.templateVersion()).isEqualTo("1.0.0");
        assertThat(campaign.departments()).extracting(Department::name)
                .containsExactlyElementsOf(SelfInspectionFixture.DEPARTMENTS);
        List<ChecklistItem> items = session.selfInspection().items(campaign.id());
        List<ChecklistItem> template = SelfInspectionFixture.template().items();
        assertThat(items).extracting(ChecklistItem::code)
                .containsExactlyElementsOf(template.stream().map(ChecklistItem::code).toList());
        assertThat(items.get(0).question()).isEqualTo(template.get(0).question());
        assertThat(items.get(0).explanation()).isEqualTo(template.get(0).explanation());
        assertThat(session.selfInspection().all()).containsExactly(campaign);
        assertThat(SelfInspectionFixture.campaign(session).code()).isEqualTo("SI2026-02");
        assertThat(session.activity().forEntity("self-inspection-campaign", Long.toString(campaign.id())))
                .isNotEmpty();
    }

    @Test
    void refusesACampaignThatIsIncompleteOrNotOnASelfInspectionTemplate() {
        var template = SelfInspectionFixture.template();
        assertRefused(new NewCampaign(new FiscalYear(2026), " ", FOUR, SelfInspectionFixture.DEADLINE, "係", "取扱注意"),
                template, "campaign.error.titleRequired");
        assertRefused(new NewCampaign(new FiscalYear(2026), "点検", List.of(" "), SelfInspectionFixture.DEADLINE, "係",
                "取扱注意"), template, "campaign.error.departmentsRequired");
        assertRefused(new NewCampaign(new FiscalYear(2026), "点検", FOUR, null, "係", "取扱注意"), template,
                "campaign.error.deadlineRequired");
        assertRefused(new NewCampaign(new FiscalYear(2026), "点検", FOUR, SelfInspectionFixture.DEADLINE, "", "取扱注意"),
                template, "campaign.error.contactRequired");
        assertRefused(new NewCampaign(new FiscalYear(2026), "点検", FOUR, SelfInspectionFixture.DEADLINE, "係", ""),
                template, "campaign.error.markingRequired");
        assertRefused(new NewCampaign(new FiscalYear(2026), "点検", FOUR, SelfInspectionFixture.DEADLINE, "係", "取扱注意"),
                TestTemplates.audit(3), "campaign.error.templateNotSelfInspection");
        assertThat(session.selfInspection().all()).isEmpty();
    }

    private void assertRefused(NewCampaign campaign, com.auditworkbench.domain.ChecklistTemplate template, String key) {
        assertThatThrownBy(() -> session.selfInspection().create(campaign, template))
                .isInstanceOfSatisfying(AuditException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void resolvesACampaignByFiscalYearOrCode() {
        Campaign first = SelfInspectionFixture.campaign(session);
        assertThat(session.selfInspection().resolve("2026")).isEqualTo(first);
        Campaign second = SelfInspectionFixture.campaign(session);
        assertThat(session.selfInspection().resolve("SI2026-02")).isEqualTo(second);
        assertThatThrownBy(() -> session.selfInspection().resolve("2026")).isInstanceOfSatisfying(AuditException.class,
                e -> assertThat(e.messageKey()).isEqualTo("campaign.error.severalForYear"));
        assertThatThrownBy(() -> session.selfInspection().resolve("2030")).isInstanceOfSatisfying(AuditException.class,
                e -> assertThat(e.messageKey()).isEqualTo("campaign.error.noneForYear"));
        assertThatThrownBy(() -> session.selfInspection().resolve("SI2030-01"))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaign.error.codeNotFound"));
    }

    @Test
    void dashboardCountsReturnsAnswersPerCategoryAndRanksNotInPlace() {
        Campaign campaign = SelfInspectionFixture.campaign(session, FOUR);
        List<ChecklistItem> items = session.selfInspection().items(campaign.id());
        List<Department> departments = campaign.departments();
        importAnswers(campaign, departments.get(0), items, i -> i < 2 ? SelfInspectionAnswer.NOT_DONE
                : SelfInspectionAnswer.DONE);
        importAnswers(campaign, departments.get(1), items, i -> i < 5 ? SelfInspectionAnswer.NOT_DONE
                : i < 7 ? SelfInspectionAnswer.PARTLY : SelfInspectionAnswer.DONE);
        importAnswers(campaign, departments.get(3), items, i -> i < 2 ? SelfInspectionAnswer.NOT_DONE
                : i == 2 ? null : SelfInspectionAnswer.NOT_APPLICABLE);

        CampaignDashboard dashboard = session.selfInspection().dashboard(campaign.id());
        assertThat(dashboard.returned()).isEqualTo(3);
        assertThat(dashboard.departments()).extracting(CampaignDashboard.DepartmentStatus::returned)
                .containsExactly(true, true, false, true);
        assertThat(dashboard.departments().get(1).counts()).isEqualTo(new AnswerCounts(items.size() - 7, 2, 5, 0, 0));
        assertThat(dashboard.departments().get(2).latest()).isNull();
        AnswerCounts all = dashboard.categories().stream().map(CampaignDashboard.CategoryCounts::counts)
                .reduce(AnswerCounts.ZERO, AnswerCounts::plus);
        assertThat(all).isEqualTo(new AnswerCounts(2 * items.size() - 9, 2, 9, items.size() - 3, 1));
        assertThat(dashboard.categories()).extracting(CampaignDashboard.CategoryCounts::category)
                .containsExactly(Category.values());
        assertThat(dashboard.categories().get(0).counts().notDone()).isEqualTo(9);

        List<DepartmentRanking> ranking = session.selfInspection().rankByNotInPlace(campaign.id());
        assertThat(ranking).extracting(r -> r.department().name(), DepartmentRanking::rank, DepartmentRanking::notDone,
                DepartmentRanking::partly).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("市民部 市民課", 1, 5, 2),
                        org.assertj.core.groups.Tuple.tuple("総務部 総務課", 2, 2, 0),
                        org.assertj.core.groups.Tuple.tuple("子ども家庭部 子育て支援課", 2, 2, 0));
        assertThat(dashboard.ranking()).isEqualTo(ranking);
    }

    @Test
    void summaryCountsOnlyEachDepartmentsLatestResponse() {
        Campaign campaign = SelfInspectionFixture.campaign(session, FOUR);
        List<ChecklistItem> items = session.selfInspection().items(campaign.id());
        Department soumu = campaign.departments().get(0);
        importAnswers(campaign, soumu, items, i -> SelfInspectionAnswer.NOT_DONE);
        importAnswers(campaign, soumu, items, i -> SelfInspectionAnswer.DONE);

        SelfInspectionSummary summary = session.selfInspection().summary(campaign.id());
        assertThat(summary.questions()).isEqualTo(items.size());
        assertThat(summary.departments()).hasSize(4);
        SelfInspectionSummary.DepartmentResult result = summary.departments().get(0);
        assertThat(result.total()).isEqualTo(new AnswerCounts(items.size(), 0, 0, 0, 0));
        assertThat(result.perCategory().keySet()).containsExactly(Category.values());
        assertThat(summary.departments().get(1).returned()).isFalse();
        assertThat(summary.departments().get(1).perCategory()).isEmpty();
        List<CampaignResponse> history = session.selfInspection().responses(campaign.id());
        assertThat(history).hasSize(2);
        assertThat(session.activity().forEntity("self-inspection-response", Long.toString(history.get(1).id())))
                .singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("reimport"));
    }

    @Test
    void severalFilesAreImportedAllOrNone() {
        Campaign campaign = SelfInspectionFixture.campaign(session, FOUR);
        List<ChecklistItem> items = session.selfInspection().items(campaign.id());
        List<Department> departments = campaign.departments();
        ImportPreview first = preview(campaign, departments.get(0), items, i -> SelfInspectionAnswer.DONE);
        ImportPreview overtaken = preview(campaign, departments.get(1), items, i -> SelfInspectionAnswer.DONE);
        importAnswers(campaign, departments.get(1), items, i -> SelfInspectionAnswer.PARTLY);

        assertThatThrownBy(() -> session.selfInspection().importResponses(List.of(first, overtaken)))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("response.error.stale"));
        assertThat(session.selfInspection().responses(campaign.id())).extracting(r -> r.department().name())
                .containsExactly(departments.get(1).name());

        ImportPreview second = preview(campaign, departments.get(2), items, i -> SelfInspectionAnswer.DONE);
        assertThat(session.selfInspection().importResponses(List.of(first, second))).hasSize(2);
        assertThat(session.selfInspection().responses(campaign.id())).hasSize(3);
    }

    private ImportPreview preview(Campaign campaign, Department department, List<ChecklistItem> items,
            Function<Integer, SelfInspectionAnswer> answer) {
        return session.selfInspection().preview(campaign.id(), List.of(returned(campaign, department, items, answer)))
                .get(0);
    }

    /** What the workbook reader would hand over for a department's file, built without a file. */
    private void importAnswers(Campaign campaign, Department department, List<ChecklistItem> items,
            Function<Integer, SelfInspectionAnswer> answer) {
        session.selfInspection().preview(campaign.id(), List.of(returned(campaign, department, items, answer)))
                .forEach(p -> session.selfInspection().importResponse(p));
    }

    private ReturnedQuestionnaire returned(Campaign campaign, Department department, List<ChecklistItem> items,
            Function<Integer, SelfInspectionAnswer> answer) {
        List<ReturnedQuestionnaire.Row> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SelfInspectionAnswer a = answer.apply(i);
            rows.add(new ReturnedQuestionnaire.Row(13 + i, items.get(i).code(), items.get(i).question().ja(),
                    a == null ? "" : a.label(), ""));
        }
        return new ReturnedQuestionnaire(folder.resolve(department.code() + ".xlsx"),
                Integer.toHexString(rows.hashCode() + rows.size()), session.selfInspection()
                        .questionnaires(campaign.id(), List.of(department.name())).get(0).identity(),
                "記入者", rows, List.of());
    }
}
