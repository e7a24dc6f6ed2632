package com.auditworkbench.domain;

/**
 * A failure the user can cause and understand. It carries a message key and arguments, so the screen or the
 * command line says it in the user's language; it is never shown as a stack trace.
 */
public class AuditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public AuditException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public AuditException(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public String localizedMessage(Messages messages) {
        return messages.get(messageKey, arguments);
    }
}
