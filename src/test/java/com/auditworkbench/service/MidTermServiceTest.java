package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.AssetEntry;
import com.auditworkbench.domain.AssetKind;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Classification;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.MidTermPlan;
import com.auditworkbench.domain.MidTermPlan.RotationRow;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.PlanKind;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.YearPlanEntry;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The medium-term plan kept in the workbench, its flags, the year plans, and the register's logged edits. */
class MidTermServiceTest {

    static final Messages JA = new Messages(Language.JAPANESE);

    @TempDir
    Path folder;

    @Test
    void aSavedRotationReadsBackFlagsTheDepartmentLeftOutAndFeedsTheYearPlan() {
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("w.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            InformationAsset juki = session.assets().add(new AssetEntry("住民基本台帳システム", AssetKind.SYSTEM,
                    "市民部 市民課", Segment.MYNUMBER, new Classification("3A", "2", "2"), ""));
            session.assets().add(new AssetEntry("文書管理システム", AssetKind.SYSTEM, "総務部 総務課", Segment.LGWAN,
                    new Classification("2", "2", "1"), ""));
            session.assets().add(new AssetEntry("税務システム", AssetKind.SYSTEM, "市民部 課税課", Segment.MYNUMBER,
                    new Classification("3A", "2", "2"), ""));
            Map<String, Department> d = session.assets().departments().stream()
                    .collect(Collectors.toMap(Department::name, Function.identity()));
            MidTermPlan saved = session.midTerm().save(new MidTermPlan(0, "令和7〜9年度 中期計画", new FiscalYear(2025), 3,
                    List.of("委託先管理", "クラウド利用"), List.of(
                            RotationRow.department(d.get("総務部 総務課"), Set.of(2025)),
                            RotationRow.department(d.get("市民部 市民課"), Set.of(2026)),
                            RotationRow.department(d.get("市民部 課税課"), Set.of()),
                            RotationRow.system(juki, Set.of(2026)))));

            MidTermPlan read = session.midTerm().get(saved.id());
            assertThat(read.title()).isEqualTo("令和7〜9年度 中期計画");
            assertThat(read.themes()).containsExactly("委託先管理", "クラウド利用");
            assertThat(read.rows()).extracting(RotationRow::name).containsExactly("総務部 総務課", "市民部 市民課",
                    "市民部 課税課", "住民基本台帳システム");
            assertThat(read.rows()).extracting(RotationRow::auditYears).containsExactly(Set.of(2025), Set.of(2026),
                    Set.of(), Set.of(2026));
            assertThat(read.leftOut()).extracting(r -> read.leftOutSentence(r, JA)).containsExactly(
                    "市民部 課税課は、中期計画の期間（令和7年度〜令和9年度）のどの年度にも監査が予定されていません。");
            assertThat(session.midTerm().covering(new FiscalYear(2026)).orElseThrow().departmentsIn(
                    new FiscalYear(2026))).extracting(Department::name).containsExactly("市民部 市民課");

            List<RotationRow> covered = List.of(read.rows().get(0), read.rows().get(1),
                    RotationRow.department(d.get("市民部 課税課"), Set.of(2027)), read.rows().get(3));
            MidTermPlan fixed = session.midTerm().save(new MidTermPlan(read.id(), read.title(), read.firstYear(), 3,
                    read.themes(), covered));
            assertThat(fixed.leftOut()).isEmpty();
            assertThat(session.activity().forEntity("midterm-plan", Long.toString(read.id())))
                    .extracting(ActivityEvent::action).containsExactlyInAnyOrder("create", "edit");

            assertThatThrownBy(() -> session.assets().delete(juki.id())).isInstanceOf(AuditException.class)
                    .satisfies(e -> assertThat(((AuditException) e).localizedMessage(JA)).isEqualTo(
                            "「住民基本台帳システム」は中期計画のローテーションに含まれているため削除できません。先に中期計画から外してください。"));
            assertThatThrownBy(() -> session.midTerm().save(new MidTermPlan(read.id(), read.title(), read.firstYear(), 3,
                    read.themes(), List.of(RotationRow.department(d.get("総務部 総務課"), Set.of(2029))))))
                    .isInstanceOf(AuditException.class).extracting(e -> ((AuditException) e).messageKey())
                    .isEqualTo("midterm.error.yearOutside");
            assertThat(session.midTerm().get(read.id()).rows()).hasSize(4);
        }
    }

    @Test
    void aPlanCanBeMarkedSpecialAndTheChangeIsLogged() {
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("w.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            Plan plan = session.plans().create(new NewPlan(new FiscalYear(2026), "特命監査（USB 紛失事案）", "目的",
                    List.of("市民部 市民課"), null, null, "取扱注意", "監査 太郎"), TestTemplates.audit(4));
            assertThat(session.midTerm().kind(plan.id())).isEqualTo(PlanKind.REGULAR);
            session.midTerm().setKind(plan.id(), PlanKind.SPECIAL);
            assertThat(session.midTerm().yearPlans(new FiscalYear(2026))).extracting(YearPlanEntry::kind)
                    .containsExactly(PlanKind.SPECIAL);
            ActivityEvent logged = session.activity().forEntity("plan", Long.toString(plan.id())).stream()
                    .filter(e -> e.after().contains("SPECIAL")).findFirst().orElseThrow();
            assertThat(logged.before()).isEqualTo("{\"kind\":\"REGULAR\"}");
        }
    }

    @Test
    void registerEditsAreCheckedAndLogged() {
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("w.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            InformationAsset mail = session.assets().add(new AssetEntry("LGWAN メール", AssetKind.SYSTEM,
                    "政策経営部 情報政策課", Segment.LGWAN, new Classification("２", "2", "2"), ""));
            assertThat(mail.classification().confidentiality()).isEqualTo("2");
            InformationAsset changed = session.assets().update(mail.id(), new AssetEntry("LGWAN メール",
                    AssetKind.SYSTEM, "政策経営部 情報政策課", Segment.LGWAN, new Classification("3C", "2", "2"), "見直し"));
            assertThat(changed.classification().confidentiality()).isEqualTo("3C");
            assertThatThrownBy(() -> session.assets().add(new AssetEntry("LGWAN メール", AssetKind.SYSTEM,
                    "総務部 総務課", Segment.LGWAN, new Classification("2", "2", "2"), "")))
                    .isInstanceOf(AuditException.class).extracting(e -> ((AuditException) e).messageKey())
                    .isEqualTo("register.error.nameTaken");
            assertThatThrownBy(() -> session.assets().update(mail.id(), new AssetEntry("LGWAN メール",
                    AssetKind.SYSTEM, "政策経営部 情報政策課", Segment.LGWAN, new Classification("4", "2", "2"), "")))
                    .isInstanceOf(AuditException.class)
                    .satisfies(e -> assertThat(((AuditException) e).localizedMessage(JA))
                            .isEqualTo("機密性「4」は分類基準の区分（3A/3B/3C/2/1）にありません。"));
            session.assets().delete(mail.id());
            assertThat(session.assets().all()).isEmpty();
            assertThat(session.activity().forEntity("asset", Long.toString(mail.id())))
                    .extracting(ActivityEvent::action).containsExactlyInAnyOrder("create", "edit", "delete");
            ActivityEvent edit = session.activity().forEntity("asset", Long.toString(mail.id())).stream()
                    .filter(e -> e.action().equals("edit")).findFirst().orElseThrow();
            assertThat(edit.before()).contains("\"confidentiality\":\"2\"");
            assertThat(edit.after()).contains("\"confidentiality\":\"3C\"", "\"notes\":\"見直し\"");
        }
    }
}
