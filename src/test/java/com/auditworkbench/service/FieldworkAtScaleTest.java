package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.AuditeeKind;
import com.auditworkbench.domain.AuditeeScope;
import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.FindingContent;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Interview;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.NewInterview;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.SearchHit;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.template.ShippedTemplates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Auditees (departments and contractors), their scope in a plan, interview records and full-text search. */
class FieldworkAtScaleTest {

    @TempDir
    Path folder;

    private WorkbenchSession create(String name) {
        return TestWorkbenches.service().create(folder.resolve(name), TestWorkbenches.PASSPHRASE.toCharArray());
    }

    private static NewPlan plan(String... departments) {
        return new NewPlan(new FiscalYear(2026), "令和8年度 情報セキュリティ監査計画", "目的", List.of(departments),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30), NewPlan.DEFAULT_MARKING, "監査 太郎");
    }

    @Test
    void contractorIsAnAuditeeSupervisedByADepartmentAndIsAuditedLikeOne() {
        try (WorkbenchSession session = create("contractor.awb")) {
            Plan plan = session.plans().create(plan("情報政策課", "市民課"), TestTemplates.audit(4));
            Department supervisor = plan.departments().get(0);
            Department contractor = session.auditees().addContractor(" 株式会社サンプル運用 ", supervisor.id(),
                    "住民情報システムの運用保守");
            assertThat(contractor.kind()).isEqualTo(AuditeeKind.CONTRACTOR);
            assertThat(contractor.code()).isEqualTo("C001");
            assertThat(contractor.name()).isEqualTo("株式会社サンプル運用");

            Plan withContractor = session.auditees().addToPlan(plan.id(), contractor.id());
            assertThat(withContractor.departments()).extracting(Department::name)
                    .containsExactly("情報政策課", "市民課", "株式会社サンプル運用");
            assertThat(withContractor.departments().get(2).isContractor()).isTrue();
            List<ChecklistRow> rows = session.fieldwork().rows(plan.id());
            assertThat(rows).hasSize(12);
            assertThat(rows.stream().filter(r -> r.department().isContractor())).hasSize(4);

            var listed = session.auditees().all().stream()
                    .filter(a -> a.department().id() == contractor.id()).findFirst().orElseThrow();
            assertThat(listed.supervisingDepartment()).contains(supervisor);
            assertThat(listed.contractSubject()).isEqualTo("住民情報システムの運用保守");

            assertThatThrownBy(() -> session.auditees().addContractor("市民課", supervisor.id(), ""))
                    .isInstanceOf(AuditException.class)
                    .satisfies(e -> assertThat(((AuditException) e).messageKey()).isEqualTo("auditee.error.nameExists"));
            assertThatThrownBy(() -> session.auditees().addContractor("別の受託者", contractor.id(), ""))
                    .satisfies(e -> assertThat(((AuditException) e).messageKey())
                            .isEqualTo("auditee.error.supervisorRequired"));
            assertThat(session.auditees().all()).hasSize(3);
            List<ActivityEvent> events = session.activity().latest(null, "", 10_000);
            assertThat(events).anyMatch(e -> e.action().equals("create") && e.entityType().equals("auditee"));
            assertThat(events).anyMatch(e -> e.action().equals("add-auditee") && e.summary().contains("株式会社サンプル運用"));
        }
    }

    @Test
    void scopeAssignsAnAuditeeSomeCategoriesOrSegmentsAndNeverHidesRecordedResults() {
        ChecklistTemplate shipped = new ShippedTemplates().defaultAudit();
        try (WorkbenchSession session = create("scope.awb")) {
            Plan plan = session.plans().create(plan("情報政策課", "市民課"), shipped);
            long policy = plan.departments().get(0).id();
            long citizens = plan.departments().get(1).id();
            int all = shipped.items().size();
            assertThat(session.fieldwork().rows(plan.id())).hasSize(all * 2);

            session.auditees().setScope(plan.id(), citizens,
                    new AuditeeScope(Set.of(Category.TECHNICAL, Category.PHYSICAL), Set.of()));
            long expectedByCategory = shipped.items().stream()
                    .filter(i -> i.category() == Category.TECHNICAL || i.category() == Category.PHYSICAL).count();
            List<ChecklistRow> citizenRows = session.fieldwork().rows(plan.id()).stream()
                    .filter(r -> r.department().id() == citizens).toList();
            assertThat(citizenRows).hasSize((int) expectedByCategory)
                    .allMatch(r -> r.item().category() == Category.TECHNICAL || r.item().category() == Category.PHYSICAL);

            session.auditees().setScope(plan.id(), policy, new AuditeeScope(Set.of(), Set.of(Segment.INTERNET)));
            List<ChecklistItem> expectedBySegment = shipped.items().stream()
                    .filter(i -> i.segments().isEmpty() || i.segments().size() == Segment.values().length
                            || i.segments().contains(Segment.INTERNET)).toList();
            assertThat(expectedBySegment).hasSizeLessThan(all);
            List<ChecklistRow> policyRows = session.fieldwork().rows(plan.id()).stream()
                    .filter(r -> r.department().id() == policy).toList();
            assertThat(policyRows).extracting(r -> r.item().code())
                    .containsExactlyElementsOf(expectedBySegment.stream().map(ChecklistItem::code).toList());
            assertThat(policyRows).noneMatch(r -> r.item().segments().equals(Set.of(Segment.MYNUMBER)));

            ChecklistRow technical = citizenRows.stream().filter(r -> r.item().category() == Category.TECHNICAL)
                    .findFirst().orElseThrow();
            session.fieldwork().record(technical, Result.NONCONFORMING, "パスワードが付箋に書かれていた。");
            assertThatThrownBy(() -> session.auditees().setScope(plan.id(), citizens,
                    new AuditeeScope(Set.of(Category.PHYSICAL), Set.of())))
                    .isInstanceOf(AuditException.class)
                    .satisfies(e -> {
                        AuditException a = (AuditException) e;
                        assertThat(a.messageKey()).isEqualTo("auditee.error.scopeHidesResults");
                        assertThat(a.arguments()[0]).isEqualTo(1);
                        assertThat((String) a.arguments()[1]).isEqualTo(technical.item().code());
                    });
            assertThat(session.auditees().scopes(plan.id()).get(citizens).categories())
                    .containsExactlyInAnyOrder(Category.TECHNICAL, Category.PHYSICAL);
            assertThatThrownBy(() -> session.findings().raise(new NewFinding(plan.id(), citizens,
                    shipped.items().stream().filter(i -> i.category() == Category.HUMAN).findFirst().orElseThrow()
                            .code(), "範囲外", "事実", "基準", "勧告", Severity.MINOR)))
                    .isInstanceOf(AuditException.class);
        }
    }

    @Test
    void oneAuditeesRowsAreExactlyItsPartOfThePlansRowsWithItsScopeAndResults() {
        try (WorkbenchSession session = create("first-auditee.awb")) {
            Plan plan = session.plans().create(plan("情報政策課", "市民課", "税務課"), TestTemplates.audit(8));
            long citizens = plan.departments().get(1).id();
            List<ChecklistRow> all = session.fieldwork().rows(plan.id());
            ChecklistRow recorded = all.stream().filter(r -> r.department().id() == citizens).skip(2).findFirst()
                    .orElseThrow();
            session.fieldwork().record(recorded, Result.NONCONFORMING, "パスワードの定期変更が未実施。");
            session.auditees().setScope(plan.id(), citizens, new AuditeeScope(Set.of(recorded.item().category()),
                    Set.of()));
            all = session.fieldwork().rows(plan.id());

            List<ChecklistRow> one = session.fieldwork().rows(plan.id(), citizens);

            assertThat(one).isNotEmpty().allMatch(r -> r.department().id() == citizens)
                    .containsExactlyElementsOf(all.stream().filter(r -> r.department().id() == citizens).toList());
            assertThat(one).anySatisfy(r -> {
                assertThat(r.item().code()).isEqualTo(recorded.item().code());
                assertThat(r.result()).isEqualTo(Result.NONCONFORMING);
                assertThat(r.notes()).isEqualTo("パスワードの定期変更が未実施。");
            });
            assertThat(one.size()).isLessThan(all.size() / 3);
            // what decides whether a plan shows its first auditee's rows first
            assertThat(session.plans().itemCount(plan.id())).isEqualTo(8)
                    .isEqualTo(session.plans().items(plan.id()).size());
            assertThat(session.plans().itemCount(plan.id() + 1)).isZero();
        }
    }

    @Test
    void interviewIsRecordedLinkedToItemsEditedAndLogged() {
        try (WorkbenchSession session = create("interview.awb")) {
            Plan plan = session.plans().create(plan("情報政策課"), TestTemplates.audit(5));
            var lead = session.people().add("監査 花子", com.auditworkbench.domain.Role.LEAD, null);
            List<String> codes = session.plans().items(plan.id()).stream().map(ChecklistItem::code).toList();
            Interview recorded = session.interviews().record(new NewInterview(plan.id(), plan.departments().get(0).id(),
                    "山田 一郎", "情報セキュリティ担当係長", LocalDateTime.of(2026, 7, 14, 10, 30), lead.id(),
                    "アカウントの棚卸しは年1回、人事異動の後に行っている。", List.of(codes.get(1), codes.get(3))));
            assertThat(recorded.itemCodes()).containsExactly(codes.get(1), codes.get(3));
            assertThat(recorded.interviewer()).contains(lead);
            assertThat(recorded.heldAt()).isEqualTo(LocalDateTime.of(2026, 7, 14, 10, 30));

            Interview edited = session.interviews().update(recorded.id(), new NewInterview(plan.id(),
                    plan.departments().get(0).id(), "山田 一郎", "係長", LocalDateTime.of(2026, 7, 14, 11, 0), lead.id(),
                    "棚卸しは年2回。", List.of(codes.get(0))));
            assertThat(session.interviews().forPlan(plan.id())).containsExactly(edited);
            assertThat(edited.itemCodes()).containsExactly(codes.get(0));
            assertThat(edited.summary()).isEqualTo("棚卸しは年2回。");

            assertThatThrownBy(() -> session.interviews().record(new NewInterview(plan.id(),
                    plan.departments().get(0).id(), " ", "", LocalDateTime.now(), null, "", List.of())))
                    .satisfies(e -> assertThat(((AuditException) e).messageKey())
                            .isEqualTo("interview.error.intervieweeRequired"));
            assertThatThrownBy(() -> session.interviews().record(new NewInterview(plan.id(),
                    plan.departments().get(0).id(), "佐藤", "", LocalDateTime.now(), null, "", List.of("NO-SUCH"))))
                    .satisfies(e -> assertThat(((AuditException) e).messageKey())
                            .isEqualTo("interview.error.unknownItems"));
            assertThat(session.interviews().forPlan(plan.id())).hasSize(1);
            List<ActivityEvent> events = session.activity().latest(null, "", 10_000).stream()
                    .filter(e -> e.entityType().equals("interview"))
                    .sorted(java.util.Comparator.comparingLong(ActivityEvent::sequence)).toList();
            assertThat(events).extracting(ActivityEvent::action).containsExactly("create", "edit");
            assertThat(events.get(1).before()).contains("年1回");
            assertThat(events.get(1).after()).contains("年2回");
        }
    }

    @Test
    void searchFindsNotesInterviewsAndFindingsAndFollowsEveryChange() {
        try (WorkbenchSession session = create("search.awb")) {
            Plan plan = session.plans().create(plan("情報政策課", "市民課"), TestTemplates.audit(6));
            List<ChecklistRow> rows = session.fieldwork().rows(plan.id());
            session.fieldwork().record(rows.get(0), Result.NONCONFORMING, "ＵＳＢメモリの管理台帳と現物が一致しない。");
            session.fieldwork().record(rows.get(7), Result.CONFORMING, "サーバ室の施錠は適切。");
            assertThat(session.search().prepare()).isEqualTo(2);

            List<SearchHit> hits = session.search().search("usb 台帳", null);
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.kind()).isEqualTo(SearchHit.Kind.RESULT);
                assertThat(h.key()).isEqualTo(rows.get(0).key());
                assertThat(h.reference()).isEqualTo(rows.get(0).item().code() + " 情報政策課");
                assertThat(h.snippet()).contains("台帳と現物");
            });

            session.fieldwork().record(rows.get(0), Result.NONCONFORMING, "媒体の持出し記録がない。");
            assertThat(session.search().search("台帳", null)).isEmpty();
            assertThat(session.search().search("持出し", null)).extracting(SearchHit::key)
                    .containsExactly(rows.get(0).key());

            var finding = session.findings().raise(new NewFinding(plan.id(), rows.get(0).department().id(),
                    rows.get(0).item().code(), "媒体管理の不備", "持出し記録がない", "第10条", "記録簿を整備すること。",
                    Severity.MAJOR));
            session.interviews().record(new NewInterview(plan.id(), rows.get(7).department().id(), "鈴木 花子", "課長",
                    LocalDateTime.of(2026, 7, 2, 9, 0), null, "記録簿は来月から整備する予定。", List.of()));
            assertThat(session.search().search("記録簿", null)).extracting(SearchHit::kind)
                    .containsExactlyInAnyOrder(SearchHit.Kind.FINDING, SearchHit.Kind.INTERVIEW);
            assertThat(session.search().search("記録簿", plan.id() + 1)).isEmpty();

            session.findings().update(finding.id(), new FindingContent("媒体管理の不備", "持出し記録がない", "第10条",
                    "手順が周知されていない", "漏えいのおそれ", "管理簿を整備すること。", Severity.MAJOR, null, null));
            assertThat(session.search().search("記録簿", null)).extracting(SearchHit::kind)
                    .containsExactly(SearchHit.Kind.INTERVIEW);
            assertThat(session.search().search("周知", null)).extracting(SearchHit::reference)
                    .containsExactly(finding.reference() + " 媒体管理の不備");
            session.history().undo();
            assertThat(session.search().search("周知", null)).isEmpty();
            assertThat(session.search().search("存在しない語句", null)).isEmpty();
        }
    }

    @Test
    void searchIndexIsBuiltFromTheFileOnOpenAndTheFileHoldsNoPlainText() throws Exception {
        Path file = folder.resolve("reopen.awb");
        String marker = "検索マーカー" + HexFormat.of().formatHex(new byte[] {1, 2, 3});
        try (WorkbenchSession session = TestWorkbenches.service().create(file, TestWorkbenches.PASSPHRASE.toCharArray())) {
            Plan plan = session.plans().create(plan("情報政策課"), TestTemplates.audit(2));
            session.fieldwork().record(session.fieldwork().rows(plan.id()).get(1), Result.PARTIAL, marker);
        }
        try (WorkbenchSession session = TestWorkbenches.service().open(file, TestWorkbenches.PASSPHRASE.toCharArray())) {
            assertThat(session.search().search(marker, null)).hasSize(1);
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(marker);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_16LE)).doesNotContain(marker);
    }

    @Test
    void generatedEvidenceIsTakenInAsOneBatchEachFileLinkedToItsOwnResult() {
        try (WorkbenchSession session = create("generated.awb")) {
            session.people().actAs(session.people().add("監査 花子", com.auditworkbench.domain.Role.LEAD, null));
            Plan plan = session.plans().create(plan("情報政策課"), TestTemplates.audit(3));
            List<ChecklistRow> rows = session.fieldwork().rows(plan.id());
            byte[] same = "ログ抽出 共通".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            var details = new com.auditworkbench.domain.EvidenceDetails("情報政策課 担当者", LocalDate.of(2026, 6, 30),
                    "ログ抽出", NewPlan.DEFAULT_MARKING);
            var report = session.evidence().intakeGenerated(plan.id(), List.of(
                    new EvidenceService.Generated("a.csv", "ログ A".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            List.of(com.auditworkbench.domain.EvidenceTarget.result(rows.get(0)))),
                    new EvidenceService.Generated("b.csv", same,
                            List.of(com.auditworkbench.domain.EvidenceTarget.result(rows.get(1)))),
                    new EvidenceService.Generated("c.csv", same,
                            List.of(com.auditworkbench.domain.EvidenceTarget.result(rows.get(2))))), details);
            assertThat(report.entries()).hasSize(3);
            var counts = session.evidence().countsByResult(plan.id());
            assertThat(counts).containsEntry(rows.get(0).key(), 1).containsEntry(rows.get(1).key(), 1)
                    .containsEntry(rows.get(2).key(), 1);
            assertThat(session.evidence().linkedTo(com.auditworkbench.domain.EvidenceTarget.result(rows.get(0))))
                    .singleElement().satisfies(e -> assertThat(e.fileName()).isEqualTo("a.csv"));
            assertThat(session.evidence().linkedTo(com.auditworkbench.domain.EvidenceTarget.result(rows.get(2))))
                    .singleElement().satisfies(e -> assertThat(e.fileName()).isEqualTo("b.csv"));
            assertThat(session.evidence().verify(plan.id(), com.auditworkbench.domain.Progress.NONE)).isEmpty();
        }
    }
}
