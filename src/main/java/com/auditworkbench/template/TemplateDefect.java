package com.auditworkbench.template;

import com.auditworkbench.domain.Messages;

/** One thing wrong in a template file, with where it is: file, line and column (both from 1). */
public record TemplateDefect(String file, int line, int column, String messageKey, Object[] arguments) {

    public TemplateDefect {
        arguments = arguments.clone();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    /** {@code file:line:column: sentence}, as compilers print it. */
    public String describe(Messages messages) {
        return file + ":" + line + ":" + column + ": " + messages.get(messageKey, arguments);
    }
}
