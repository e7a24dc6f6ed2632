package com.auditworkbench.ui.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TemplateFiles;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.template.TemplateDefect;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCatalogTest {

    @TempDir
    Path folder;

    private WorkbenchSession create() {
        return TestWorkbenches.service().create(folder.resolve("catalog.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray());
    }

    @Test
    void aBrokenTemplateIsReportedWithLinesAndNothingIsStored() {
        try (WorkbenchSession session = create()) {
            TemplateCatalog catalog = new TemplateCatalog(session, new ShippedTemplates());
            Path file = TemplateFiles.write(folder.resolve("in"), "example-broken", TemplateFiles.broken("example-broken"));

            TemplateCatalog.ImportOutcome outcome = catalog.importFile(file);

            assertThat(outcome.stored()).isFalse();
            assertThat(outcome.defects()).extracting(TemplateDefect::line).contains(3, 9);
            assertThat(session.templateLibrary().imported()).isEmpty();
            assertThat(session.activity().latest(null, "", 100)).noneMatch(e -> e.action().equals("import"));
            assertThat(catalog.all()).hasSize(2);
        }
    }

    @Test
    void anImportedTemplateIsListedBesideTheShippedOnes() {
        try (WorkbenchSession session = create()) {
            TemplateCatalog catalog = new TemplateCatalog(session, new ShippedTemplates());
            Path file = TemplateFiles.write(folder.resolve("in"), "example-city-audit",
                    TemplateFiles.audit("example-city-audit", "1.0.0", "書類の管理", "画面の管理"));

            TemplateCatalog.ImportOutcome outcome = catalog.importFile(file);

            assertThat(outcome.stored()).isTrue();
            assertThat(catalog.all()).hasSize(3).last().satisfies(entry -> {
                assertThat(entry.imported()).isTrue();
                assertThat(entry.template().id()).isEqualTo("example-city-audit");
                assertThat(entry.template().items()).hasSize(2);
            });
        }
    }

    @Test
    void aChangedFileUnderTheSameVersionIsRefused() {
        try (WorkbenchSession session = create()) {
            TemplateCatalog catalog = new TemplateCatalog(session, new ShippedTemplates());
            catalog.importFile(TemplateFiles.write(folder.resolve("a"), "example-city-audit",
                    TemplateFiles.audit("example-city-audit", "1.0.0", "書類の管理")));
            Path changed = TemplateFiles.write(folder.resolve("b"), "example-city-audit",
                    TemplateFiles.audit("example-city-audit", "1.0.0", "書類と媒体の管理"));

            assertThatThrownBy(() -> catalog.importFile(changed)).isInstanceOf(AuditException.class)
                    .extracting(e -> ((AuditException) e).messageKey())
                    .isEqualTo("templateLibrary.error.versionUnchanged");
            assertThat(catalog.all()).filteredOn(TemplateCatalog.Entry::imported).singleElement()
                    .satisfies(e -> assertThat(e.template().items().get(0).title().ja()).isEqualTo("書類の管理"));
        }
    }
}
