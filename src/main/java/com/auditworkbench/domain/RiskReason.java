package com.auditworkbench.domain;

import java.util.List;

/**
 * One part of a department's risk score and the sentence that explains it, as a message key and arguments so it
 * reads in the user's language.
 */
public record RiskReason(String factor, double points, String messageKey, List<Object> arguments) {

    public RiskReason {
        arguments = List.copyOf(arguments);
    }

    public String describe(Messages messages) {
        return messages.get(messageKey, arguments.toArray());
    }
}
