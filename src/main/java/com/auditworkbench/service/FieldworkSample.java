package com.auditworkbench.service;

import com.auditworkbench.domain.AuditeeScope;
import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.NewInterview;
import com.auditworkbench.domain.Plan;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The sample's fieldwork beyond results: a contractor (受託者) audited on the outsourcing and technical items only,
 * and interview records linked to the items they informed.
 */
final class FieldworkSample {

    private FieldworkSample() {
    }

    static void populate(WorkbenchSession session, Plan plan) {
        Department supervisor = plan.departments().get(0);
        Department contractor = session.auditees().addContractor("株式会社くにたち情報サービス", supervisor.id(),
                "住民情報システムの運用保守及びデータセンターの提供");
        session.auditees().addToPlan(plan.id(), contractor.id());
        session.auditees().setScope(plan.id(), contractor.id(),
                new AuditeeScope(Set.of(Category.OUTSOURCING, Category.TECHNICAL, Category.PHYSICAL), Set.of()));
        session.auditDetails().addOnSiteDay(plan.id(), contractor.id(), java.time.LocalDate.of(2026, 7, 22),
                "受託者のデータセンターで実地確認");
        session.auditDetails().addOnSiteDay(plan.id(), contractor.id(), java.time.LocalDate.of(2026, 7, 23), "");

        List<ChecklistItem> items = session.plans().items(plan.id());
        Long interviewer = session.people().currentUser() == null ? null : session.people().currentUser().id();
        session.interviews().record(new NewInterview(plan.id(), supervisor.id(), "情報 一郎", "情報セキュリティ担当係長",
                LocalDateTime.of(2026, 7, 14, 10, 0), interviewer,
                "アカウントの棚卸しは人事異動後の4月と10月に実施している。退職者の削除は人事課からの連絡を受けて行うが、"
                        + "連絡が届かなかった例が昨年度1件あった。",
                codes(items, Category.TECHNICAL, 2)));
        session.interviews().record(new NewInterview(plan.id(), supervisor.id(), "総務 花子", "庶務担当主任",
                LocalDateTime.of(2026, 7, 14, 14, 30), interviewer,
                "サーバ室の入退室は記録簿で管理している。鍵は課長席の施錠できる引出しで保管している。",
                codes(items, Category.PHYSICAL, 2)));
        session.interviews().record(new NewInterview(plan.id(), contractor.id(), "運用 次郎", "受託者側 運用責任者",
                LocalDateTime.of(2026, 7, 22, 13, 0), interviewer,
                "再委託先は契約書の別紙に記載し、変更時は事前に市へ届け出ている。作業記録は月次で市に提出している。",
                codes(items, Category.OUTSOURCING, 3)));
    }

    private static List<String> codes(List<ChecklistItem> items, Category category, int count) {
        return items.stream().filter(i -> i.category() == category).limit(count).map(ChecklistItem::code).toList();
    }
}
