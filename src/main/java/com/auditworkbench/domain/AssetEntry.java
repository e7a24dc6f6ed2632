package com.auditworkbench.domain;

/** A register entry as the lead types it or a file states it, before it is checked and saved. */
public record AssetEntry(
        String name,
        AssetKind kind,
        String departmentName,
        Segment segment,
        Classification classification,
        String notes) {

    public AssetEntry {
        name = name == null ? "" : name.strip();
        departmentName = departmentName == null ? "" : departmentName.strip();
        notes = notes == null ? "" : notes.strip();
        kind = kind == null ? AssetKind.SYSTEM : kind;
    }

    public static AssetEntry of(InformationAsset asset) {
        return new AssetEntry(asset.name(), asset.kind(), asset.department().name(), asset.segment(),
                asset.classification(), asset.notes());
    }
}
