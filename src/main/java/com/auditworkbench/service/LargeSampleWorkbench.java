package com.auditworkbench.service;

import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.FindingContent;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.LocalizedText;
import com.auditworkbench.domain.NewInterview;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.store.ChecklistRepository.BulkResult;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The reference large plan: a real city's scale, for trying the application on it and for the benchmarks —
 * 3,000 items × 40 auditees (36 departments and 4 contractors, 120,000 rows), results on 95 % of rows and notes
 * on most of those, 5,000 findings, 400 interviews and 20,000 pieces of evidence (small log extracts). Items are
 * the shipped checklist's items repeated in groups, so categories, segments, threats and priorities are spread as
 * in the real checklist. Generated in bulk: the activity log records results, findings and interviews as one
 * event per kind, not one per row; evidence goes through the vault as real intake does, one event per file.
 */
public final class LargeSampleWorkbench {

    public static final int ITEMS = 3_000;
    public static final int AUDITEES = 40;
    public static final int CONTRACTORS = 4;
    public static final int FINDINGS = 5_000;
    public static final int INTERVIEWS = 400;
    public static final int EVIDENCE = 20_000;
    private static final int EVIDENCE_BATCH = 1_000;

    private static final int BATCH = 10_000;

    private static final String[] OBSERVED = {
        "規程の改訂が運用手順書に反映されていない。",
        "パスワードの定期変更が一部の職員で行われていない。",
        "端末の画面ロックは5分で設定されている。",
        "入退室記録簿に記入漏れが散見された。",
        "USBメモリの管理台帳と現物が一致しない。",
        "バックアップの復元テストが昨年度実施されていない。",
        "委託先との契約書に再委託の条項がない。",
        "ログの定期的な確認記録が残されていない。",
        "情報資産の分類が台帳に記載されていない。",
        "研修の受講記録が保存されている。",
        "サーバ室の施錠管理は適切に行われている。",
        "アクセス権限の棚卸しが年1回実施されている。",
        "マイナンバー利用事務系端末でのインターネット閲覧はできない設定を確認。",
        "LGWAN接続系からのファイル持出しは無害化を経由している。",
        "インシデント発生時の連絡体制図が最新ではない。",
    };
    private static final String[] SOURCES = {"担当者への聞き取り", "現地確認", "資料閲覧", "設定画面の確認", "ログ抽出"};

    private LargeSampleWorkbench() {
    }

    /** Builds the large plan into an empty workbench; progress receives one sentence per step. */
    public static Plan populate(WorkbenchSession session, ChecklistTemplate base, Consumer<String> progress) {
        Random random = new Random(2026);
        progress.accept("plan");
        if (session.people().currentUser() == null) {
            session.people().actAs(session.people().add("監査 太郎", com.auditworkbench.domain.Role.LEAD, null));
        }
        List<String> names = new ArrayList<>();
        for (int d = 1; d <= AUDITEES - CONTRACTORS; d++) {
            names.add(String.format("第%02d部 第%02d課", (d + 1) / 2, d));
        }
        Plan plan = session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 情報セキュリティ監査（全庁）",
                "全部署及び主要な受託者を対象に、情報セキュリティ対策基準の遵守状況を確認する。", names,
                LocalDate.of(2026, 6, 1), LocalDate.of(2027, 1, 31), NewPlan.DEFAULT_MARKING, "監査 太郎"),
                template(base));
        for (int c = 1; c <= CONTRACTORS; c++) {
            Department contractor = session.auditees().addContractor(String.format("受託事業者%c株式会社", 'A' + c - 1),
                    plan.departments().get(c - 1).id(), "基幹系システムの運用保守");
            session.auditees().addToPlan(plan.id(), contractor.id());
        }
        plan = session.plans().get(plan.id());
        List<ChecklistItem> items = session.plans().items(plan.id());
        List<Department> auditees = plan.departments();

        List<BulkResult> results = new ArrayList<>(ITEMS * AUDITEES);
        for (Department auditee : auditees) {
            for (ChecklistItem item : items) {
                int roll = random.nextInt(100);
                if (roll < 5) {
                    continue;
                }
                Result result = roll < 70 ? Result.CONFORMING : roll < 85 ? Result.PARTIAL : roll < 95
                        ? Result.NONCONFORMING : Result.NOT_APPLICABLE;
                String notes = random.nextInt(100) < 80
                        ? SOURCES[random.nextInt(SOURCES.length)] + "：" + OBSERVED[random.nextInt(OBSERVED.length)]
                        + "（" + item.code() + "）"
                        : "";
                results.add(new BulkResult(auditee.id(), item.code(), result, notes));
            }
        }
        com.auditworkbench.store.Workbench store = session.store();
        OffsetDateTime now = session.trail().now();
        long planId = plan.id();
        for (int i = 0; i < results.size(); i += BATCH) {
            progress.accept("results " + i + "/" + results.size());
            List<BulkResult> batch = results.subList(i, Math.min(results.size(), i + BATCH));
            store.run(r -> r.checklist().insertAll(planId, batch, now));
        }
        store.run(r -> session.trail().record(r, "generate", PlanService.ENTITY, Long.toString(planId),
                planId, "results " + results.size(), null, Map.of("results", results.size())));

        progress.accept("findings");
        List<BulkResult> deviations = results.stream().filter(b -> b.result().isDeviation()).toList();
        store.run(r -> {
            for (int f = 0; f < FINDINGS && f < deviations.size(); f++) {
                BulkResult b = deviations.get((int) ((long) f * deviations.size() / FINDINGS));
                ChecklistItem item = items.get(Integer.parseInt(b.itemCode().substring(2)) - 1);
                Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
                r.findings().insert(planId, b.departmentId(), b.itemCode(), new FindingContent(
                        item.title().ja() + "について改善が必要", b.notes().isEmpty() ? OBSERVED[f % OBSERVED.length]
                                : b.notes(), "情報セキュリティ対策基準 " + item.articlesInJapanese(),
                        "手順の周知が不十分であったため。", "情報資産の漏えい又は滅失のおそれがある。",
                        "手順を見直し、定期的に確認すること。", severity, null, null), null, now);
            }
            session.trail().record(r, "generate", PlanService.ENTITY, Long.toString(planId), planId,
                    "findings " + Math.min(FINDINGS, deviations.size()), null, Map.of("findings", FINDINGS));
        });

        progress.accept("interviews");
        store.run(r -> {
            for (int n = 0; n < INTERVIEWS; n++) {
                Department auditee = auditees.get(n % auditees.size());
                List<String> codes = List.of(items.get(random.nextInt(items.size())).code(),
                        items.get(random.nextInt(items.size())).code());
                r.interviews().insert(new NewInterview(planId, auditee.id(), "職員" + (n + 1),
                        n % 3 == 0 ? "情報セキュリティ担当者" : "課長", LocalDateTime.of(2026, 7, 1, 10, 0).plusDays(n % 120),
                        null, "聞き取り内容：" + OBSERVED[n % OBSERVED.length] + " " + OBSERVED[(n * 7) % OBSERVED.length],
                        codes), now);
            }
            session.trail().record(r, "generate", PlanService.ENTITY, Long.toString(planId), planId,
                    "interviews " + INTERVIEWS, null, Map.of("interviews", INTERVIEWS));
        });
        progress.accept("evidence");
        com.auditworkbench.domain.EvidenceDetails details = new com.auditworkbench.domain.EvidenceDetails(
                "監査対象部署の担当者", LocalDate.of(2026, 7, 1), "現地で入手したログ抽出・台帳の写し",
                NewPlan.DEFAULT_MARKING);
        for (int start = 0; start < EVIDENCE; start += EVIDENCE_BATCH) {
            progress.accept("evidence " + start + "/" + EVIDENCE);
            List<EvidenceService.Generated> files = new ArrayList<>(EVIDENCE_BATCH);
            for (int n = start; n < start + EVIDENCE_BATCH; n++) {
                BulkResult b = results.get(random.nextInt(results.size()));
                StringBuilder text = new StringBuilder("日時,利用者,端末,操作\n");
                for (int line = 0; line < 20; line++) {
                    text.append(String.format("2026-07-%02d %02d:%02d,user%03d,PC-%04d,%s%n", 1 + line % 28,
                            8 + line % 10, (n + line) % 60, random.nextInt(500), random.nextInt(9000),
                            line % 3 == 0 ? "ログオン" : line % 3 == 1 ? "ファイル参照" : "ログオフ"));
                }
                text.append("# 証跡 ").append(n + 1).append(' ').append(b.itemCode()).append('\n');
                files.add(new EvidenceService.Generated(String.format("log-%05d-%s.csv", n + 1, b.itemCode()),
                        text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        List.of(com.auditworkbench.domain.EvidenceTarget.result(planId, b.departmentId(),
                                b.itemCode()))));
            }
            session.evidence().intakeGenerated(planId, files, details);
        }
        return session.plans().get(planId);
    }

    /** 3,000 items: the base checklist's items repeated in groups, numbered L-0001 … L-3000. */
    static ChecklistTemplate template(ChecklistTemplate base) {
        List<ChecklistItem> items = new ArrayList<>(ITEMS);
        List<ChecklistItem> source = base.items();
        for (int i = 0; i < ITEMS; i++) {
            ChecklistItem b = source.get(i % source.size());
            int group = i / source.size() + 1;
            items.add(new ChecklistItem(String.format("L-%04d", i + 1),
                    new LocalizedText(b.title().ja() + "（第" + group + "群）", b.title().en() + " (group " + group + ")"),
                    b.category(), b.articles(), b.threats(), b.segments(), b.networkModels(), b.priority(),
                    b.procedure(), b.evidenceExamples(), b.question(), b.explanation(), b.isoControls()));
        }
        return new ChecklistTemplate(base.id() + "-large", base.version(), base.kind(), base.title(), base.language(),
                base.answerScale(), base.basedOn(), items);
    }
}
