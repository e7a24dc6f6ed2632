package com.auditworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.store.SchemaCheck.State;
import com.auditworkbench.store.SchemaCheck.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {

    @Test
    void shippedVersionsAreThoseOfTheMigrationFiles() throws Exception {
        List<Version> expected;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", SchemaCheck.LOCATION))) {
            expected = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("V"))
                    .map(n -> Version.parse(n.substring(1, n.indexOf("__"))).orElseThrow()).toList();
        }
        assertThat(SchemaCheck.shipped()).hasValueSatisfying(
                versions -> assertThat(versions).containsExactlyInAnyOrderElementsOf(expected));
    }

    @Test
    void aHistoryWithEveryShippedVersionIsCurrentAndOneWithoutTheLatestIsBehind() {
        List<Version> shipped = versions("1", "2", "10");
        assertThat(SchemaCheck.compare(versions("1", "2", "10"), shipped)).isEqualTo(State.CURRENT);
        assertThat(SchemaCheck.compare(versions("1", "2"), shipped)).isEqualTo(State.BEHIND);
        assertThat(SchemaCheck.compare(versions(), shipped)).isEqualTo(State.BEHIND);
    }

    @Test
    void aVersionBeyondTheLatestShippedIsNewerComparedAsNumbersNotText() {
        List<Version> shipped = versions("1", "9");
        assertThat(SchemaCheck.compare(versions("1", "9", "10"), shipped)).isEqualTo(State.NEWER);
        assertThat(SchemaCheck.compare(versions("1", "9.1"), shipped)).isEqualTo(State.NEWER);
        assertThat(SchemaCheck.compare(versions("1", "9.0"), shipped)).isEqualTo(State.CURRENT);
    }

    private static List<Version> versions(String... texts) {
        return Stream.of(texts).map(t -> Version.parse(t).orElseThrow()).toList();
    }
}
