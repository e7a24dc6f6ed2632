package com.auditworkbench.store;

import java.nio.file.Path;

/** Run in a second JVM by the tests: opens a workbench, says so, and keeps it open until stdin closes. */
public final class HoldWorkbenchOpen {

    private HoldWorkbenchOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Workbench workbench = new WorkbenchFiles("test").open(Path.of(args[0]), args[1].toCharArray())) {
            System.out.println("OPEN " + workbench.id());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our stdin
            }
        }
    }
}
