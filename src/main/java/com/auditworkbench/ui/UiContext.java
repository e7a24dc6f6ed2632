package com.auditworkbench.ui;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.service.UserSettings;
import com.auditworkbench.service.WorkbenchService;
import com.auditworkbench.template.ShippedTemplates;
import java.nio.file.Path;
import java.time.Clock;

/** What the screens are built with. Passed by constructor, never held in a static. */
public record UiContext(
        WorkbenchService workbenches,
        ShippedTemplates templates,
        UserSettings settings,
        Messages messages,
        Clock clock,
        Path sampleWorkbench) {
}
