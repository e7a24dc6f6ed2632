package com.auditworkbench.app;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Messages;
import java.util.Map;
import java.util.Optional;

/** The passphrase for the command line: from {@code AWB_PASSPHRASE}, else asked for at the terminal. */
final class PassphraseSource {

    static final String VARIABLE = "AWB_PASSPHRASE";

    private final Map<String, String> environment;
    private final Messages messages;

    PassphraseSource(Map<String, String> environment, Messages messages) {
        this.environment = environment;
        this.messages = messages;
    }

    Optional<char[]> fromEnvironment() {
        return Optional.ofNullable(environment.get(VARIABLE)).filter(v -> !v.isEmpty()).map(String::toCharArray);
    }

    char[] require() {
        return fromEnvironment().orElseGet(() -> {
            java.io.Console console = System.console();
            if (console == null) {
                throw new AuditException("cli.error.noPassphrase", VARIABLE);
            }
            char[] entered = console.readPassword("%s", messages.get("cli.passphrasePrompt"));
            if (entered == null || entered.length == 0) {
                throw new AuditException("cli.error.noPassphrase", VARIABLE);
            }
            return entered;
        });
    }
}
