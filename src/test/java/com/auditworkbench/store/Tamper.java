package com.auditworkbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/** For tests outside the store: changes a workbench behind the application's back. */
public final class Tamper {

    private Tamper() {
    }

    public static int execute(Path workbench, char[] passphrase, String sql) throws Exception {
        try (WorkbenchFiles.Connected store = WorkbenchFiles.connectForTest(workbench, passphrase);
                Connection c = store.pool().getConnection();
                Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }
}
