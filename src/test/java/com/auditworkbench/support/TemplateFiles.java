package com.auditworkbench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small template files written for tests of importing: a clean one, and one with defects at known places. */
public final class TemplateFiles {

    private TemplateFiles() {
    }

    /** A clean audit template with the given id, version and item titles (one item per title, all physical). */
    public static String audit(String id, String version, String... titles) {
        StringBuilder yaml = new StringBuilder("""
                id: %s
                version: "%s"
                kind: audit
                title:
                  ja: 例示市 情報セキュリティ監査チェックリスト
                  en: Example City information security audit checklist
                language: ja
                answerScale: audit-result
                basedOn:
                  ja: 例示市の情報セキュリティ規則に沿って確認する事項。
                  en: Points to check under the city's security regulation.
                items:
                """.formatted(id, version));
        for (int i = 0; i < titles.length; i++) {
            yaml.append("""
                      - id: EX-PHY-%03d
                        title:
                          ja: %s
                          en: Item %d
                        category: physical
                        articles: ["10(2)"]
                        threats: [intentional]
                        segments: [all]
                        networkModels: [all]
                        priority: false
                        procedure:
                          ja: 執務室を巡回して確認する。
                        evidence:
                          - 巡回記録
                        iso27002: ["7.7"]
                    """.formatted(i + 1, titles[i], i + 1));
        }
        return yaml.toString();
    }

    /** Line 3 has an unknown kind (column 7); line 9 a misspelt key (column 1). */
    public static String broken(String id) {
        return """
                id: %s
                version: "1.0.0"
                kind: inspection
                title:
                  ja: 壊れたテンプレート
                  en: Broken template
                language: ja
                answerScale: audit-result
                basedOnn:
                  ja: 例
                  en: Example
                items: []
                """.formatted(id);
    }

    public static Path write(Path folder, String id, String yaml) {
        try {
            Path file = Files.createDirectories(folder).resolve(id + ".yaml");
            return Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
