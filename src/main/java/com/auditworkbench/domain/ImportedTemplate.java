package com.auditworkbench.domain;

import java.time.Instant;

/** A city's own template file, stored in the workbench so it travels with the audit. */
public record ImportedTemplate(
        String id,
        String version,
        TemplateKind kind,
        LocalizedText title,
        String yaml,
        Instant importedAt) {
}
