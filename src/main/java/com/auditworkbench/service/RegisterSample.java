package com.auditworkbench.service;

import com.auditworkbench.domain.AssetEntry;
import com.auditworkbench.domain.AssetKind;
import com.auditworkbench.domain.Classification;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.IncidentSeverity;
import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.MidTermPlan;
import com.auditworkbench.domain.MidTermPlan.RotationRow;
import com.auditworkbench.domain.Segment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sample's register, incidents and medium-term plan (令和7〜9年度), so a newcomer sees risk-based scoping at work
 * on the first look. The weights stay at their defaults.
 */
final class RegisterSample {

    static final String CITIZENS = "市民部 市民課";
    static final String TAX = "市民部 課税課";
    static final String GENERAL = "総務部 総務課";
    static final String WELFARE = "健康福祉部 福祉総務課";
    static final String CHILDREN = "子ども家庭部 子育て支援課";
    static final String IT = "政策経営部 情報政策課";
    static final String PR = "政策経営部 秘書広報課";

    private RegisterSample() {
    }

    static void populate(WorkbenchSession session) {
        AssetService assets = session.assets();
        add(assets, "住民基本台帳システム", AssetKind.SYSTEM, CITIZENS, Segment.MYNUMBER, "3A", "2", "2",
                "住民記録。既存住基システムと住基ネットCSを含む。");
        add(assets, "戸籍情報システム", AssetKind.SYSTEM, CITIZENS, Segment.MYNUMBER, "3A", "2", "2", "");
        add(assets, "窓口申請書のスキャンデータ", AssetKind.ASSET_GROUP, CITIZENS, Segment.MYNUMBER, "3B", "1", "1",
                "住民票の写し等の交付申請書。保存期間5年。");
        add(assets, "税務システム（住民税・固定資産税）", AssetKind.SYSTEM, TAX, Segment.MYNUMBER, "3A", "2", "2",
                "課税台帳と eLTAX 連携を含む。");
        add(assets, "福祉総合システム", AssetKind.SYSTEM, WELFARE, Segment.MYNUMBER, "3B", "2", "2", "");
        add(assets, "子ども・子育て支援システム", AssetKind.SYSTEM, CHILDREN, Segment.MYNUMBER, "3B", "2", "1", "");
        add(assets, "保育所入所申込書類", AssetKind.ASSET_GROUP, CHILDREN, Segment.LGWAN, "3C", "1", "1",
                "紙の申込書と、その LGWAN 系ファイルサーバ上の一覧。");
        add(assets, "団体内統合宛名システム", AssetKind.SYSTEM, IT, Segment.MYNUMBER, "3A", "2", "2",
                "中間サーバとの連携を含む。");
        add(assets, "LGWAN メール", AssetKind.SYSTEM, IT, Segment.LGWAN, "2", "2", "2", "");
        add(assets, "庁内グループウェア", AssetKind.SYSTEM, IT, Segment.LGWAN, "2", "1", "2", "");
        add(assets, "インターネット閲覧系（画面転送）", AssetKind.SYSTEM, IT, Segment.INTERNET, "2", "1", "1",
                "α′モデル。インターネット接続系の仮想ブラウザ。");
        add(assets, "財務会計システム", AssetKind.SYSTEM, GENERAL, Segment.LGWAN, "3C", "2", "1", "");
        add(assets, "文書管理システム", AssetKind.SYSTEM, GENERAL, Segment.LGWAN, "2", "2", "1", "");
        add(assets, "市公式ホームページ CMS", AssetKind.SYSTEM, PR, Segment.INTERNET, "1", "2", "2",
                "外部のクラウドサービスで運用。");

        assets.recordIncident(CITIZENS, LocalDate.of(2026, 5, 14), "住民票の写しの誤交付（別人への交付）",
                IncidentSeverity.SERIOUS);
        assets.recordIncident(CHILDREN, LocalDate.of(2025, 10, 2), "保育所入所通知の誤送付（メール宛先の誤り）",
                IncidentSeverity.MODERATE);

        Map<String, Department> departments = assets.departments().stream()
                .collect(Collectors.toMap(Department::name, Function.identity(), (a, b) -> a));
        Map<String, InformationAsset> systems = assets.all().stream()
                .collect(Collectors.toMap(InformationAsset::name, Function.identity()));
        List<RotationRow> rows = new ArrayList<>();
        rows.add(RotationRow.department(departments.get(GENERAL), Set.of(2025, 2026)));
        rows.add(RotationRow.department(departments.get(CITIZENS), Set.of(2025, 2026)));
        rows.add(RotationRow.department(departments.get(WELFARE), Set.of(2026)));
        rows.add(RotationRow.department(departments.get(CHILDREN), Set.of(2026)));
        rows.add(RotationRow.department(departments.get(TAX), Set.of(2027)));
        rows.add(RotationRow.department(departments.get(IT), Set.of(2027)));
        rows.add(RotationRow.system(systems.get("住民基本台帳システム"), Set.of(2025)));
        rows.add(RotationRow.system(systems.get("税務システム（住民税・固定資産税）"), Set.of(2027)));
        rows.add(RotationRow.system(systems.get("団体内統合宛名システム"), Set.of(2027)));
        session.midTerm().save(new MidTermPlan(0, "令和7〜9年度 情報セキュリティ監査 中期計画", new FiscalYear(2025), 3,
                List.of("マイナンバー利用事務系の分離と運用の確認", "委託先管理（再委託を含む）の確認",
                        "クラウドサービス利用の評価（α′モデルへの移行）"),
                rows));
    }

    private static void add(AssetService assets, String name, AssetKind kind, String department, Segment segment,
            String c, String i, String a, String notes) {
        assets.add(new AssetEntry(name, kind, department, segment, new Classification(c, i, a), notes));
    }
}
