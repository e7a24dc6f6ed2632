package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.RiskFactor;
import com.auditworkbench.domain.RiskScore;
import com.auditworkbench.domain.ScopeChoice;
import com.auditworkbench.domain.ScopeDecision;
import com.auditworkbench.domain.ScopeRule;
import com.auditworkbench.support.TestWorkbenches;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scores drawn from a real workbench: findings, register, past plans and incidents; decisions and overrides. */
class RiskServiceTest {

    static final FiscalYear FY2027 = new FiscalYear(2027);
    static final String GENERAL = RiskServiceFixture.GENERAL;
    static final String CITIZENS = RiskServiceFixture.CITIZENS;
    static final String TAX = RiskServiceFixture.TAX;
    static final Messages JA = new Messages(Language.JAPANESE);
    static final Messages EN = new Messages(Language.ENGLISH);

    @TempDir
    Path folder;

    WorkbenchSession session;

    @BeforeEach
    void open() {
        session = TestWorkbenches.service().create(folder.resolve("w.awb"), TestWorkbenches.PASSPHRASE.toCharArray());
        RiskServiceFixture.populate(session);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        session.close();
    }

    Map<String, RiskScore> byName(List<RiskScore> scores) {
        return scores.stream().collect(Collectors.toMap(s -> s.department().name(), Function.identity()));
    }

    @Test
    void scoresEachDepartmentFromTheWorkbenchWithItsReasons() {
        List<RiskScore> scores = session.risk().scores(FY2027);
        assertThat(scores).extracting(s -> s.department().name()).containsExactly(CITIZENS, TAX, GENERAL);
        Map<String, RiskScore> s = byName(scores);
        // 8 + 2 x 4 = 16 findings; 10 classification; 10 My Number; audited FY2026: 3; serious incident 6
        assertThat(s.get(CITIZENS).score()).isEqualTo(45.0);
        assertThat(s.get(CITIZENS).reasonText(JA)).isEqualTo("未完了の指摘3件（うち重大1件）、"
                + "機密性3Aの情報を扱う（住民基本台帳システム：完全性2・可用性2）、マイナンバー利用事務系の資産を扱う、"
                + "前年度（令和8年度）に監査、インシデント1件（うち重大1件）");
        assertThat(s.get(CITIZENS).reasonText(EN)).isEqualTo("3 open finding(s), 1 major; "
                + "handles confidentiality 3A information (住民基本台帳システム: integrity 2, availability 2); "
                + "handles assets in the My Number segment; audited last year (FY2026); 1 incident(s), 1 serious");
        // never audited: 5 x 3 = 15, plus 10 + 10
        assertThat(s.get(TAX).score()).isEqualTo(35.0);
        assertThat(s.get(TAX).reasonText(JA))
                .isEqualTo("機密性3Aの情報を扱う（税務システム：完全性2・可用性2）、マイナンバー利用事務系の資産を扱う、監査の記録なし");
        // classification 10 x 2/6 = 3.3; LGWAN 4; 3 years x 3 = 9; the 2020 incident is too old to count
        assertThat(s.get(GENERAL).score()).isEqualTo(16.3);
        assertThat(s.get(GENERAL).reasonText(JA)).isEqualTo("機密性2の情報を扱う（文書管理システム：完全性2・可用性1）、"
                + "LGWAN接続系の資産を扱う、3年間監査なし（前回令和6年度）");
    }

    @Test
    void aChangedWeightIsSavedLoggedAndChangesTheOrder() {
        session.risk().saveWeight(RiskFactor.YEARS_SINCE_AUDIT, 12);
        assertThat(session.risk().weights().get(RiskFactor.YEARS_SINCE_AUDIT)).isEqualTo(12.0);
        List<RiskScore> scores = session.risk().scores(FY2027);
        // TAX: 20 + 5 x 12 = 80; CITIZENS: 42 + 12 = 54; GENERAL: 7.3 + 3 x 12 = 43.3
        assertThat(scores).extracting(s -> s.department().name()).containsExactly(TAX, CITIZENS, GENERAL);
        assertThat(scores).extracting(RiskScore::score).containsExactly(80.0, 54.0, 43.3);
        ActivityEvent logged = session.activity().forEntity("risk-weight", "yearsSinceAudit").get(0);
        assertThat(logged.actor()).isEqualTo("監査 太郎");
        assertThat(logged.before()).isEqualTo("{\"weight\":3.0}");
        assertThat(logged.after()).isEqualTo("{\"weight\":12.0}");
        assertThatThrownBy(() -> session.risk().saveWeight(RiskFactor.CLASSIFICATION, -1))
                .isInstanceOf(AuditException.class).extracting(e -> ((AuditException) e).messageKey())
                .isEqualTo("risk.error.weightRange");
    }

    @Test
    void anOverrideIsRecordedWithItsReasonAndTheScoresAsTheyWere() {
        Department general = session.assets().departments().stream().filter(d -> d.name().equals(GENERAL))
                .findFirst().orElseThrow();
        Department tax = session.assets().departments().stream().filter(d -> d.name().equals(TAX)).findFirst()
                .orElseThrow();
        ScopeDecision decision = session.risk().decide(FY2027, new ScopeRule(ScopeRule.Kind.TOP, 2), List.of(
                new ScopeChoice(general.id(), true, "組織改正で所管が変わったため"),
                new ScopeChoice(tax.id(), false, "令和9年度は国の監査が入るため")));
        assertThat(decision.entries()).extracting(e -> e.department().name()).containsExactly(CITIZENS, TAX, GENERAL);
        assertThat(decision.entries()).extracting(ScopeDecision.Entry::proposed).containsExactly(true, true, false);
        assertThat(decision.entries()).extracting(ScopeDecision.Entry::included).containsExactly(true, false, true);
        assertThat(decision.overrides()).extracting(ScopeDecision.Entry::overrideReason)
                .containsExactly("令和9年度は国の監査が入るため", "組織改正で所管が変わったため");
        assertThat(decision.entries().get(0).reasons().ja()).startsWith("未完了の指摘3件（うち重大1件）、");
        assertThat(decision.entries().get(0).reasons().en()).startsWith("3 open finding(s), 1 major; ");
        assertThat(decision.decidedBy()).isEqualTo("監査 太郎");

        ActivityEvent removed = session.activity().forEntity("scope", "2027/" + tax.code()).get(0);
        assertThat(removed.action()).isEqualTo("scope-remove");
        assertThat(removed.summary()).isEqualTo(TAX + "：令和9年度は国の監査が入るため");
        assertThat(removed.after()).contains("\"reason\":\"令和9年度は国の監査が入るため\"");
        ActivityEvent added = session.activity().forEntity("scope", "2027/" + general.code()).get(0);
        assertThat(added.action()).isEqualTo("scope-add");
        assertThat(session.activity().forEntity("scope", "2027")).extracting(ActivityEvent::action)
                .containsExactly("decide");
        assertThat(session.activity().verifyChain().intact()).isTrue();
        assertThat(session.risk().decision(FY2027)).map(ScopeDecision::id).contains(decision.id());
    }

    @Test
    void anOverrideWithoutAReasonIsRefusedAndNothingIsRecorded() {
        Department tax = session.assets().departments().stream().filter(d -> d.name().equals(TAX)).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> session.risk().decide(FY2027, new ScopeRule(ScopeRule.Kind.TOP, 2),
                List.of(new ScopeChoice(tax.id(), false, "  "))))
                .isInstanceOf(AuditException.class)
                .satisfies(e -> assertThat(((AuditException) e).localizedMessage(JA))
                        .isEqualTo("「市民部 課税課」を提案された対象から外す理由を入力してください。"));
        assertThat(session.risk().decision(FY2027)).isEmpty();
        assertThat(session.activity().forEntity("scope", "2027")).isEmpty();
    }
}
