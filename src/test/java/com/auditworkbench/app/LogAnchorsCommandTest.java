package com.auditworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.store.Tamper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Log heads kept outside the workbench: an edit that leaves the hash chain whole — the newest events deleted —
 * is found by verify because an earlier export's head is no longer in the log.
 */
class LogAnchorsCommandTest {

    private static final String PASSPHRASE = "anchor-test-passphrase-2026";

    @TempDir
    Path folder;

    private final Map<String, String> environment = new HashMap<>(Map.of("LANG", "ja_JP.UTF-8",
            "AWB_PASSPHRASE", PASSPHRASE));
    private StringWriter out;
    private Path workbench;

    private int run(String... args) {
        out = new StringWriter();
        return new CommandLineApp(new AppDirs(folder.resolve("data")), environment, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true)).run(args);
    }

    @BeforeEach
    void sampleAndExport() {
        workbench = folder.resolve("anchored.awb");
        assertThat(run("sample", "--out", workbench.toString())).isEqualTo(0);
        assertThat(run("export", "--workbench", workbench.toString(), "--plan", "2026", "--out",
                folder.resolve("committee.xlsx").toString())).isEqualTo(0);
    }

    @Test
    void anUntouchedWorkbenchExtendsTheHeadKeptAtExport() {
        assertThat(run("verify", "--workbench", workbench.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("控えた 1 件").contains("すべて今の操作記録が含んでいます");
    }

    @Test
    void deletingTheNewestEventsLeavesAnIntactChainButLosesTheExportedHead() throws Exception {
        int deleted = Tamper.execute(workbench, PASSPHRASE.toCharArray(),
                "DELETE FROM activity_event WHERE seq > (SELECT MAX(seq) - 50 FROM activity_event)");
        assertThat(deleted).isEqualTo(50);

        assertThat(run("verify", "--workbench", workbench.toString())).isEqualTo(1);
        assertThat(out.toString())
                .contains("改ざんは見つかりませんでした") // the chain alone cannot see a cut at its end
                .contains("控えた 1 件中 1 件が今の操作記録にありません")
                .contains("export committee.xlsx");
    }

    @Test
    void aHeadPrintedOnAWorkbookIsCheckedWhenGiven() {
        String unknown = "ab".repeat(32);
        assertThat(run("verify", "--workbench", workbench.toString(), "--head", unknown)).isEqualTo(1);
        assertThat(out.toString()).contains(unknown).contains("--head");
    }
}
