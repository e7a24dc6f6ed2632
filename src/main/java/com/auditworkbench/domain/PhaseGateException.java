package com.auditworkbench.domain;

import java.util.List;

/** The move to 報告 refused: {@link #blocking()} lists the essential work still open. */
public final class PhaseGateException extends AuditException {

    private static final long serialVersionUID = 1L;

    private final transient List<OpenItem> blocking;

    public PhaseGateException(List<OpenItem> blocking) {
        super("phase.error.gateRefused", blocking.size());
        this.blocking = List.copyOf(blocking);
    }

    public List<OpenItem> blocking() {
        return blocking;
    }
}
