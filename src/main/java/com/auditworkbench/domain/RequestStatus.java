package com.auditworkbench.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a document asked of a department in 予備調査 stands. */
public enum RequestStatus {
    REQUESTED("requested"),
    RECEIVED("received"),
    NOT_AVAILABLE("not-available");

    private final String code;

    RequestStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "requestStatus." + code;
    }

    /** Still waited for: neither received nor answered as not available. */
    public boolean isOpen() {
        return this == REQUESTED;
    }

    public static Optional<RequestStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
