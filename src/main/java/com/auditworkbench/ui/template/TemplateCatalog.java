package com.auditworkbench.ui.template;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.ImportedTemplate;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.template.TemplateDefect;
import com.auditworkbench.template.TemplateLoadResult;
import com.auditworkbench.template.TemplateLoader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every template the workbench can use: the shipped ones and those the city imported into this workbench. Reading
 * and validating a file happens here (the template layer); storing goes through the service. Runs off the FX thread.
 */
public final class TemplateCatalog {

    /** A template and where it comes from. */
    public record Entry(ChecklistTemplate template, boolean imported) {
    }

    /** A template file that was stored, or every defect that kept it out. */
    public record ImportOutcome(ChecklistTemplate template, boolean stored, List<TemplateDefect> defects) {
        public ImportOutcome {
            defects = List.copyOf(defects);
        }
    }

    private final WorkbenchSession session;
    private final ShippedTemplates shipped;
    private final TemplateLoader loader = new TemplateLoader();

    public TemplateCatalog(WorkbenchSession session, ShippedTemplates shipped) {
        this.session = session;
        this.shipped = shipped;
    }

    public List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        shipped.all().forEach(t -> entries.add(new Entry(t, false)));
        for (ImportedTemplate imported : session.templateLibrary().imported()) {
            TemplateLoadResult result = loader.load(imported.id() + ".yaml", new StringReader(imported.yaml()));
            // Stored text passed validation when it was imported; a defect now means a newer, stricter loader.
            result.templateIfValid().ifPresent(t -> entries.add(new Entry(t, true)));
        }
        return entries;
    }

    public List<ChecklistTemplate> templates() {
        return all().stream().map(Entry::template).toList();
    }

    /** Validates the file and, when it has no defect, stores it in the workbench. */
    public ImportOutcome importFile(Path file) {
        TemplateLoadResult result = loader.load(file);
        if (!result.isValid()) {
            return new ImportOutcome(null, false, result.defects());
        }
        ChecklistTemplate template = result.template();
        for (ChecklistTemplate own : shipped.all()) {
            if (own.id().equals(template.id()) && own.version().equals(template.version()) && !own.equals(template)) {
                throw new AuditException("templateLibrary.error.versionUnchanged", template.id(), template.version());
            }
        }
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            return new ImportOutcome(template, session.templateLibrary().importTemplate(yaml, template), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
