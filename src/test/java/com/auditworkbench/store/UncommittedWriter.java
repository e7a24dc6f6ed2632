package com.auditworkbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;

/**
 * A child program for {@link InterruptedChangeTest}: writes rows in one transaction that never commits, until it
 * is killed, printing how many it has written. The rows are large, so H2 writes them to the file uncommitted.
 */
public final class UncommittedWriter {

    private UncommittedWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (WorkbenchFiles.Connected store = WorkbenchFiles.connectForTest(Path.of(args[0]), args[1].toCharArray());
                Connection c = store.pool().getConnection()) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS interrupted_filler (id BIGINT, t VARCHAR(2000))");
            c.setAutoCommit(false);
            String text = "x".repeat(1_500);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO interrupted_filler VALUES (?, ?)")) {
                for (long i = 1; ; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, text + i);
                    insert.executeUpdate();
                    if (i % 10_000 == 0) {
                        System.out.println("ROWS " + i);
                        System.out.flush();
                    }
                }
            }
        }
    }
}
