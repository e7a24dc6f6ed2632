package com.auditworkbench.service;

import com.auditworkbench.domain.AssetEntry;
import com.auditworkbench.domain.AssetKind;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Classification;
import com.auditworkbench.domain.ClassificationScheme;
import com.auditworkbench.domain.ColumnMapping;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.RegisterColumn;
import com.auditworkbench.domain.RegisterImportPreview;
import com.auditworkbench.domain.RegisterImportPreview.Action;
import com.auditworkbench.domain.RegisterImportPreview.PreviewRow;
import com.auditworkbench.domain.RegisterImportPreview.Problem;
import com.auditworkbench.domain.RegisterTable;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.store.Repositories;
import com.auditworkbench.store.Workbench;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports the city's existing register (Excel or CSV, read by the workbook layer): the rows are checked against the
 * column mapping, the classification scheme in use and the departments, every problem is reported with its row,
 * and nothing is written unless every row is good. Entries of the same name are updated, the others added.
 */
public final class RegisterImportService {

    private static final Map<String, Segment> SEGMENT_NAMES = segmentNames();
    private static final Map<String, AssetKind> KIND_NAMES = kindNames();

    private final Workbench workbench;
    private final AuditTrail trail;

    RegisterImportService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        this.trail = trail;
    }

    /**
     * What importing the table with this mapping would do.
     *
     * @param createDepartments whether departments the workbench does not know yet may be created; when not, a
     *     row naming one is a problem
     */
    public RegisterImportPreview preview(RegisterTable table, ColumnMapping mapping, boolean createDepartments) {
        return workbench.transaction(r -> preview(r, table, mapping, createDepartments));
    }

    /** The import itself: checked again in the same transaction, all rows written, or none when any is bad. */
    public Result importRegister(RegisterTable table, ColumnMapping mapping, boolean createDepartments) {
        return workbench.transaction(r -> {
            RegisterImportPreview preview = preview(r, table, mapping, createDepartments);
            if (!preview.problems().isEmpty()) {
                throw new AuditException("register.import.refused", preview.problems().size());
            }
            if (preview.rows().isEmpty()) {
                throw new AuditException("register.error.noRows");
            }
            Map<String, InformationAsset> existing = r.assets().all().stream()
                    .collect(Collectors.toMap(InformationAsset::name, Function.identity()));
            for (String name : preview.newDepartments()) {
                Department d = r.departments().findOrCreate(name);
                trail.record(r, "create", "department", Long.toString(d.id()), null, name, null,
                        Map.of("name", name, "source", table.fileName()));
            }
            int added = 0;
            int updated = 0;
            for (PreviewRow row : preview.rows()) {
                AssetEntry e = row.entry();
                long departmentId = r.departments().findOrCreate(e.departmentName()).id();
                if (row.action() == Action.ADD) {
                    long id = r.assets().insert(e, departmentId, trail.now());
                    trail.record(r, "import", AssetService.ENTITY, Long.toString(id), null, e.name(), null,
                            AssetService.state(e));
                    added++;
                } else if (row.action() == Action.UPDATE) {
                    InformationAsset before = existing.get(e.name());
                    r.assets().update(before.id(), e, departmentId, trail.now());
                    trail.record(r, "import", AssetService.ENTITY, Long.toString(before.id()), null, e.name(),
                            AssetService.state(AssetEntry.of(before)), AssetService.state(e));
                    updated++;
                }
            }
            int unchanged = preview.rows().size() - added - updated;
            trail.record(r, "import", "register", table.fileName(), null, table.fileName(), null,
                    Map.of("file", table.fileName(), "encoding", table.encoding(), "added", added, "updated",
                            updated, "unchanged", unchanged, "departmentsCreated", preview.newDepartments().size()));
            return new Result(added, updated, unchanged, preview.newDepartments().size());
        });
    }

    /** How many entries an import added and changed, how many were already as the file says, and departments created. */
    public record Result(int added, int updated, int unchanged, int departmentsCreated) {
    }

    private static RegisterImportPreview preview(Repositories r, RegisterTable table, ColumnMapping mapping,
            boolean createDepartments) {
        ClassificationScheme scheme = r.assets().schemeInUse();
        List<Problem> problems = new ArrayList<>();
        for (RegisterColumn column : RegisterColumn.values()) {
            if (column.required() && mapping.column(column).isEmpty()) {
                problems.add(new Problem(0, "register.error.columnMissing." + column.code(), List.of()));
            }
        }
        long required = java.util.Arrays.stream(RegisterColumn.values()).filter(RegisterColumn::required).count();
        if (problems.size() == required) {
            problems = List.of(new Problem(0, "register.error.noColumns", List.of()));
        }
        if (!problems.isEmpty()) {
            return new RegisterImportPreview(table, mapping, List.of(), List.of(), problems);
        }
        Set<String> known = r.departments().all().stream().map(Department::name).collect(Collectors.toSet());
        Map<String, InformationAsset> existing = r.assets().all().stream()
                .collect(Collectors.toMap(InformationAsset::name, Function.identity()));
        Map<String, Integer> seen = new HashMap<>();
        Set<String> newDepartments = new LinkedHashSet<>();
        List<PreviewRow> rows = new ArrayList<>();
        for (RegisterTable.Row row : table.rows()) {
            if (row.blank()) {
                continue;
            }
            List<Problem> rowProblems = new ArrayList<>();
            String segmentText = cell(row, mapping, RegisterColumn.SEGMENT);
            Optional<Segment> segment = segment(segmentText);
            if (!segmentText.isEmpty() && segment.isEmpty()) {
                rowProblems.add(new Problem(row.number(), "register.error.segmentUnknown", List.of(segmentText)));
            }
            String kindText = cell(row, mapping, RegisterColumn.KIND);
            Optional<AssetKind> kind = kind(kindText);
            if (kind.isEmpty()) {
                rowProblems.add(new Problem(row.number(), "register.error.kindUnknown", List.of(kindText)));
            }
            AssetEntry entry = new AssetEntry(cell(row, mapping, RegisterColumn.NAME), kind.orElse(AssetKind.SYSTEM),
                    cell(row, mapping, RegisterColumn.DEPARTMENT), segment.orElse(null),
                    new Classification(cell(row, mapping, RegisterColumn.CONFIDENTIALITY),
                            cell(row, mapping, RegisterColumn.INTEGRITY),
                            cell(row, mapping, RegisterColumn.AVAILABILITY)),
                    cell(row, mapping, RegisterColumn.NOTES));
            List<Problem> entryProblems = AssetService.problems(entry, scheme, row.number());
            if (!segmentText.isEmpty()) {
                entryProblems.removeIf(p -> p.messageKey().equals("register.error.segmentRequired"));
            }
            rowProblems.addAll(entryProblems);
            if (!entry.name().isEmpty()) {
                Integer first = seen.putIfAbsent(entry.name(), row.number());
                if (first != null) {
                    rowProblems.add(new Problem(row.number(), "register.error.duplicateName",
                            List.of(entry.name(), first)));
                }
            }
            if (!entry.departmentName().isEmpty() && !known.contains(entry.departmentName())) {
                if (createDepartments) {
                    newDepartments.add(entry.departmentName());
                } else {
                    rowProblems.add(new Problem(row.number(), "register.error.departmentUnknown",
                            List.of(entry.departmentName())));
                }
            }
            problems.addAll(rowProblems);
            if (!rowProblems.isEmpty()) {
                rows.add(new PreviewRow(row.number(), entry, Action.REFUSED));
                continue;
            }
            AssetEntry clean = AssetService.canonical(entry, scheme);
            InformationAsset before = existing.get(clean.name());
            Action action = before == null ? Action.ADD
                    : AssetEntry.of(before).equals(clean) ? Action.UNCHANGED : Action.UPDATE;
            rows.add(new PreviewRow(row.number(), clean, action));
        }
        if (rows.isEmpty()) {
            problems.add(new Problem(0, "register.error.noRows", List.of()));
        }
        return new RegisterImportPreview(table, mapping, rows, List.copyOf(newDepartments), problems);
    }

    private static String cell(RegisterTable.Row row, ColumnMapping mapping, RegisterColumn column) {
        return row.cell(mapping.column(column).orElse(null));
    }

    static Optional<Segment> segment(String written) {
        return Optional.ofNullable(SEGMENT_NAMES.get(normalise(written)));
    }

    static Optional<AssetKind> kind(String written) {
        String n = normalise(written);
        return n.isEmpty() ? Optional.of(AssetKind.SYSTEM) : Optional.ofNullable(KIND_NAMES.get(n));
    }

    private static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s　_\\-]", "");
    }

    private static Map<String, Segment> segmentNames() {
        Map<String, Segment> names = new HashMap<>();
        for (String n : List.of("mynumber", "マイナンバー利用事務系", "マイナンバー", "マイナンバー系", "個人番号利用事務系",
                "mynumberusebusiness", "mynumberbusinesssegment")) {
            names.put(normalise(n), Segment.MYNUMBER);
        }
        for (String n : List.of("lgwan", "lgwan接続系", "lgwan系", "lgwanconnected", "lgwansegment")) {
            names.put(normalise(n), Segment.LGWAN);
        }
        for (String n : List.of("internet", "インターネット接続系", "インターネット", "インターネット系",
                "internetconnected", "internetsegment")) {
            names.put(normalise(n), Segment.INTERNET);
        }
        return names;
    }

    private static Map<String, AssetKind> kindNames() {
        Map<String, AssetKind> names = new HashMap<>();
        for (String n : List.of("system", "システム", "情報システム", "informationsystem")) {
            names.put(normalise(n), AssetKind.SYSTEM);
        }
        for (String n : List.of("asset-group", "assetgroup", "asset", "資産", "情報資産", "資産群", "情報資産群",
                "媒体", "文書")) {
            names.put(normalise(n), AssetKind.ASSET_GROUP);
        }
        return names;
    }
}
