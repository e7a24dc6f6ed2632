package com.auditworkbench.support;

import com.auditworkbench.service.WorkbenchService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Services over real H2 files, with a fixed clock so results read back exactly. */
public final class TestWorkbenches {

    public static final String PASSPHRASE = "correct horse battery staple 42";
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    private TestWorkbenches() {
    }

    public static WorkbenchService service() {
        return new WorkbenchService("test", CLOCK);
    }
}
