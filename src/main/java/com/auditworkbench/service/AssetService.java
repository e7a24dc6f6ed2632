package com.auditworkbench.service;

import com.auditworkbench.domain.AssetEntry;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ClassificationDimension;
import com.auditworkbench.domain.ClassificationScheme;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Incident;
import com.auditworkbench.domain.IncidentSeverity;
import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.RegisterImportPreview.Problem;
import com.auditworkbench.store.Repositories;
import com.auditworkbench.store.Workbench;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The asset and system register (Art. 9): entries with their owning department, network segment and
 * classification on the scheme in use, and the incidents recorded against departments. Every change is logged.
 */
public final class AssetService {

    static final String ENTITY = "asset";
    static final String INCIDENT = "incident";
    static final int MAX_NAME = 200;

    private final Workbench workbench;
    private final AuditTrail trail;

    AssetService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        this.trail = trail;
    }

    public List<InformationAsset> all() {
        return workbench.transaction(r -> r.assets().all());
    }

    public ClassificationScheme scheme() {
        return workbench.transaction(r -> r.assets().schemeInUse());
    }

    public List<ClassificationScheme> schemes() {
        return workbench.transaction(r -> r.assets().schemes());
    }

    /** The departments an entry can name. */
    public List<Department> departments() {
        return workbench.transaction(r -> r.departments().all().stream().filter(d -> !d.isContractor()).toList());
    }

    /**
     * Switches the scheme the register is classified on; refused while an entry holds a level the new scheme
     * lacks, so no classification silently loses its meaning.
     */
    public void useScheme(String code) {
        workbench.run(r -> {
            ClassificationScheme before = r.assets().schemeInUse();
            ClassificationScheme next = r.assets().scheme(code)
                    .orElseThrow(() -> new AuditException("register.error.schemeUnknown", code));
            if (before.code().equals(next.code())) {
                return;
            }
            for (InformationAsset a : r.assets().all()) {
                List<Problem> problems = classificationProblems(a.classification(), next, 0);
                if (!problems.isEmpty()) {
                    throw new AuditException("register.error.schemeInUse", a.name());
                }
            }
            r.assets().useScheme(code);
            trail.record(r, "edit", "classification-scheme", code, null, next.name().ja(),
                    Map.of("scheme", before.code()), Map.of("scheme", next.code()));
        });
    }

    /** Adds an entry; its department is created when it is new (the editor offers the known ones). */
    public InformationAsset add(AssetEntry entry) {
        return workbench.transaction(r -> {
            AssetEntry clean = check(r, entry, null);
            Department department = r.departments().findOrCreate(clean.departmentName());
            long id = r.assets().insert(clean, department.id(), trail.now());
            trail.record(r, "create", ENTITY, Long.toString(id), null, clean.name(), null, state(clean));
            return r.assets().find(id).orElseThrow();
        });
    }

    public InformationAsset update(long id, AssetEntry entry) {
        return workbench.transaction(r -> {
            InformationAsset before = r.assets().find(id)
                    .orElseThrow(() -> new AuditException("register.error.notFound", id));
            AssetEntry clean = check(r, entry, id);
            if (AssetEntry.of(before).equals(clean)) {
                return before;
            }
            Department department = r.departments().findOrCreate(clean.departmentName());
            r.assets().update(id, clean, department.id(), trail.now());
            trail.record(r, "edit", ENTITY, Long.toString(id), null, clean.name(), state(AssetEntry.of(before)),
                    state(clean));
            return r.assets().find(id).orElseThrow();
        });
    }

    /** Deletes an entry; the log keeps what it was. Refused while a medium-term plan's rotation names it. */
    public void delete(long id) {
        workbench.run(r -> {
            InformationAsset before = r.assets().find(id)
                    .orElseThrow(() -> new AuditException("register.error.notFound", id));
            if (r.assets().inRotation(id)) {
                throw new AuditException("register.error.inRotation", before.name());
            }
            r.assets().delete(id);
            trail.record(r, "delete", ENTITY, Long.toString(id), null, before.name(), state(AssetEntry.of(before)),
                    null);
        });
    }

    private static AssetEntry check(Repositories r, AssetEntry entry, Long self) {
        ClassificationScheme scheme = r.assets().schemeInUse();
        List<Problem> problems = problems(entry, scheme, 0);
        if (!problems.isEmpty()) {
            Problem first = problems.get(0);
            throw new AuditException(first.messageKey(), first.arguments().toArray());
        }
        boolean taken = r.assets().all().stream()
                .anyMatch(a -> a.name().equals(entry.name()) && (self == null || a.id() != self));
        if (taken) {
            throw new AuditException("register.error.nameTaken", entry.name());
        }
        return canonical(entry, scheme);
    }

    /** The entry with its levels written as the scheme writes them (３Ａ and 機密性3A become 3A). */
    static AssetEntry canonical(AssetEntry entry, ClassificationScheme scheme) {
        var c = entry.classification();
        return new AssetEntry(entry.name(), entry.kind(), entry.departmentName(), entry.segment(),
                new com.auditworkbench.domain.Classification(
                        scheme.canonical(ClassificationDimension.CONFIDENTIALITY, c.confidentiality()),
                        scheme.canonical(ClassificationDimension.INTEGRITY, c.integrity()),
                        scheme.canonical(ClassificationDimension.AVAILABILITY, c.availability())),
                entry.notes());
    }

    /** Everything wrong with an entry, each a sentence on the given row (0 when it is not from a file). */
    static List<Problem> problems(AssetEntry entry, ClassificationScheme scheme, int row) {
        List<Problem> problems = new ArrayList<>();
        if (entry.name().isEmpty()) {
            problems.add(new Problem(row, "register.error.nameRequired", List.of()));
        } else if (entry.name().length() > MAX_NAME) {
            problems.add(new Problem(row, "register.error.nameTooLong", List.of(MAX_NAME)));
        }
        if (entry.departmentName().isEmpty()) {
            problems.add(new Problem(row, "register.error.departmentRequired", List.of()));
        }
        if (entry.segment() == null) {
            problems.add(new Problem(row, "register.error.segmentRequired", List.of()));
        }
        problems.addAll(classificationProblems(entry.classification(), scheme, row));
        return problems;
    }

    private static List<Problem> classificationProblems(com.auditworkbench.domain.Classification c,
            ClassificationScheme scheme, int row) {
        List<Problem> problems = new ArrayList<>();
        for (ClassificationDimension d : ClassificationDimension.values()) {
            String written = c.level(d);
            if (written.isEmpty()) {
                problems.add(new Problem(row, "register.error.levelRequired." + d.code(), List.of()));
            } else if (!scheme.isLevel(d, written)) {
                problems.add(new Problem(row, "register.error.levelUnknown." + d.code(),
                        List.of(written, scheme.levelList(d))));
            }
        }
        return problems;
    }

    static Map<String, Object> state(AssetEntry e) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", e.name());
        state.put("kind", e.kind().code());
        state.put("department", e.departmentName());
        state.put("segment", e.segment() == null ? "" : e.segment().code());
        state.put("confidentiality", e.classification().confidentiality());
        state.put("integrity", e.classification().integrity());
        state.put("availability", e.classification().availability());
        state.put("notes", e.notes());
        return state;
    }

    public List<Incident> incidents() {
        return workbench.transaction(r -> r.incidents().all());
    }

    public Incident recordIncident(String departmentName, LocalDate occurredOn, String title,
            IncidentSeverity severity) {
        String name = departmentName == null ? "" : departmentName.strip();
        String text = title == null ? "" : title.strip();
        if (name.isEmpty()) {
            throw new AuditException("incident.error.departmentRequired");
        }
        if (occurredOn == null) {
            throw new AuditException("incident.error.dateRequired");
        }
        if (text.isEmpty()) {
            throw new AuditException("incident.error.titleRequired");
        }
        if (severity == null) {
            throw new AuditException("incident.error.severityRequired");
        }
        return workbench.transaction(r -> {
            Department department = r.departments().findOrCreate(name);
            long id = r.incidents().insert(department.id(), occurredOn, text, severity, trail.now());
            trail.record(r, "create", INCIDENT, Long.toString(id), null, text, null, Map.of("department", name,
                    "occurredOn", occurredOn.toString(), "title", text, "severity", severity.code()));
            return r.incidents().find(id).orElseThrow();
        });
    }

    public void deleteIncident(long id) {
        workbench.run(r -> {
            Incident before = r.incidents().find(id)
                    .orElseThrow(() -> new AuditException("incident.error.notFound", id));
            r.incidents().delete(id);
            trail.record(r, "delete", INCIDENT, Long.toString(id), null, before.title(),
                    Map.of("department", before.department().name(), "occurredOn", before.occurredOn().toString(),
                            "title", before.title(), "severity", before.severity().code()), null);
        });
    }
}
