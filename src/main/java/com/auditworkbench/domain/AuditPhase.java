package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** The phases every audit runs through, in order: 準備 → 予備調査 → 本調査 → 評価 → 報告 → フォローアップ. */
public enum AuditPhase {
    PREPARATION("preparation"),
    PRELIMINARY("preliminary"),
    FIELDWORK("fieldwork"),
    EVALUATION("evaluation"),
    REPORTING("reporting"),
    FOLLOW_UP("follow-up");

    private final String code;

    AuditPhase(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "phase." + code;
    }

    /** The phase after this one, or empty for フォローアップ. */
    public Optional<AuditPhase> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** True when moving from {@code from} to this phase passes the report gate (into 報告 or beyond). */
    public boolean passesReportGate(AuditPhase from) {
        return from.ordinal() < REPORTING.ordinal() && ordinal() >= REPORTING.ordinal();
    }

    public static Optional<AuditPhase> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
