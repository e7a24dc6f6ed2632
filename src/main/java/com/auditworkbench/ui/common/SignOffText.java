package com.auditworkbench.ui.common;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.SignOff;

/** A sign-off as the screens show it: the state, who signed, and whether it was edited after review. */
public final class SignOffText {

    private SignOffText() {
    }

    public static String describe(SignOff signOff, Messages messages) {
        String state = messages.get(signOff.stateKey());
        if (signOff.isReviewed()) {
            state += "（" + signOff.preparer().name() + " / " + signOff.reviewer().name() + "）";
        } else if (signOff.isPrepared()) {
            state += "（" + signOff.preparer().name() + "）";
        }
        return signOff.reopened() ? state + "　" + messages.get("finding.editedAfterReview") : state;
    }
}
