package com.auditworkbench.domain;

/** An entry of the asset and system register (Art. 9): who owns it, where it sits, how it is classified. */
public record InformationAsset(
        long id,
        String name,
        AssetKind kind,
        Department department,
        Segment segment,
        Classification classification,
        String notes) {
}
