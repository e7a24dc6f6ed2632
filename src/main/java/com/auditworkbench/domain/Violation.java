package com.auditworkbench.domain;

import java.time.LocalDate;

/** A finding that is also a policy violation under Art. 14, with who was told and when. */
public record Violation(boolean flagged, String notifiedTo, LocalDate notifiedOn) {

    public static final Violation NONE = new Violation(false, "", null);

    public Violation {
        notifiedTo = notifiedTo == null ? "" : notifiedTo;
    }
}
