package com.auditworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.ChainVerification;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes made behind the application's back, directly in the database, are found and named. */
class ActivityLogTamperTest {

    private static final char[] PASSPHRASE = "tamper-test-passphrase-1".toCharArray();

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void writeFiveEvents() {
        file = folder.resolve("log.awb");
        try (Workbench workbench = new WorkbenchFiles("test").create(file, PASSPHRASE)) {
            for (int i = 1; i <= 5; i++) {
                int n = i;
                workbench.run(r -> r.activityLog().append(Instant.parse("2026-07-01T00:00:00Z").plusSeconds(n),
                        "監査 花子", "record", "result", "1/1/AUD-" + n, 1L, "記録 " + n, "{\"result\":\"x\"}",
                        "{\"result\":\"conforming\",\"notes\":\"確認済み\"}"));
            }
        }
    }

    private ChainVerification verify() {
        try (Workbench workbench = new WorkbenchFiles("test").open(file, PASSPHRASE)) {
            return workbench.transaction(r -> r.activityLog().verify());
        }
    }

    private void sql(String statement, Object... parameters) throws Exception {
        try (WorkbenchFiles.Connected store = WorkbenchFiles.connectForTest(file, PASSPHRASE);
                Connection c = store.pool().getConnection();
                PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void untouchedLogVerifies() {
        ChainVerification verification = verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(5);
    }

    @Test
    void changedSummaryIsNamed() throws Exception {
        sql("UPDATE activity_event SET summary = ? WHERE seq = 3", "記録 3（改）");
        ChainVerification verification = verify();
        assertThat(verification.firstBrokenSequence()).isEqualTo(3L);
        assertThat(verification.problemKey()).isEqualTo("verify.chain.content");
        assertThat(verification.eventsChecked()).isEqualTo(2);
    }

    @Test
    void oneChangedCharacterInTheAfterValuesIsFound() throws Exception {
        sql("UPDATE activity_event SET after_json = REPLACE(after_json, '確認済み', '確認済ミ') WHERE seq = 4");
        assertThat(verify().firstBrokenSequence()).isEqualTo(4L);
    }

    @Test
    void changedTimeOrActorIsFound() throws Exception {
        sql("UPDATE activity_event SET actor = ? WHERE seq = 1", "監査 花男");
        assertThat(verify().firstBrokenSequence()).isEqualTo(1L);
    }

    @Test
    void rewrittenEventWithAValidOwnHashBreaksTheNextLink() throws Exception {
        String firstHash;
        try (Workbench workbench = new WorkbenchFiles("test").open(file, PASSPHRASE)) {
            firstHash = workbench.transaction(r -> r.activityLog().forEntity("result", "1/1/AUD-1")).get(0).hash();
        }
        String forged = com.auditworkbench.domain.ActivityHash.of(2, Instant.parse("2026-07-01T00:00:02Z"), "監査 花子",
                "record", "result", "1/1/AUD-2", 1L, "偽", "{\"result\":\"x\"}",
                "{\"result\":\"conforming\",\"notes\":\"確認済み\"}", firstHash);
        sql("UPDATE activity_event SET summary = ?, hash = ? WHERE seq = 2", "偽", forged);
        ChainVerification verification = verify();
        assertThat(verification.firstBrokenSequence()).isEqualTo(3L);
        assertThat(verification.problemKey()).isEqualTo("verify.chain.link");
    }

    @Test
    void deletedEventIsFoundAsAGap() throws Exception {
        sql("DELETE FROM activity_event WHERE seq = 2");
        ChainVerification verification = verify();
        assertThat(verification.firstBrokenSequence()).isEqualTo(3L);
        assertThat(verification.problemKey()).isEqualTo("verify.chain.gap");
    }
}
