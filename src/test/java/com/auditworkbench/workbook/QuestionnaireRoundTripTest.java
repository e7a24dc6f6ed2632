package com.auditworkbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.CampaignAnswer;
import com.auditworkbench.domain.CampaignResponse;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.ImportPreview;
import com.auditworkbench.domain.ImportProblem;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.SelfInspectionAnswer;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.AnsweringDepartment;
import com.auditworkbench.support.SelfInspectionFixture;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, answer as departments do, import, and read every answer back from the workbench. */
class QuestionnaireRoundTripTest {

    private static final Messages JA = new Messages(Language.JAPANESE);

    @TempDir
    Path folder;

    private WorkbenchSession session;
    private Campaign campaign;
    private List<ChecklistItem> items;
    private List<Path> files;

    @BeforeEach
    void exportQuestionnaires() throws Exception {
        session = SelfInspectionFixture.workbench(folder);
        campaign = SelfInspectionFixture.campaign(session);
        items = session.selfInspection().items(campaign.id());
        files = SelfInspectionFixture.export(session, campaign, folder.resolve("out"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void everyAnswerAndCommentTypedByTheDepartmentsIsStoredExactly() throws Exception {
        Map<Department, Map<String, CampaignAnswer>> given = new HashMap<>();
        Random random = new Random(11);
        for (int d = 0; d < files.size(); d++) {
            Map<String, String> answers = new HashMap<>();
            Map<String, String> comments = new HashMap<>();
            Map<String, CampaignAnswer> expected = new HashMap<>();
            for (ChecklistItem item : items) {
                SelfInspectionAnswer answer = SelfInspectionAnswer.values()[random.nextInt(4)];
                // typed, not picked: surrounding blanks are how a typed answer often arrives
                answers.put(item.code(), random.nextInt(5) == 0 ? " " + answer.label() + "　" : answer.label());
                String comment = answer == SelfInspectionAnswer.DONE ? ""
                        : "=" + item.code() + " 対応中。\n担当：係長 \"A\" & B";
                comments.put(item.code(), comment);
                expected.put(item.code(), new CampaignAnswer(item.code(), answer, comment));
            }
            AnsweringDepartment.answer(files.get(d), "情報 太郎" + d, answers, comments);
            given.put(campaign.departments().get(d), expected);
        }

        List<ImportPreview> previews = preview(files);
        assertThat(previews).allSatisfy(p -> {
            assertThat(p.problems()).isEmpty();
            assertThat(p.importable()).isTrue();
            assertThat(p.answered()).isEqualTo(items.size());
            assertThat(p.isReimport()).isFalse();
        });
        assertThat(previews).extracting(p -> p.department().name()).containsExactlyElementsOf(
                SelfInspectionFixture.DEPARTMENTS);
        previews.forEach(p -> session.selfInspection().importResponse(p));

        for (Department department : campaign.departments()) {
            Map<String, CampaignAnswer> stored = session.selfInspection().currentAnswers(campaign.id(),
                    department.id());
            assertThat(stored).hasSize(items.size());
            for (ChecklistItem item : items) {
                assertThat(stored.get(item.code())).as(department.name() + " " + item.code())
                        .isEqualTo(given.get(department).get(item.code()));
            }
        }
        List<CampaignResponse> responses = session.selfInspection().responses(campaign.id());
        assertThat(responses).extracting(CampaignResponse::respondent)
                .containsExactly("情報 太郎0", "情報 太郎1", "情報 太郎2");
        assertThat(responses).extracting(CampaignResponse::fileName)
                .containsExactlyElementsOf(files.stream().map(f -> f.getFileName().toString()).toList());
        assertThat(responses).allSatisfy(r -> assertThat(r.answered()).isEqualTo(items.size()));
    }

    @Test
    void reimportShowsTheDiffAndReplacesOnlyWhenConfirmedKeepingTheEarlierResponse() throws Exception {
        Path file = files.get(0);
        Department department = campaign.departments().get(0);
        Map<String, String> first = new HashMap<>();
        items.forEach(i -> first.put(i.code(), SelfInspectionAnswer.DONE.label()));
        AnsweringDepartment.answer(file, "記入 一郎", first, Map.of());
        session.selfInspection().importResponse(preview(List.of(file)).get(0));
        CampaignResponse original = session.selfInspection().responses(campaign.id()).get(0);

        Map<String, String> second = new HashMap<>(first);
        second.put(items.get(3).code(), SelfInspectionAnswer.NOT_DONE.label());
        AnsweringDepartment.answer(file, "記入 一郎", second, Map.of(items.get(3).code(), "担当者が異動した。"));

        ImportPreview again = preview(List.of(file)).get(0);
        assertThat(again.importable()).isTrue();
        assertThat(again.needsConfirmation()).isTrue();
        assertThat(again.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ImportProblem.Kind.ALREADY_IMPORTED);
            assertThat(p.describe(JA)).endsWith("に取り込んだ回答（総務部_総務課_SI2026-01.xlsx）があります。取り込むと、この回答に置き換わります。");
        });
        assertThat(again.changes()).singleElement().satisfies(change -> {
            assertThat(change.item().code()).isEqualTo(items.get(3).code());
            assertThat(change.before()).isEqualTo(new CampaignAnswer(items.get(3).code(), SelfInspectionAnswer.DONE, ""));
            assertThat(change.after()).isEqualTo(new CampaignAnswer(items.get(3).code(), SelfInspectionAnswer.NOT_DONE,
                    "担当者が異動した。"));
        });
        assertThat(session.selfInspection().currentAnswers(campaign.id(), department.id()).get(items.get(3).code())
                .answer()).as("nothing replaced before the user confirms").isEqualTo(SelfInspectionAnswer.DONE);

        session.selfInspection().importResponse(again);
        assertThat(session.selfInspection().currentAnswers(campaign.id(), department.id()).get(items.get(3).code())
                .answer()).isEqualTo(SelfInspectionAnswer.NOT_DONE);
        assertThat(session.selfInspection().responses(campaign.id())).hasSize(2).first().isEqualTo(original);
    }

    private List<ImportPreview> preview(List<Path> returned) {
        return session.selfInspection().preview(campaign.id(), new QuestionnaireReader().readAll(returned,
                Progress.NONE));
    }
}
