package com.auditworkbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** For tests outside the store: changes a workbench behind the application's back. */
public final class Tamper {

    private Tamper() {
    }

    public static int execute(Path workbench, char[] passphrase, String sql) throws Exception {
        AwbFilePath.register();
        String key = PassphraseKey.derive(passphrase);
        try (Connection c = DriverManager.getConnection(WorkbenchFiles.url(workbench, false), "AUDITOR", key + " " + key);
                Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }
}
