package com.auditworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.store.EvidenceVault;
import com.auditworkbench.support.TestWorkbenches;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A killed process leaves no workbench behind that cannot be opened, and the commands that only read leave every
 * byte as it was, through a real launcher in a child JVM.
 */
class InterruptedSampleTest {

    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path folder;

    private ProcessBuilder launcher(String... args) {
        return ChildCommandLine.of(folder, args).redirectErrorStream(true)
                .redirectOutput(folder.resolve("output-" + System.nanoTime() + ".txt").toFile());
    }

    /** The hidden names a creation of the target writes under. */
    private List<String> creating(Path target) throws Exception {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("." + target.getFileName() + ".creating-")).toList();
        }
    }

    private static void assertCompleteAndOpenable(Path target) {
        try (WorkbenchSession session = TestWorkbenches.service().openReadOnly(target,
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            assertThat(session.plans().resolve("2026")).isNotNull();
        }
    }

    @Test
    void aSampleKilledHalfWayLeavesNothingAtItsNameAndTheNextOneSucceeds() throws Exception {
        Path target = folder.resolve("killed.awb");
        for (long afterStart : new long[] {0, 700, 2_000}) {
            List<String> leftBefore = creating(target);
            Process process = launcher("sample", "--out", target.toString()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (leftBefore.containsAll(creating(target)) && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(afterStart);
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (Files.exists(target)) {
                assertCompleteAndOpenable(target);
                return;
            }
            assertThat(EvidenceVault.folderFor(target)).doesNotExist();
        }
        Process completed = launcher("sample", "--out", target.toString()).start();
        assertThat(completed.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(completed.exitValue()).isEqualTo(0);
        assertCompleteAndOpenable(target);
        try (Stream<Path> listed = Files.list(folder)) {
            assertThat(listed.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".creating-"));
        }
    }

    @Test
    void verifyAndExportInAChildJvmLeaveTheWorkbenchAndItsEvidenceByteForByte() throws Exception {
        Path target = folder.resolve("read.awb");
        Process sample = launcher("sample", "--out", target.toString()).start();
        assertThat(sample.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(sample.exitValue()).isEqualTo(0);
        Map<String, String> before = OutputTargetCommandTest.fingerprints(target);

        Process verify = launcher("verify", "--workbench", target.toString()).start();
        assertThat(verify.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).isEqualTo(0);
        Process overItself = launcher("export", "--workbench", target.toString(), "--plan", "2026", "--out",
                target.toString(), "--force").start();
        assertThat(overItself.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(overItself.exitValue()).isEqualTo(1);

        assertThat(OutputTargetCommandTest.fingerprints(target)).isEqualTo(before);
    }
}
