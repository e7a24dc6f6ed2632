package com.auditworkbench.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.TemplateKind;
import com.auditworkbench.domain.Threat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShippedTemplatesTest {

    /** The project's audit-templates/ folder (surefire runs in the project folder and sets basedir). */
    private static final Path FOLDER = Path.of(System.getProperty("basedir", "."), "audit-templates");

    private final ShippedTemplates shipped = new ShippedTemplates();

    private static List<Path> yamlFiles() throws IOException {
        assertThat(FOLDER).isDirectory();
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static ChecklistTemplate loadFromFolder(String id) {
        TemplateLoadResult result = new TemplateLoader().load(FOLDER.resolve(id + ".yaml"));
        assertThat(result.defects()).as("defects of %s", id).isEmpty();
        return result.template();
    }

    private static boolean cites(ChecklistItem item, int article) {
        return item.articles().stream().anyMatch(a -> a.equals(String.valueOf(article)) || a.startsWith(article + "("));
    }

    // ------------------------------------------------------------------ they load

    @Test
    void everyShippedTemplateLoadsFromTheApplication() {
        List<ChecklistTemplate> all = shipped.all();

        assertThat(all).extracting(ChecklistTemplate::id)
                .containsExactly(ShippedTemplates.SECURITY_AUDIT, ShippedTemplates.SELF_INSPECTION);
        assertThat(all).allSatisfy(t -> assertThat(t.items()).isNotEmpty());
        assertThat(shipped.defaultAudit().kind()).isEqualTo(TemplateKind.AUDIT);
    }

    @Test
    void everyTemplateFileInTheProjectFolderLoadsWithoutDefects() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).isNotEmpty();
        Messages messages = new Messages(Language.ENGLISH);
        for (Path file : files) {
            TemplateLoadResult result = new TemplateLoader().load(file);
            assertThat(result.defects()).as("%s: %s", file, result.defects().stream()
                    .map(d -> d.describe(messages)).toList()).isEmpty();
            String name = file.getFileName().toString();
            assertThat(result.template().id() + ".yaml").as("file name of template id").isEqualTo(name);
        }
    }

    @Test
    void everyTemplateFileInTheProjectFolderIsShipped() throws IOException {
        List<String> ids = yamlFiles().stream()
                .map(f -> f.getFileName().toString().replaceFirst("\\.yaml$", "")).toList();

        assertThat(ShippedTemplates.IDS).as("ShippedTemplates.IDS must list every file in %s", FOLDER)
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void shippedCopiesMatchTheProjectFolder() {
        for (String id : ShippedTemplates.IDS) {
            assertThat(shipped.get(id)).as(id).isEqualTo(loadFromFolder(id));
        }
    }

    // ------------------------------------------------------------------ security audit floors

    @Test
    void securityAuditReachesItsCoverageFloors() {
        for (ChecklistTemplate template : List.of(shipped.get(ShippedTemplates.SECURITY_AUDIT),
                loadFromFolder(ShippedTemplates.SECURITY_AUDIT))) {
            assertThat(template.kind()).isEqualTo(TemplateKind.AUDIT);
            assertThat(template.answerScale()).isEqualTo("audit-result");
            TemplateCoverage coverage = TemplateCoverage.of(template);

            assertThat(coverage.items()).isGreaterThanOrEqualTo(150);
            for (Category category : Category.values()) {
                assertThat(coverage.perCategory().get(category)).as("items in %s", category).isPositive();
            }
            assertThat(coverage.perCategory().get(Category.OUTSOURCING)).isGreaterThanOrEqualTo(1);
            assertThat(coverage.perCategory().get(Category.EMERGENCY)).isGreaterThanOrEqualTo(1);
            for (Threat threat : Threat.values()) {
                assertThat(coverage.perThreat().get(threat)).as("items for %s", threat).isPositive();
            }
            assertThat(coverage.isoReached()).as("ISO controls reached; not reached: %s", coverage.isoNotReached())
                    .hasSizeGreaterThanOrEqualTo(90);
            assertThat(coverage.isoReached().size() + coverage.isoNotReached().size()).isEqualTo(93);
        }
    }

    @Test
    void securityAuditHasItemsSpecificToEachSegment() {
        ChecklistTemplate template = shipped.get(ShippedTemplates.SECURITY_AUDIT);

        for (Segment segment : Segment.values()) {
            assertThat(template.items())
                    .as("items specific to %s", segment)
                    .anySatisfy(item -> {
                        assertThat(item.segments()).hasSizeLessThan(3);
                        assertThat(item.segments()).contains(segment);
                    });
        }
    }

    @Test
    void securityAuditCitesArticlesNineToFourteenExceptTen() {
        ChecklistTemplate template = shipped.get(ShippedTemplates.SECURITY_AUDIT);

        for (int article : new int[] {9, 11, 12, 13, 14}) {
            assertThat(template.items()).as("items citing Art. %d", article)
                    .anyMatch(item -> cites(item, article));
        }
    }

    @Test
    void securityAuditItemsHaveProcedureAndEvidence() {
        ChecklistTemplate template = shipped.get(ShippedTemplates.SECURITY_AUDIT);

        assertThat(template.items()).allSatisfy(item -> {
            assertThat(item.procedure().ja()).as(item.code()).isNotBlank();
            assertThat(item.evidenceExamples()).as(item.code()).isNotEmpty().allSatisfy(e -> assertThat(e).isNotBlank());
        });
    }

    // ------------------------------------------------------------------ self-inspection floors

    @Test
    void selfInspectionReachesItsCoverageFloors() {
        for (ChecklistTemplate template : List.of(shipped.get(ShippedTemplates.SELF_INSPECTION),
                loadFromFolder(ShippedTemplates.SELF_INSPECTION))) {
            assertThat(template.kind()).isEqualTo(TemplateKind.SELF_INSPECTION);
            assertThat(template.answerScale()).isEqualTo("self-inspection");
            assertThat(template.items()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(template.items()).allSatisfy(item -> {
                assertThat(item.question().ja()).as("question of %s", item.code()).isNotBlank();
                assertThat(item.explanation().ja()).as("explanation of %s", item.code()).isNotBlank();
            });
            TemplateCoverage coverage = TemplateCoverage.of(template);
            for (Category category : Category.values()) {
                assertThat(coverage.perCategory().get(category)).as("items in %s", category).isPositive();
            }
        }
    }
}
