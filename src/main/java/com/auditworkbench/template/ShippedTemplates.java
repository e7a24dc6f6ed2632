package com.auditworkbench.template;

import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.TemplateKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The templates that ship inside the application, from {@code audit-templates/}. */
public final class ShippedTemplates {

    public static final String SECURITY_AUDIT = "kunitachi-security-audit";
    public static final String SELF_INSPECTION = "kunitachi-self-inspection";
    static final List<String> IDS = List.of(SECURITY_AUDIT, SELF_INSPECTION);

    private final TemplateLoader loader = new TemplateLoader();

    public List<ChecklistTemplate> all() {
        List<ChecklistTemplate> templates = new ArrayList<>();
        for (String id : IDS) {
            templates.add(get(id));
        }
        return templates;
    }

    public ChecklistTemplate get(String id) {
        String resource = "/audit-templates/" + id + ".yaml";
        try (InputStream in = ShippedTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("shipped template missing from the application: " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                TemplateLoadResult result = loader.load(id + ".yaml", reader);
                // The build validates the shipped templates, so a defect here means a broken build.
                return result.templateIfValid().orElseThrow(() -> new IllegalStateException(
                        "shipped template " + id + " has defects: " + result.defects()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped audit checklist a new plan starts from. */
    public ChecklistTemplate defaultAudit() {
        ChecklistTemplate template = get(SECURITY_AUDIT);
        if (template.kind() != TemplateKind.AUDIT) {
            throw new IllegalStateException(SECURITY_AUDIT + " is not an audit template");
        }
        return template;
    }
}
