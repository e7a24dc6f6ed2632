package com.auditworkbench.workbook;

import java.nio.file.Path;

/** Lets the benchmark build the crafted questionnaire the hostile-file tests use. */
public final class HostileQuestionnaireAccess {

    private HostileQuestionnaireAccess() {
    }

    public static Path withExtraRows(Path source, Path target, int extraRows) throws Exception {
        return HostileQuestionnaireTest.withExtraRows(source, target, extraRows);
    }
}
