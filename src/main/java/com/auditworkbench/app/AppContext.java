package com.auditworkbench.app;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.UserSettings;
import com.auditworkbench.service.WorkbenchService;
import java.time.Clock;
import java.util.Map;

/** What every command is built with: the user's folders and settings, their language, the clock, the environment. */
record AppContext(AppDirs dirs, UserSettings settings, Messages messages, Clock clock, Map<String, String> environment) {

    WorkbenchService workbenches() {
        return new WorkbenchService(ApplicationVersion.current(), clock, dirs.logAnchors());
    }

    PassphraseSource passphrases() {
        return new PassphraseSource(environment, messages);
    }
}
