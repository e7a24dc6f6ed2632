package com.auditworkbench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a workbench's schema stands, read with plain JDBC from Flyway's own history table and compared with the
 * migrations this build ships. Starting Flyway costs about a second on a cold start; when the schema is current it
 * has nothing to do, so it runs only when a file is behind. The migrations stay the one source of the schema: this
 * reads only their version numbers, and anything it cannot decide is left to Flyway.
 */
final class SchemaCheck {

    static final String LOCATION = "db/migration";
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");

    /** What the history says against this build. */
    enum State { NOT_A_WORKBENCH, CURRENT, BEHIND, NEWER, UNDECIDED }

    private static volatile List<Version> shipped;

    private SchemaCheck() {
    }

    static State of(Connection connection) throws SQLException {
        boolean workbench = false;
        boolean history = false;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND UPPER(TABLE_NAME) IN ('WORKBENCH_INFO', "
                        + "'FLYWAY_SCHEMA_HISTORY')")) {
            while (rs.next()) {
                workbench |= rs.getString(1).equalsIgnoreCase("WORKBENCH_INFO");
                history |= rs.getString(1).equals("flyway_schema_history");
            }
        }
        if (!workbench || !history) {
            // Every workbench is made by the migrations, which write their history first: a database without it
            // (however its tables are named) was made by something else.
            return State.NOT_A_WORKBENCH;
        }
        Optional<List<Version>> available = shipped();
        if (available.isEmpty()) {
            return State.UNDECIDED;
        }
        List<Version> applied = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                        + "WHERE \"version\" IS NOT NULL")) {
            while (rs.next()) {
                Optional<Version> version = Version.parse(rs.getString(1));
                if (version.isEmpty() || !rs.getBoolean(2)) {
                    return State.UNDECIDED; // a failed or odd entry: Flyway says what it means
                }
                applied.add(version.get());
            }
        }
        return compare(applied, available.get());
    }

    static State compare(List<Version> applied, List<Version> available) {
        Version latest = available.stream().max(Version::compareTo).orElse(null);
        if (latest == null) {
            return State.UNDECIDED;
        }
        if (applied.stream().anyMatch(v -> v.compareTo(latest) > 0)) {
            return State.NEWER;
        }
        return applied.containsAll(available) ? State.CURRENT : State.BEHIND;
    }

    /** The versions of the migrations on the class path, or empty when they cannot be listed here. */
    static Optional<List<Version>> shipped() {
        List<Version> known = shipped;
        if (known == null) {
            known = list().orElse(null);
            shipped = known;
        }
        return Optional.ofNullable(known);
    }

    private static Optional<List<Version>> list() {
        URL folder = SchemaCheck.class.getClassLoader().getResource(LOCATION);
        if (folder == null) {
            return Optional.empty();
        }
        try {
            List<String> names = new ArrayList<>();
            if ("file".equals(folder.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    files.forEach(f -> names.add(f.getFileName().toString()));
                }
            } else if ("jar".equals(folder.getProtocol())
                    && folder.openConnection() instanceof JarURLConnection connection) {
                connection.setUseCaches(true);
                JarFile jar = connection.getJarFile();
                String prefix = LOCATION + "/";
                for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                        names.add(name.substring(prefix.length()));
                    }
                }
            } else {
                return Optional.empty();
            }
            List<Version> versions = new ArrayList<>();
            for (String name : names) {
                Matcher m = MIGRATION.matcher(name);
                if (m.matches()) {
                    versions.add(Version.parse(m.group(1)).orElseThrow());
                }
            }
            return versions.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(versions));
        } catch (IOException | URISyntaxException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** A migration version as Flyway orders it: dotted numbers compared part by part. */
    record Version(List<Long> parts) implements Comparable<Version> {

        static Optional<Version> parse(String text) {
            if (text == null || !text.matches("\\d+(?:[._]\\d+)*")) {
                return Optional.empty();
            }
            List<Long> parts = new ArrayList<>();
            for (String part : text.split("[._]")) {
                parts.add(Long.parseLong(part));
            }
            while (parts.size() > 1 && parts.get(parts.size() - 1) == 0) {
                parts.remove(parts.size() - 1); // 1.0 is 1, as for Flyway
            }
            return Optional.of(new Version(List.copyOf(parts)));
        }

        @Override
        public int compareTo(Version other) {
            for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
                long a = i < parts.size() ? parts.get(i) : 0;
                long b = i < other.parts.size() ? other.parts.get(i) : 0;
                if (a != b) {
                    return Long.compare(a, b);
                }
            }
            return 0;
        }
    }
}
