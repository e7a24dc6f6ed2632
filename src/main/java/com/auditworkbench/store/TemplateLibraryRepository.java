package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.TEMPLATE_LIBRARY;

import com.auditworkbench.domain.ImportedTemplate;
import com.auditworkbench.domain.LocalizedText;
import com.auditworkbench.domain.TemplateKind;
import com.auditworkbench.store.schema.tables.records.TemplateLibraryRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The templates imported into this workbench, each kept as the YAML text the city wrote. */
public final class TemplateLibraryRepository {

    private final DSLContext dsl;

    TemplateLibraryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(String id, String version, TemplateKind kind, LocalizedText title, String yaml,
            OffsetDateTime importedAt) {
        dsl.insertInto(TEMPLATE_LIBRARY)
                .set(TEMPLATE_LIBRARY.TEMPLATE_ID, id)
                .set(TEMPLATE_LIBRARY.VERSION, version)
                .set(TEMPLATE_LIBRARY.KIND, kind.code())
                .set(TEMPLATE_LIBRARY.TITLE_JA, title.ja())
                .set(TEMPLATE_LIBRARY.TITLE_EN, title.en())
                .set(TEMPLATE_LIBRARY.YAML_TEXT, yaml)
                .set(TEMPLATE_LIBRARY.IMPORTED_AT, importedAt)
                .execute();
    }

    public Optional<ImportedTemplate> find(String id, String version) {
        return dsl.selectFrom(TEMPLATE_LIBRARY)
                .where(TEMPLATE_LIBRARY.TEMPLATE_ID.eq(id).and(TEMPLATE_LIBRARY.VERSION.eq(version)))
                .fetchOptional()
                .map(TemplateLibraryRepository::toTemplate);
    }

    public List<ImportedTemplate> all() {
        return dsl.selectFrom(TEMPLATE_LIBRARY)
                .orderBy(TEMPLATE_LIBRARY.TEMPLATE_ID, TEMPLATE_LIBRARY.IMPORTED_AT)
                .fetch(TemplateLibraryRepository::toTemplate);
    }

    private static ImportedTemplate toTemplate(TemplateLibraryRecord r) {
        return new ImportedTemplate(r.getTemplateId(), r.getVersion(), TemplateKind.fromCode(r.getKind()).orElseThrow(),
                new LocalizedText(r.getTitleJa(), r.getTitleEn()), r.getYamlText(), r.getImportedAt().toInstant());
    }
}
