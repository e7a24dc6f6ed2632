package com.auditworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names that H2 would read as settings if they reached a connection URL work with every command that takes a
 * workbench, and run nothing: the sample is written, verified and exported under each name.
 */
class HostileFileNamesCommandTest {

    private static final List<String> NAMES = List.of(
            "a;INIT=CALL CSVWRITE('awb-cli-pwned.csv','SELECT 42').awb",
            "監査;2026 (総務課) 'draft'.awb",
            "x;ACCESS_MODE_DATA=r;IFEXISTS=FALSE.awb");

    @TempDir
    Path folder;

    private final Map<String, String> environment = new HashMap<>(Map.of("LANG", "ja_JP.UTF-8",
            "AWB_PASSPHRASE", "hostile-names-passphrase-2026"));
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLineApp(new AppDirs(folder.resolve("data")), environment, new PrintWriter(out, true),
                new PrintWriter(err, true)).run(args);
    }

    @Test
    void sampleVerifyAndExportWorkUnderNamesThatLookLikeSettings() throws Exception {
        for (String name : NAMES) {
            Path folderOfName = Files.createDirectories(folder.resolve(name.replace(".awb", "") + " folder;x=1"));
            Path workbench = folderOfName.resolve(name);
            assertThat(run("sample", "--out", workbench.toString())).as(name).isEqualTo(0);
            assertThat(run("verify", "--workbench", workbench.toString())).as(name + ": " + err).isEqualTo(0);
            assertThat(out.toString()).contains("改ざんは見つかりませんでした");
            Path xlsx = folderOfName.resolve("委員会;報告.xlsx");
            assertThat(run("export", "--workbench", workbench.toString(), "--plan", "2026", "--out",
                    xlsx.toString())).as(name + ": " + err).isEqualTo(0);
            assertThat(xlsx).isRegularFile();
            try (Stream<Path> listed = Files.list(folderOfName)) {
                assertThat(listed.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder(name, name + ".evidence", "委員会;報告.xlsx");
            }
        }
        assertThat(Path.of("awb-cli-pwned.csv")).doesNotExist();
    }
}
