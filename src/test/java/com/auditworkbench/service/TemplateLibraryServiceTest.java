package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.LocalizedText;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.TemplateUpgrade;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLibraryServiceTest {

    @TempDir
    Path folder;

    private static final ChecklistTemplate V1 = TestTemplates.audit(5);

    /** v1.1.0: item 2 retitled, items 4 and 5 removed, item 6 added at the end. */
    private static ChecklistTemplate v110() {
        List<ChecklistItem> items = new ArrayList<>(V1.items().subList(0, 3));
        ChecklistItem second = items.get(1);
        items.set(1, new ChecklistItem(second.code(), new LocalizedText("改訂された項目2", "Revised item 2"),
                second.category(), second.articles(), second.threats(), second.segments(), second.networkModels(),
                second.priority(), second.procedure(), second.evidenceExamples(), second.question(),
                second.explanation(), second.isoControls()));
        items.add(TestTemplates.audit(6).items().get(5));
        return new ChecklistTemplate(V1.id(), "1.1.0", V1.kind(), new LocalizedText("テスト監査（改訂）", "Test audit, revised"),
                V1.language(), V1.answerScale(), V1.basedOn(), items);
    }

    private WorkbenchSession create() {
        return TestWorkbenches.service().create(folder.resolve("library.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray());
    }

    private static Plan plan(WorkbenchSession session) {
        return session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 監査計画", "目的", List.of("総務課"),
                null, null, NewPlan.DEFAULT_MARKING, "監査 花子"), V1);
    }

    @Test
    void importingANewerVersionLeavesThePlanSnapshotFrozen() {
        try (WorkbenchSession session = create()) {
            Plan plan = plan(session);
            List<ChecklistItem> before = session.plans().items(plan.id());

            assertThat(session.templateLibrary().importTemplate("yaml of 1.1.0", v110())).isTrue();

            assertThat(session.templateLibrary().imported()).singleElement()
                    .satisfies(t -> assertThat(t.version()).isEqualTo("1.1.0"));
            assertThat(session.plans().items(plan.id())).isEqualTo(before);
            assertThat(session.plans().get(plan.id()).templateVersion()).isEqualTo("1.0.0");
        }
    }

    @Test
    void upgradeKeepsResultsAddsUpdatesAndRemovesOnlyItemsWithoutResults() {
        try (WorkbenchSession session = create()) {
            Plan plan = plan(session);
            List<ChecklistRow> rows = session.fieldwork().rows(plan.id());
            session.fieldwork().record(rows.get(0), Result.CONFORMING, "変更なしの項目");
            session.fieldwork().record(rows.get(1), Result.PARTIAL, "改訂される項目");
            session.fieldwork().record(rows.get(3), Result.NONCONFORMING, "削除される項目");

            TemplateUpgrade preview = session.templateLibrary().previewUpgrade(plan.id(), v110());
            assertThat(session.plans().get(plan.id()).templateVersion()).isEqualTo("1.0.0");
            TemplateUpgrade applied = session.templateLibrary().applyUpgrade(plan.id(), v110());

            assertThat(applied).isEqualTo(preview);
            assertThat(applied.diff().added()).extracting(ChecklistItem::code).containsExactly("TST-OUT-006");
            assertThat(applied.diff().changed()).extracting(ChecklistItem::code).containsExactly("TST-PHY-002");
            assertThat(applied.diff().removed()).extracting(ChecklistItem::code)
                    .containsExactly("TST-OPE-004", "TST-RES-005");
            assertThat(applied.keptBecauseOfResults()).containsExactly("TST-OPE-004");
            assertThat(applied.removedCount()).isEqualTo(1);

            List<ChecklistItem> items = session.plans().items(plan.id());
            assertThat(items).extracting(ChecklistItem::code)
                    .containsExactly("TST-HUM-001", "TST-PHY-002", "TST-TEC-003", "TST-OUT-006", "TST-OPE-004");
            assertThat(items.get(1).title().ja()).isEqualTo("改訂された項目2");
            Plan upgraded = session.plans().get(plan.id());
            assertThat(upgraded.templateVersion()).isEqualTo("1.1.0");
            assertThat(upgraded.templateTitle().ja()).isEqualTo("テスト監査（改訂）");

            List<ChecklistRow> after = session.fieldwork().rows(plan.id());
            assertThat(after).filteredOn(r -> r.item().code().equals("TST-HUM-001")).singleElement()
                    .satisfies(r -> assertThat(r.notes()).isEqualTo("変更なしの項目"));
            assertThat(after).filteredOn(r -> r.item().code().equals("TST-PHY-002")).singleElement()
                    .satisfies(r -> assertThat(r.result()).isEqualTo(Result.PARTIAL));
            assertThat(after).filteredOn(r -> r.item().code().equals("TST-OPE-004")).singleElement()
                    .satisfies(r -> assertThat(r.result()).isEqualTo(Result.NONCONFORMING));

            List<ActivityEvent> events = session.activity().forEntity(PlanService.ENTITY, Long.toString(plan.id()));
            assertThat(events).filteredOn(e -> e.action().equals("template-upgrade")).hasSize(1);
        }
    }

    @Test
    void anOlderOrEqualVersionIsNotAnUpgrade() {
        try (WorkbenchSession session = create()) {
            Plan plan = plan(session);
            assertThatThrownBy(() -> session.templateLibrary().applyUpgrade(plan.id(), V1))
                    .isInstanceOf(AuditException.class)
                    .extracting(e -> ((AuditException) e).messageKey()).isEqualTo("templateLibrary.error.notNewer");
        }
    }

    @Test
    void reimportingAVersionWithOtherContentIsRefusedAndTheSameContentIsANoOp() {
        try (WorkbenchSession session = create()) {
            session.templateLibrary().importTemplate("yaml of 1.1.0", v110());

            assertThat(session.templateLibrary().importTemplate("yaml of 1.1.0", v110())).isFalse();
            assertThatThrownBy(() -> session.templateLibrary().importTemplate("other yaml", v110()))
                    .isInstanceOf(AuditException.class)
                    .extracting(e -> ((AuditException) e).messageKey())
                    .isEqualTo("templateLibrary.error.versionUnchanged");
            assertThat(session.templateLibrary().imported()).singleElement()
                    .satisfies(t -> assertThat(t.yaml()).isEqualTo("yaml of 1.1.0"));
            assertThat(session.activity().latest(null, "", 100)).filteredOn(e -> e.action().equals("import"))
                    .hasSize(1);
        }
    }

    @Test
    void importedTemplatesTravelWithTheWorkbench() {
        Path file = folder.resolve("library.awb");
        try (WorkbenchSession session = create()) {
            session.templateLibrary().importTemplate("yaml of 1.1.0", v110());
        }
        try (WorkbenchSession session = TestWorkbenches.service().open(file, TestWorkbenches.PASSPHRASE.toCharArray())) {
            assertThat(session.templateLibrary().imported()).extracting(t -> t.id() + " " + t.version())
                    .containsExactly("test-audit 1.1.0");
        }
    }
}
