package com.auditworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ImportPreview;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.ReturnedQuestionnaire;
import com.auditworkbench.domain.SelfInspectionAnswer;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.AnsweringDepartment;
import com.auditworkbench.support.SelfInspectionFixture;
import com.auditworkbench.workbook.QuestionnaireReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing a whole city's return: 40 answered questionnaires of the shipped template (57 questions) - read,
 * checked, diffed and saved one transaction per file. Goal: under 2 s in total. Run with {@code ./mvnw -Pbench test}.
 */
class QuestionnaireImportBench {

    private static final int DEPARTMENTS = 40;
    private static final int ROUNDS = 5;

    @TempDir
    Path folder;

    @Test
    void importFortyAnsweredQuestionnaires() throws Exception {
        List<String> names = new ArrayList<>();
        for (int d = 1; d <= DEPARTMENTS; d++) {
            names.add(String.format("部署%02d 第%d課", d, d));
        }
        long slowest = 0;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            Path roundFolder = folder.resolve("round" + round);
            java.nio.file.Files.createDirectories(roundFolder);
            try (WorkbenchSession session = SelfInspectionFixture.workbench(roundFolder)) {
                Campaign campaign = SelfInspectionFixture.campaign(session, names);
                List<ChecklistItem> items = session.selfInspection().items(campaign.id());
                List<Path> files = SelfInspectionFixture.export(session, campaign, roundFolder.resolve("out"));
                Random random = new Random(round);
                for (Path file : files) {
                    Map<String, String> answers = new HashMap<>();
                    Map<String, String> comments = new HashMap<>();
                    for (ChecklistItem item : items) {
                        SelfInspectionAnswer answer = SelfInspectionAnswer.values()[random.nextInt(4)];
                        answers.put(item.code(), answer.label());
                        if (answer != SelfInspectionAnswer.DONE) {
                            comments.put(item.code(), "状況の説明とその理由をここに書いています。" + item.code());
                        }
                    }
                    AnsweringDepartment.answer(file, "記入者", answers, comments);
                }

                long start = System.nanoTime();
                List<ReturnedQuestionnaire> read = new QuestionnaireReader().readAll(files, Progress.NONE);
                long afterRead = System.nanoTime();
                List<ImportPreview> previews = session.selfInspection().preview(campaign.id(), read);
                long afterPreview = System.nanoTime();
                previews.forEach(p -> session.selfInspection().importResponse(p));
                long end = System.nanoTime();

                assertThat(previews).allSatisfy(p -> assertThat(p.problems()).isEmpty());
                assertThat(session.selfInspection().responses(campaign.id())).hasSize(DEPARTMENTS);
                long total = (end - start) / 1_000_000;
                System.out.printf("BENCH round %d: %d questionnaires x %d questions: read %d ms, check+diff %d ms, "
                        + "import %d ms, total %d ms%n", round + 1, DEPARTMENTS, items.size(),
                        (afterRead - start) / 1_000_000, (afterPreview - afterRead) / 1_000_000,
                        (end - afterPreview) / 1_000_000, total);
                if (round > 0) {
                    slowest = Math.max(slowest, total);
                }
                best = Math.min(best, total);
            }
        }
        System.out.printf("BENCH import of %d questionnaires: best %d ms, slowest warm %d ms (goal < 2000 ms)%n",
                DEPARTMENTS, best, slowest);
    }
}
