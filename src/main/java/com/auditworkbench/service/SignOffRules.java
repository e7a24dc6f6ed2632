package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.SignOff;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rules of sign-off, the same for findings and checklist results. */
final class SignOffRules {

    private SignOffRules() {
    }

    /** Prepared first; the reviewer may review and is not the preparer. */
    static void checkReviewer(SignOff signOff, Auditor user, String what) {
        if (!signOff.isPrepared()) {
            throw new AuditException("review.error.notPrepared", what);
        }
        if (signOff.isReviewed()) {
            throw new AuditException("review.error.alreadyReviewed", what);
        }
        if (signOff.preparer().id() == user.id()) {
            throw new AuditException("review.error.selfReview", user.name());
        }
        if (!user.role().mayReview()) {
            throw new AuditException("review.error.roleMayNotReview", user.name());
        }
    }

    static void checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AuditException("review.error.reasonRequired");
        }
    }

    static Map<String, Object> state(SignOff signOff) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("preparer", signOff.preparer() == null ? null : signOff.preparer().name());
        state.put("reviewer", signOff.reviewer() == null ? null : signOff.reviewer().name());
        return state;
    }
}
