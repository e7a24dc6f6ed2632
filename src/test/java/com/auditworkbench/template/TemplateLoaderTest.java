package com.auditworkbench.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NetworkModel;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.TemplateKind;
import com.auditworkbench.domain.Threat;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateLoaderTest {

    /** A valid audit template with two items; each test breaks one thing in it. */
    static final String AUDIT = """
            id: example-city-audit
            version: "1.0.0"
            kind: audit
            title:
              ja: 例示市 情報セキュリティ監査チェックリスト
              en: Example City information security audit checklist
            language: ja
            answerScale: audit-result
            basedOn:
              ja: 例示市の情報セキュリティ規則の対策区分に沿って、監査人が確認する事項をまとめたもの。
              en: Points for the auditor to check.
            items:
              - id: AUD-PHY-001
                title:
                  ja: 執務室での書類と画面の管理
                  en: Papers and screens in the office
                category: physical
                articles: ["10(2)", "8"]
                threats: [intentional, unintentional]
                segments: [all]
                networkModels: [all]
                priority: true
                procedure:
                  ja: 終業後に執務室を巡回し、書類が放置されていないかを確認する。
                  en: Walk through the office after hours.
                evidence:
                  - 巡回時の記録
                  - 書庫の施錠管理簿
                iso27002: ["7.7"]
              - id: AUD-RES-001
                title:
                  ja: インターネット接続系からのファイル取込み
                  en: Importing files from the internet segment
                category: resilience
                articles: ["10(5)", "3(1)"]
                threats: [intentional]
                segments: [internet, lgwan]
                networkModels: [alpha, alpha-prime]
                priority: false
                procedure:
                  ja: ファイル取込みが無害化の仕組みを経由しているかを確認する。
                evidence:
                  - 無害化システムの設定画面
                iso27002: ["8.7", "8.22"]
            """;

    /** A valid self-inspection template with one item. */
    static final String SELF_INSPECTION = """
            id: example-city-self-inspection
            version: "2.1.0"
            kind: self-inspection
            title:
              ja: 例示市 自己点検票
              en: Example City self-inspection
            language: ja
            answerScale: self-inspection
            basedOn:
              ja: 例示市の規則に沿った自己点検。
              en: Self-inspection along the city's regulation.
            items:
              - id: SI-HUM-001
                title:
                  ja: 研修の受講
                  en: Attendance at training
                category: human
                articles: ["10(1)", "8"]
                threats: [unintentional]
                segments: [all]
                networkModels: [all]
                priority: true
                question:
                  ja: 今年度の情報セキュリティ研修を受講しましたか。
                  en: Have you attended this year's security training?
                explanation:
                  ja: 攻撃の手口は毎年変わるためです。
                  en: Attack methods change every year.
                iso27002: ["6.3"]
            """;

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    private final TemplateLoader loader = new TemplateLoader();

    private TemplateLoadResult load(String yaml) {
        return loader.load("x.yaml", new StringReader(yaml));
    }

    /** Replaces one exact piece of the base text, failing if the piece is not there exactly once. */
    private static String replace(String base, String from, String to) {
        int at = base.indexOf(from);
        assertThat(at).as("fixture contains %s", from).isNotNegative();
        assertThat(base.indexOf(from, at + 1)).as("fixture contains %s once", from).isNegative();
        return base.substring(0, at) + to + base.substring(at + from.length());
    }

    /** 1-based line of the n-th (from 1) line containing {@code fragment}. */
    private static int line(String yaml, String fragment, int occurrence) {
        List<String> lines = yaml.lines().toList();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment) && ++seen == occurrence) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + occurrence + " containing " + fragment);
    }

    private static int line(String yaml, String fragment) {
        return line(yaml, fragment, 1);
    }

    /** 1-based column of {@code token} on the first line containing {@code fragment}. */
    private static int column(String yaml, String fragment, String token) {
        String text = yaml.lines().toList().get(line(yaml, fragment) - 1);
        int index = text.indexOf(token);
        assertThat(index).isNotNegative();
        return index + 1;
    }

    /** The result has exactly one defect and no template; returns the defect. */
    private static TemplateDefect single(TemplateLoadResult result) {
        assertThat(result.template()).isNull();
        assertThat(result.isValid()).isFalse();
        assertThat(result.templateIfValid()).isEmpty();
        assertThat(result.defects()).as("defects: %s", result.defects()).hasSize(1);
        TemplateDefect defect = result.defects().get(0);
        assertThat(defect.file()).isEqualTo("x.yaml");
        return defect;
    }

    private static void assertDefect(TemplateDefect defect, String key, int line, int column) {
        assertThat(defect.messageKey()).isEqualTo(key);
        assertThat(defect.line()).as("line of %s", defect).isEqualTo(line);
        assertThat(defect.column()).as("column of %s", defect).isEqualTo(column);
    }

    // ------------------------------------------------------------------ the fixtures are valid

    @Test
    void loadsValidAuditTemplate() {
        TemplateLoadResult result = load(AUDIT);

        assertThat(result.defects()).isEmpty();
        ChecklistTemplate template = result.template();
        assertThat(template).isNotNull();
        assertThat(template.id()).isEqualTo("example-city-audit");
        assertThat(template.version()).isEqualTo("1.0.0");
        assertThat(template.kind()).isEqualTo(TemplateKind.AUDIT);
        assertThat(template.answerScale()).isEqualTo("audit-result");
        assertThat(template.title().ja()).isEqualTo("例示市 情報セキュリティ監査チェックリスト");
        assertThat(template.items()).extracting(ChecklistItem::code).containsExactly("AUD-PHY-001", "AUD-RES-001");

        ChecklistItem first = template.items().get(0);
        assertThat(first.category()).isEqualTo(Category.PHYSICAL);
        assertThat(first.articles()).containsExactly("10(2)", "8");
        assertThat(first.segments()).containsExactlyInAnyOrder(Segment.values());
        assertThat(first.networkModels()).containsExactlyInAnyOrder(NetworkModel.values());
        assertThat(first.priority()).isTrue();
        assertThat(first.evidenceExamples()).containsExactly("巡回時の記録", "書庫の施錠管理簿");
        assertThat(first.isoControls()).containsExactly("7.7");

        ChecklistItem second = template.items().get(1);
        assertThat(second.threats()).containsExactly(Threat.INTENTIONAL);
        assertThat(second.segments()).isEqualTo(EnumSet.of(Segment.INTERNET, Segment.LGWAN));
        assertThat(second.networkModels()).isEqualTo(EnumSet.of(NetworkModel.ALPHA, NetworkModel.ALPHA_PRIME));
        assertThat(second.priority()).isFalse();
        assertThat(second.procedure().en()).isEmpty();
        assertThat(second.isoControls()).containsExactly("8.7", "8.22");
    }

    @Test
    void loadsValidSelfInspectionTemplateWithoutProcedureOrEvidence() {
        TemplateLoadResult result = load(SELF_INSPECTION);

        assertThat(result.defects()).isEmpty();
        assertThat(result.template().kind()).isEqualTo(TemplateKind.SELF_INSPECTION);
        ChecklistItem item = result.template().items().get(0);
        assertThat(item.question().ja()).isEqualTo("今年度の情報セキュリティ研修を受講しましたか。");
        assertThat(item.evidenceExamples()).isEmpty();
    }

    // ------------------------------------------------------------------ one defect class per test

    @Test
    void rejectsYamlSyntaxError() {
        String yaml = replace(AUDIT, "category: physical", "category: physical: extra");

        TemplateDefect defect = single(load(yaml));

        assertThat(defect.messageKey()).isEqualTo("template.defect.syntax");
        assertThat(defect.line()).isEqualTo(line(yaml, "category: physical: extra"));
        assertThat(defect.column()).isEqualTo(column(yaml, "category: physical: extra", ": extra"));
        assertThat(defect.arguments()).hasSize(1);
        assertThat(String.valueOf(defect.arguments()[0])).isNotBlank();
    }

    @Test
    void rejectsUnclosedFlowSequenceAsSyntaxError() {
        String yaml = replace(AUDIT, "threats: [intentional]", "threats: [intentional");

        TemplateDefect defect = single(load(yaml));

        assertThat(defect.messageKey()).isEqualTo("template.defect.syntax");
        assertThat(defect.line()).isGreaterThanOrEqualTo(line(yaml, "threats: [intentional"));
    }

    @Test
    void rejectsEmptyFile() {
        TemplateDefect defect = single(load("# only a comment\n"));

        assertDefect(defect, "template.defect.empty", 1, 1);
    }

    @Test
    void rejectsUnknownTopLevelKey() {
        String yaml = replace(AUDIT, "language: ja\n", "language: ja\nauthor: someone\n");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.unknownKey", line(yaml, "author: someone"), 1);
        assertThat(defect.arguments()[0]).isEqualTo("author");
        assertThat(defect.arguments()[1]).isEqualTo("template");
        assertThat((String) defect.arguments()[2]).contains("answerScale", "items");
    }

    @Test
    void rejectsUnknownItemKey() {
        String yaml = replace(AUDIT, "    priority: false\n", "    priority: false\n    remarks: 備考\n");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.unknownKey", line(yaml, "remarks:"), 5);
        assertThat(defect.arguments()[0]).isEqualTo("remarks");
        assertThat(defect.arguments()[1]).isEqualTo("item");
    }

    @Test
    void rejectsUnknownKeyInTextObject() {
        String yaml = replace(AUDIT, "  en: Points for the auditor to check.\n",
                "  en: Points for the auditor to check.\n  fr: Points à vérifier.\n");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.unknownKey", line(yaml, "fr: Points"), 3);
        assertThat(defect.arguments()[0]).isEqualTo("fr");
        assertThat(defect.arguments()[1]).isEqualTo("template.basedOn");
    }

    @Test
    void rejectsKeyWrittenTwice() {
        String yaml = replace(AUDIT, "    category: physical\n", "    category: physical\n    category: human\n");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.duplicateKey", line(yaml, "category: human"), 5);
        assertThat(defect.arguments()[0]).isEqualTo("category");
    }

    @Test
    void rejectsItemWithoutCategory() {
        String yaml = replace(AUDIT, "    category: physical\n", "");

        TemplateDefect defect = single(load(yaml));

        // reported at the start of the item that lacks it
        assertDefect(defect, "template.defect.missingKey", line(yaml, "- id: AUD-PHY-001"), 5);
        assertThat(defect.arguments()).containsExactly("category", "AUD-PHY-001");
    }

    @Test
    void rejectsTemplateWithoutVersion() {
        String yaml = replace(AUDIT, "version: \"1.0.0\"\n", "");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.missingKey", 1, 1);
        assertThat(defect.arguments()).containsExactly("version", "template");
    }

    @Test
    void rejectsTemplateWithDuplicateItemIds() {
        String yaml = replace(AUDIT, "- id: AUD-RES-001", "- id: AUD-PHY-001");

        TemplateDefect defect = single(load(yaml));

        int first = line(yaml, "- id: AUD-PHY-001", 1);
        int second = line(yaml, "- id: AUD-PHY-001", 2);
        assertThat(second).isGreaterThan(first);
        assertDefect(defect, "template.defect.duplicateItemId", second, 9);
        assertThat(defect.arguments()).containsExactly("AUD-PHY-001", String.valueOf(first));
    }

    @Test
    void rejectsMalformedItemId() {
        String yaml = replace(AUDIT, "- id: AUD-RES-001", "- id: aud-res-1");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.badItemId", line(yaml, "- id: aud-res-1"), 9);
        assertThat(defect.arguments()).containsExactly("aud-res-1");
    }

    @Test
    void rejectsUnknownCategory() {
        String yaml = replace(AUDIT, "category: physical", "category: physics");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.badValue", line(yaml, "category: physics"), 15);
        assertThat(defect.arguments()[0]).isEqualTo("category");
        assertThat(defect.arguments()[1]).isEqualTo("physics");
        assertThat((String) defect.arguments()[2]).contains("physical", "emergency");
    }

    @Test
    void rejectsUnknownThreat() {
        String yaml = replace(AUDIT, "threats: [intentional]", "threats: [intentional, earthquake]");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.badValue", line(yaml, "earthquake"),
                column(yaml, "earthquake", "earthquake"));
        assertThat(defect.arguments()[0]).isEqualTo("threats");
        assertThat(defect.arguments()[1]).isEqualTo("earthquake");
        assertThat((String) defect.arguments()[2]).contains("disaster").doesNotContain("all");
    }

    @Test
    void rejectsAllAsThreat() {
        String yaml = replace(AUDIT, "threats: [intentional]", "threats: [all]");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.badValue", line(yaml, "threats: [all]"), 15);
        assertThat(defect.arguments()[1]).isEqualTo("all");
    }

    @Test
    void rejectsUnknownSegment() {
        String yaml = replace(AUDIT, "segments: [internet, lgwan]", "segments: [internet, jichitai]");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.badValue", line(yaml, "jichitai"), column(yaml, "jichitai", "jichitai"));
        assertThat(defect.arguments()[0]).isEqualTo("segments");
        assertThat(defect.arguments()[1]).isEqualTo("jichitai");
        assertThat((String) defect.arguments()[2]).contains("mynumber", "lgwan", "internet", "all");
    }

    @Test
    void rejectsUnknownNetworkModel() {
        String yaml = replace(AUDIT, "networkModels: [alpha, alpha-prime]", "networkModels: [alpha, gamma]");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.badValue", line(yaml, "gamma"), column(yaml, "gamma", "gamma"));
        assertThat(defect.arguments()[0]).isEqualTo("networkModels");
        assertThat(defect.arguments()[1]).isEqualTo("gamma");
        assertThat((String) defect.arguments()[2]).contains("alpha-prime", "beta-prime");
    }

    @Test
    void rejectsRepeatedSegment() {
        String yaml = replace(AUDIT, "segments: [internet, lgwan]", "segments: [internet, internet]");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.repeatedValue", line(yaml, "segments: [internet, internet]"), 26);
        assertThat(defect.arguments()).containsExactly("segments", "internet");
    }

    @Test
    void rejectsAllMixedWithOtherSegments() {
        String yaml = replace(AUDIT, "segments: [all]", "segments: [all, lgwan]");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.allNotAlone", line(yaml, "segments: [all, lgwan]"), 16);
        assertThat(defect.arguments()).containsExactly("segments");
    }

    @Test
    void rejectsAllMixedWithOtherNetworkModels() {
        String yaml = replace(AUDIT, "networkModels: [alpha, alpha-prime]", "networkModels: [alpha, all]");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.allNotAlone", line(yaml, "networkModels: [alpha, all]"), 28);
        assertThat(defect.arguments()).containsExactly("networkModels");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.38", "9.1", "6.9", "7.15", "8.35", "5.0", "A.5.1", "5"})
    void rejectsIsoControlThatDoesNotExist(String control) {
        String yaml = replace(AUDIT, "iso27002: [\"8.7\", \"8.22\"]", "iso27002: [\"8.7\", \"" + control + "\"]");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.unknownIsoControl", line(yaml, "iso27002: [\"8.7\""), 23);
        assertThat(defect.arguments()).containsExactly(control);
    }

    @ParameterizedTest
    @ValueSource(strings = {"15", "0", "10(9)", "3(6)", "9(1)", "2(14)", "12(0)", "Art. 9"})
    void rejectsArticleThatDoesNotExist(String article) {
        String yaml = replace(AUDIT, "articles: [\"10(2)\", \"8\"]", "articles: [\"10(2)\", \"" + article + "\"]");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.unknownArticle", line(yaml, "articles: [\"10(2)\""),
                column(yaml, "articles: [\"10(2)\"", ", \"" + article) + 2);
        assertThat(defect.arguments()).containsExactly(article);
    }

    @Test
    void acceptsEveryArticleBoundary() {
        String yaml = replace(AUDIT, "articles: [\"10(2)\", \"8\"]",
                "articles: [\"1\", \"14\", \"2(13)\", \"3(5)\", \"4(3)\", \"10(8)\", \"12(5)\", 9]");

        TemplateLoadResult result = load(yaml);

        assertThat(result.defects()).isEmpty();
        assertThat(result.template().items().get(0).articles()).endsWith("12(5)", "9");
    }

    @Test
    void rejectsArticleCitedTwiceInOneItem() {
        String yaml = replace(AUDIT, "articles: [\"10(2)\", \"8\"]", "articles: [\"10(2)\", \"8\", \"10(2)\"]");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.repeatedValue", line(yaml, "articles: [\"10(2)\""),
                column(yaml, "articles: [\"10(2)\"", "\"8\", ") + 5);
        assertThat(defect.arguments()).containsExactly("articles", "10(2)");
    }

    @Test
    void rejectsIsoControlCitedTwiceInOneItem() {
        String yaml = replace(AUDIT, "iso27002: [\"8.7\", \"8.22\"]", "iso27002: [\"8.7\", \"8.22\", \"8.7\"]");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.repeatedValue", line(yaml, "iso27002: [\"8.7\""),
                column(yaml, "iso27002: [\"8.7\"", "\"8.22\", ") + 8);
        assertThat(defect.arguments()).containsExactly("iso27002", "8.7");
    }

    @Test
    void rejectsSelfInspectionQuestionWithoutEnglish() {
        String yaml = replace(SELF_INSPECTION, "      en: Have you attended this year's security training?\n", "");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.missingKey", line(yaml, "ja: 今年度の情報セキュリティ研修"), 7);
        assertThat(defect.arguments()).containsExactly("en", "SI-HUM-001.question");
    }

    @Test
    void rejectsBasedOnWithoutEnglish() {
        String yaml = replace(AUDIT, "  en: Points for the auditor to check.\n", "");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.missingKey", line(yaml, "ja: 例示市の情報セキュリティ規則"), 3);
        assertThat(defect.arguments()).containsExactly("en", "template.basedOn");
    }

    @Test
    void rejectsEmptyJapaneseItemTitle() {
        String yaml = replace(AUDIT, "ja: 執務室での書類と画面の管理", "ja: \"  \"");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.emptyJapanese", line(yaml, "ja: \"  \""), 11);
        assertThat(defect.arguments()).containsExactly("AUD-PHY-001.title");
    }

    @Test
    void rejectsTemplateTitleWithoutJapanese() {
        String yaml = replace(AUDIT, "  ja: 例示市 情報セキュリティ監査チェックリスト\n", "");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.emptyJapanese", line(yaml, "en: Example City information"), 3);
        assertThat(defect.arguments()).containsExactly("template.title");
    }

    @Test
    void rejectsAuditItemWithoutProcedure() {
        String yaml = replace(AUDIT, """
                    procedure:
                      ja: ファイル取込みが無害化の仕組みを経由しているかを確認する。
                """, "");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.missingKey", line(yaml, "- id: AUD-RES-001"), 5);
        assertThat(defect.arguments()).containsExactly("procedure", "AUD-RES-001");
    }

    @Test
    void rejectsAuditItemWithoutEvidence() {
        String yaml = replace(AUDIT, """
                    evidence:
                      - 無害化システムの設定画面
                """, "");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.missingKey", line(yaml, "- id: AUD-RES-001"), 5);
        assertThat(defect.arguments()).containsExactly("evidence", "AUD-RES-001");
    }

    @Test
    void rejectsAuditItemWithEmptyEvidenceList() {
        String yaml = replace(AUDIT, """
                    evidence:
                      - 無害化システムの設定画面
                """, "    evidence: []\n");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.emptyList", line(yaml, "evidence: []"), 15);
        assertThat(defect.arguments()).containsExactly("evidence", "AUD-RES-001");
    }

    @Test
    void rejectsSelfInspectionItemWithoutQuestion() {
        String yaml = replace(SELF_INSPECTION, """
                    question:
                      ja: 今年度の情報セキュリティ研修を受講しましたか。
                      en: Have you attended this year's security training?
                """, "");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.missingKey", line(yaml, "- id: SI-HUM-001"), 5);
        assertThat(defect.arguments()).containsExactly("question", "SI-HUM-001");
    }

    @Test
    void rejectsSelfInspectionItemWithoutExplanation() {
        String yaml = replace(SELF_INSPECTION, """
                    explanation:
                      ja: 攻撃の手口は毎年変わるためです。
                      en: Attack methods change every year.
                """, "");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.missingKey", line(yaml, "- id: SI-HUM-001"), 5);
        assertThat(defect.arguments()).containsExactly("explanation", "SI-HUM-001");
    }

    @Test
    void rejectsAuditTemplateWithSelfInspectionAnswerScale() {
        String yaml = replace(AUDIT, "answerScale: audit-result", "answerScale: self-inspection");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.badValue", line(yaml, "answerScale:"), 14);
        assertThat(defect.arguments()).containsExactly("answerScale", "self-inspection", "audit-result");
    }

    @Test
    void rejectsSelfInspectionTemplateWithAuditAnswerScale() {
        String yaml = replace(SELF_INSPECTION, "answerScale: self-inspection", "answerScale: audit-result");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.badValue", line(yaml, "answerScale:"), 14);
        assertThat(defect.arguments()).containsExactly("answerScale", "audit-result", "self-inspection");
    }

    @Test
    void rejectsUnknownKind() {
        String yaml = replace(AUDIT, "kind: audit", "kind: inspection");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.badValue", line(yaml, "kind: inspection"), 7);
        assertThat(defect.arguments()[0]).isEqualTo("kind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1.0\"", "\"v1.0.0\"", "\"1.0.0.0\"", "1.0", "\"1.x.0\""})
    void rejectsBadVersion(String version) {
        String yaml = replace(AUDIT, "version: \"1.0.0\"", "version: " + version);

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.badVersion", 2, 10);
        assertThat(defect.arguments()).containsExactly(version.replace("\"", ""));
    }

    @Test
    void rejectsBadTemplateId() {
        String yaml = replace(AUDIT, "id: example-city-audit", "id: Example_City");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.badTemplateId", 1, 5);
        assertThat(defect.arguments()).containsExactly("Example_City");
    }

    @Test
    void rejectsPriorityThatIsNotBoolean() {
        String yaml = replace(AUDIT, "priority: true", "priority: sometimes");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.badValue", line(yaml, "priority: sometimes"), 15);
        assertThat(defect.arguments()[0]).isEqualTo("priority");
    }

    @Test
    void rejectsEmptyItems() {
        String yaml = AUDIT.substring(0, AUDIT.indexOf("items:")) + "items: []\n";

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.noItems", line(yaml, "items: []"), 8);
    }

    @Test
    void rejectsItemsWithoutAnyValue() {
        String yaml = AUDIT.substring(0, AUDIT.indexOf("items:")) + "items:\n";

        TemplateLoadResult result = load(yaml);

        assertThat(result.template()).isNull();
        assertThat(result.defects()).extracting(TemplateDefect::messageKey).containsExactly("template.defect.noItems");
    }

    @Test
    void rejectsItemThatIsNotAMapping() {
        String yaml = replace(AUDIT, "  - id: AUD-RES-001\n", "  - just a string\n  - id: AUD-RES-001\n");

        TemplateDefect defect = single(load(yaml));

        assertDefect(defect, "template.defect.notMapping", line(yaml, "- just a string"), 5);
    }

    // ------------------------------------------------------------------ all defects at once

    @Test
    void reportsEveryDefectOfAFileAtOnce() {
        String yaml = AUDIT;
        yaml = replace(yaml, "version: \"1.0.0\"", "version: \"1.0\"");
        yaml = replace(yaml, "category: physical", "category: physics");
        yaml = replace(yaml, "iso27002: [\"7.7\"]", "iso27002: [\"5.38\"]");
        yaml = replace(yaml, "- id: AUD-RES-001", "- id: AUD-PHY-001");
        yaml = replace(yaml, "articles: [\"10(5)\", \"3(1)\"]", "articles: [\"10(9)\", \"3(1)\"]");

        TemplateLoadResult result = load(yaml);

        assertThat(result.template()).isNull();
        assertThat(result.defects()).hasSize(5);
        assertThat(result.defects()).extracting(TemplateDefect::messageKey).containsExactly(
                "template.defect.badVersion",
                "template.defect.badValue",
                "template.defect.unknownIsoControl",
                "template.defect.duplicateItemId",
                "template.defect.unknownArticle");
        assertThat(result.defects()).extracting(TemplateDefect::line).containsExactly(
                2,
                line(yaml, "category: physics"),
                line(yaml, "iso27002: [\"5.38\"]"),
                line(yaml, "- id: AUD-PHY-001", 2),
                line(yaml, "articles: [\"10(9)\""));
        assertThat(result.defects()).extracting(TemplateDefect::file).containsOnly("x.yaml");
    }

    @Test
    void reportsSeveralDefectsOfOneItem() {
        String yaml = replace(AUDIT, "    category: resilience\n", "");
        yaml = replace(yaml, "threats: [intentional]", "threats: []");
        yaml = replace(yaml, "networkModels: [alpha, alpha-prime]", "networkModels: [alpha, alpha]");

        TemplateLoadResult result = load(yaml);

        assertThat(result.template()).isNull();
        assertThat(result.defects()).extracting(TemplateDefect::messageKey).containsExactly(
                "template.defect.missingKey", "template.defect.emptyList", "template.defect.repeatedValue");
        assertThat(result.defects()).extracting(TemplateDefect::line).containsExactly(
                line(yaml, "- id: AUD-RES-001"), line(yaml, "threats: []"), line(yaml, "networkModels: [alpha, alpha]"));
    }

    // ------------------------------------------------------------------ messages

    @Test
    void describesDefectInJapaneseWithFileLineAndColumn() {
        String yaml = replace(AUDIT, "- id: AUD-RES-001", "- id: AUD-PHY-001");
        TemplateDefect defect = single(load(yaml));
        int second = line(yaml, "- id: AUD-PHY-001", 2);

        String text = defect.describe(new Messages(Language.JAPANESE));

        assertThat(text).startsWith("x.yaml:" + second + ":9: ");
        String sentence = text.substring(("x.yaml:" + second + ":9: ").length());
        assertThat(sentence).contains("AUD-PHY-001", String.valueOf(line(yaml, "- id: AUD-PHY-001", 1)))
                .doesNotContain("template.defect", "{0}", "{1}");
        assertThat(JAPANESE.matcher(sentence).find()).as("Japanese text in %s", sentence).isTrue();
    }

    @Test
    void describesDefectInEnglishWithFileLineAndColumn() {
        String yaml = replace(AUDIT, "- id: AUD-RES-001", "- id: AUD-PHY-001");
        TemplateDefect defect = single(load(yaml));
        int second = line(yaml, "- id: AUD-PHY-001", 2);

        String text = defect.describe(new Messages(Language.ENGLISH));

        assertThat(text).startsWith("x.yaml:" + second + ":9: ");
        String sentence = text.substring(("x.yaml:" + second + ":9: ").length());
        assertThat(sentence).contains("AUD-PHY-001", "line " + line(yaml, "- id: AUD-PHY-001", 1))
                .doesNotContain("template.defect", "{0}", "{1}");
        assertThat(JAPANESE.matcher(sentence).find()).as("no Japanese in %s", sentence).isFalse();
        assertThat(sentence).isNotEqualTo(defect.describe(new Messages(Language.JAPANESE)));
    }

    @Test
    void everyDefectKeyHasAJapaneseAndEnglishMessage() {
        Messages ja = new Messages(Language.JAPANESE);
        Messages en = new Messages(Language.ENGLISH);
        for (String key : List.of("tooLarge", "notUtf8", "unreadable", "syntax", "empty", "notMapping", "unknownKey",
                "duplicateKey", "missingKey", "notScalar", "emptyValue", "notList", "emptyList", "badTemplateId",
                "badVersion", "badItemId", "duplicateItemId", "badValue", "repeatedValue", "allNotAlone", "noItems",
                "unknownArticle", "unknownIsoControl", "emptyJapanese", "idNotFileName", "notRegularFile", "notFound",
                "tooDeep", "tooManyAliases", "keyNotPlain", "tooLong", "tooManyValues", "tooManyDefects")) {
            String full = "template.defect." + key;
            assertThat(ja.get(full, "a", "b", "c")).as(full).isNotEqualTo(full);
            assertThat(en.get(full, "a", "b", "c")).as(full).isNotEqualTo(full)
                    .isNotEqualTo(ja.get(full, "a", "b", "c"));
        }
    }

    // ------------------------------------------------------------------ files

    @Test
    void loadsValidFileFromPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("example-city-audit.yaml");
        Files.writeString(file, AUDIT, StandardCharsets.UTF_8);

        TemplateLoadResult result = loader.load(file);

        assertThat(result.defects()).isEmpty();
        assertThat(result.template().items()).hasSize(2);
    }

    @Test
    void rejectsFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("example-city-audit.yaml");
        Files.write(file, AUDIT.getBytes(Charset.forName("Shift_JIS")));

        TemplateLoadResult result = loader.load(file);

        assertThat(result.template()).isNull();
        assertThat(result.defects()).hasSize(1);
        TemplateDefect defect = result.defects().get(0);
        assertThat(defect.file()).isEqualTo("example-city-audit.yaml");
        assertDefect(defect, "template.defect.notUtf8", 1, 1);
    }

    @Test
    void rejectsFileOverTheSizeLimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("example-city-audit.yaml");
        StringBuilder big = new StringBuilder(AUDIT);
        String padding = "# " + "あ".repeat(300) + "\n";
        while (big.length() * 3L < 5L * 1024 * 1024) {
            big.append(padding);
        }
        Files.writeString(file, big, StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(TemplateLoader.MAX_FILE_BYTES);

        TemplateLoadResult result = loader.load(file);

        assertThat(result.template()).isNull();
        assertThat(result.defects()).hasSize(1);
        TemplateDefect defect = result.defects().get(0);
        assertDefect(defect, "template.defect.tooLarge", 1, 1);
        assertThat(defect.describe(new Messages(Language.ENGLISH))).contains("4 MB");
    }

    @Test
    void rejectsFileThatDoesNotExist(@TempDir Path dir) {
        TemplateLoadResult result = loader.load(dir.resolve("missing.yaml"));

        assertThat(result.template()).isNull();
        assertThat(result.defects()).extracting(TemplateDefect::messageKey)
                .containsExactly("template.defect.notFound");
    }

    @Test
    void rejectsFileWhoseNameIsNotTheTemplateId(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("other-city-audit.yaml");
        Files.writeString(file, AUDIT, StandardCharsets.UTF_8);

        TemplateLoadResult result = loader.load(file);

        assertThat(result.template()).isNull();
        assertThat(result.defects()).hasSize(1);
        TemplateDefect defect = result.defects().get(0);
        assertThat(defect.file()).isEqualTo("other-city-audit.yaml");
        assertDefect(defect, "template.defect.idNotFileName", 1, 5);
        assertThat(defect.arguments()).containsExactly("example-city-audit", "other-city-audit.yaml");
    }
}
