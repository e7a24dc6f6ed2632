package com.auditworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code .part} files a crash leaves beside an export's target are removed at the next start. */
class PartFilesTest {

    @TempDir
    Path folder;

    @AfterEach
    void forget() {
        PartFiles.forgetJournal();
    }

    @Test
    void aPartFileLeftByACrashIsRemovedAtTheNextStartAndOthersAreLeftAlone() throws Exception {
        Path app = folder.resolve("app");
        Path exports = Files.createDirectories(folder.resolve("exports"));
        Path unrelated = Files.writeString(exports.resolve("report.xlsx.part"), "not ours");
        PartFiles.useJournalIn(app);
        Path left = PartFiles.createBeside(exports, ".committee-", ".xlsx");
        Files.writeString(left, "decrypted sheets");
        Path finished = PartFiles.createBeside(exports, ".evidence-", "");
        Files.move(finished, exports.resolve("copy.png"));

        // The next start.
        assertThat(PartFiles.useJournalIn(app)).isEqualTo(1);

        assertThat(left).doesNotExist();
        assertThat(unrelated).exists();
        assertThat(exports.resolve("copy.png")).exists();
        assertThat(PartFiles.useJournalIn(app)).isZero();
    }
}
