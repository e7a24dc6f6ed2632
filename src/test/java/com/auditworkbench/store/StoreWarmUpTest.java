package com.auditworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.service.WorkbenchService;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestWorkbenches;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start screen's warm-up runs the opening's database code on an empty schema in memory: every step must run
 * (a failure is only logged, so this is where it would show), nothing may land on disk, and an opening running
 * beside it must read its workbench as without it.
 */
class StoreWarmUpTest {

    @TempDir
    Path folder;

    @Test
    void everyStepRunsOnTheGeneratedSchemaAndNothingIsWrittenToDisk() throws Exception {
        List<Path> before = listing(Path.of("").toAbsolutePath());

        assertThat(StoreWarmUp.run()).isTrue();
        assertThat(StoreWarmUp.run()).as("a second run, on a database of its own").isTrue();

        assertThat(listing(Path.of("").toAbsolutePath())).isEqualTo(before);
    }

    @Test
    void anOpeningBesideTheWarmUpReadsTheWorkbenchAsWithoutIt() throws Exception {
        WorkbenchService service = TestWorkbenches.service();
        Path file = folder.resolve("beside.awb");
        try (WorkbenchSession session = service.create(file, TestWorkbenches.PASSPHRASE.toCharArray())) {
            session.people().add("佐藤 花子", com.auditworkbench.domain.Role.LEAD, null);
        }
        List<Path> files = listing(folder);

        CompletableFuture<Boolean> warmUp = CompletableFuture.supplyAsync(service::warmUp);
        try (WorkbenchSession session = service.open(file, TestWorkbenches.PASSPHRASE.toCharArray())) {
            assertThat(session.people().all()).extracting(a -> a.name()).containsExactly("佐藤 花子");
        }

        assertThat(warmUp.get()).isTrue();
        assertThat(listing(folder)).isEqualTo(files);
    }

    private static List<Path> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::getFileName).sorted().toList();
        }
    }
}
