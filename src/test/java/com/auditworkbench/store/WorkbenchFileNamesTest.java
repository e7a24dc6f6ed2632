package com.auditworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every legal file name opens, and no file name changes a setting of the store: the name reaches H2 only through
 * the application's own file system, never inside the connection URL where {@code ;NAME=value} would be read.
 */
class WorkbenchFileNamesTest {

    private static final char[] PASSPHRASE = "correct horse battery staple 42".toCharArray();
    /** Every setting H2 reads from a URL that could harm or change an opening, written into file names. */
    private static final List<String> H2_SETTINGS = List.of("INIT", "ACCESS_MODE_DATA", "CIPHER", "IFEXISTS",
            "FILE_LOCK", "TRACE_LEVEL_FILE", "TRACE_LEVEL_SYSTEM_OUT", "AUTO_SERVER", "MODE", "DB_CLOSE_DELAY",
            "DB_CLOSE_ON_EXIT", "USER", "PASSWORD", "PASSWORD_HASH", "CACHE_SIZE", "WRITE_DELAY", "RECOVER",
            "OPEN_NEW", "FORBID_CREATION", "AUTHREALM", "AUTHZPWD", "SCHEMA", "CREATE_BUILTIN_ALIAS");

    @TempDir
    Path folder;

    static Stream<String> names() {
        List<String> names = new ArrayList<>(List.of(
                "a;INIT=CALL CSVWRITE('awb-pwned.csv','SELECT 42').awb",
                "b;INIT=CREATE ALIAS X FOR 'java.lang.System.exit';CALL X(3).awb",
                "budget;2026.awb",
                "a=b.awb",
                "with spaces in it.awb",
                "quote's \"double\" `back`.awb",
                "令和8年度 情報セキュリティ監査（総務課）.awb",
                "semi;;colon;.awb",
                "percent%20and%3B.awb",
                "back\\slash.awb",
                "tab\tand newline\n.awb",
                "jdbc:h2:mem:x.awb",
                "awb:@0123456789abcdef0123456789abcdef.awb",
                ".hidden.awb",
                "監".repeat(80) + ".awb",
                "x".repeat(250) + ".awb"));
        for (String setting : H2_SETTINGS) {
            names.add("w;" + setting + "=1.awb");
        }
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyLegalNameCreatesOpensAndReadsOnlyItsOwnFile(String name) throws Exception {
        createOpenAndRead(folder.resolve(name));
        try (Stream<Path> listed = Files.list(folder)) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactly(name);
        }
        assertThat(Path.of("awb-pwned.csv")).doesNotExist();
    }

    @ParameterizedTest
    @MethodSource("names")
    void aFolderWithSuchANameHoldsAWorkbenchToo(String name) throws Exception {
        Path inner = Files.createDirectories(folder.resolve(name.replace(".awb", "")));
        createOpenAndRead(inner.resolve("監査;2026.awb"));
        try (Stream<Path> listed = Files.list(inner)) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactly("監査;2026.awb");
        }
    }

    /** Creates the workbench, opens it for writing and read-only, and finds the same identity each time. */
    private static void createOpenAndRead(Path file) {
        WorkbenchFiles files = new WorkbenchFiles("test");
        UUID id;
        try (Workbench created = files.create(file, PASSPHRASE)) {
            id = created.id();
        }
        try (Workbench reopened = files.open(file, PASSPHRASE)) {
            assertThat(reopened.id()).isEqualTo(id);
        }
        try (Workbench read = files.openReadOnly(file, PASSPHRASE)) {
            assertThat(read.id()).isEqualTo(id);
        }
    }
}
