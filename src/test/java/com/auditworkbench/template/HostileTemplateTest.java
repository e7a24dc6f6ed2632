package com.auditworkbench.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to hurt the loader: each is refused with one defect, quickly and in bounded memory, and the loader
 * reads nothing it should not open. The big ones are written here, not kept in the repository.
 */
class HostileTemplateTest {

    /** Generous for a loaded build machine; the old loader took minutes or never returned. */
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private final TemplateLoader loader = new TemplateLoader();

    private static TemplateLoadResult load(String yaml) {
        return new TemplateLoader().load("x.yaml", new StringReader(yaml));
    }

    private static TemplateDefect onlyDefect(TemplateLoadResult result) {
        assertThat(result.isValid()).isFalse();
        assertThat(result.defects()).as("defects: %s", result.defects()).hasSize(1);
        TemplateDefect defect = result.defects().get(0);
        assertThat(defect.describe(new Messages(Language.JAPANESE))).doesNotContain("\n").hasSizeLessThan(300);
        return defect;
    }

    /** The valid audit fixture with one item's articles replaced by {@code articles}. */
    private static String withArticles(String articles) {
        return TemplateLoaderTest.AUDIT.replace("articles: [\"10(2)\", \"8\"]", "articles: " + articles);
    }

    @Test
    void refusesAMappingKeyThatHoldsItselfWithOneDefect() {
        String yaml = TemplateLoaderTest.AUDIT.replace("    priority: true\n", "    priority: true\n    &a {*a : x}: y\n");

        TemplateDefect defect = assertTimeoutPreemptively(QUICKLY, () -> onlyDefect(load(yaml)));

        assertThat(defect.messageKey()).isEqualTo("template.defect.keyNotPlain");
        assertThat(defect.arguments()).containsExactly("item");
    }

    @Test
    void refusesAListKeyThatHoldsItselfWithoutPrintingIt() {
        String yaml = TemplateLoaderTest.AUDIT.replace("    priority: true\n", "    priority: true\n    &a [*a]: x\n");

        TemplateDefect defect = onlyDefect(load(yaml));

        assertThat(defect.messageKey()).isEqualTo("template.defect.keyNotPlain");
        assertThat(defect.describe(new Messages(Language.ENGLISH))).doesNotContain("snakeyaml", "Node");
    }

    @Test
    void refusesARecursiveKeyAtTheTopOfTheFile() {
        TemplateLoadResult result = assertTimeoutPreemptively(QUICKLY, () -> load("&a {*a : x}\n"));

        assertThat(result.isValid()).isFalse();
        assertThat(result.defects()).extracting(TemplateDefect::messageKey).contains("template.defect.keyNotPlain");
    }

    @Test
    void refusesSixHundredThousandRepeatedValuesWithOneDefect() {
        String yaml = withArticles("[" + String.join(", ", Collections.nCopies(600_000, "\"8\"")) + "]");

        TemplateDefect defect = assertTimeoutPreemptively(QUICKLY, () -> onlyDefect(load(yaml)));

        assertThat(defect.messageKey()).isEqualTo("template.defect.tooLong");
        assertThat(defect.line()).isEqualTo(18);
    }

    @Test
    void refusesAListLongerThanAnyItemNeedsWithOneDefect() {
        String yaml = withArticles("[" + String.join(", ", Collections.nCopies(TemplateLoader.MAX_LIST_VALUES + 1,
                "\"8\"")) + "]");

        TemplateDefect defect = onlyDefect(load(yaml));

        assertThat(defect.messageKey()).isEqualTo("template.defect.tooManyValues");
        assertThat(defect.arguments()).containsExactly("articles", "AUD-PHY-001", TemplateLoader.MAX_LIST_VALUES + 1,
                TemplateLoader.MAX_LIST_VALUES);
    }

    @Test
    void refusesNineHundredThousandAliasesInOneListWithOneDefect() {
        String yaml = withArticles("[&v \"8\", " + String.join(", ", Collections.nCopies(900_000, "*v")) + "]");

        TemplateDefect defect = assertTimeoutPreemptively(QUICKLY, () -> onlyDefect(load(yaml)));

        assertThat(defect.messageKey()).isEqualTo("template.defect.tooLong");
    }

    @Test
    void refusesBillionLaughsAliasesWithOneDefect() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++) {
            yaml.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*a" + (level - 1)))).append("]\n");
        }

        TemplateDefect defect = assertTimeoutPreemptively(QUICKLY, () -> onlyDefect(load(yaml.toString())));

        assertThat(defect.messageKey()).isEqualTo("template.defect.tooManyAliases");
    }

    @Test
    void refusesDeepNestingWithOneDefect() {
        String yaml = "items: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        TemplateDefect defect = assertTimeoutPreemptively(QUICKLY, () -> onlyDefect(load(yaml)));

        assertThat(defect.messageKey()).isEqualTo("template.defect.tooDeep");
        assertThat(defect.arguments()).containsExactly(TemplateLoader.MAX_NESTING);
    }

    @Test
    void refusesMoreItemsThanATemplateMayHoldWithOneDefect() {
        String items = "items:\n" + "  - x\n".repeat(TemplateLoader.MAX_ITEMS + 1);
        String yaml = TemplateLoaderTest.AUDIT.substring(0, TemplateLoaderTest.AUDIT.indexOf("items:")) + items;

        TemplateDefect defect = assertTimeoutPreemptively(QUICKLY, () -> onlyDefect(load(yaml)));

        assertThat(defect.messageKey()).isEqualTo("template.defect.tooLong");
        assertThat(defect.arguments()).containsExactly(TemplateLoader.MAX_ITEMS);
    }

    @Test
    void stopsAfterAHundredDefectsAndSaysSo() {
        String items = "items:\n" + "  - x\n".repeat(TemplateLoader.MAX_ITEMS);
        String yaml = TemplateLoaderTest.AUDIT.substring(0, TemplateLoaderTest.AUDIT.indexOf("items:")) + items;

        TemplateLoadResult result = load(yaml);

        assertThat(result.defects()).hasSize(TemplateLoader.MAX_DEFECTS + 1);
        assertThat(result.defects().get(TemplateLoader.MAX_DEFECTS).messageKey())
                .isEqualTo("template.defect.tooManyDefects");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void refusesAnEndlessDeviceWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeThat(Files.exists(zero)).isTrue();

        TemplateDefect defect = assertTimeoutPreemptively(QUICKLY, () -> onlyDefect(loader.load(zero)));

        assertThat(defect.messageKey()).isEqualTo("template.defect.notRegularFile");
    }

    @Test
    void refusesAFolder() {
        TemplateDefect defect = onlyDefect(loader.load(folder));

        assertThat(defect.messageKey()).isEqualTo("template.defect.notRegularFile");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void refusesANamedPipeWithoutWaitingForAWriter() throws Exception {
        Path fifo = fifo("pipe.yaml");

        TemplateDefect defect = assertTimeoutPreemptively(QUICKLY, () -> onlyDefect(loader.load(fifo)));

        assertThat(defect.messageKey()).isEqualTo("template.defect.notRegularFile");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void refusesALinkToANamedPipeButFollowsALinkToATemplate() throws Exception {
        Path link = folder.resolve("linked.yaml");
        Files.createSymbolicLink(link, fifo("pipe.yaml"));

        TemplateDefect defect = assertTimeoutPreemptively(QUICKLY, () -> onlyDefect(loader.load(link)));
        assertThat(defect.messageKey()).isEqualTo("template.defect.notRegularFile");

        Path template = Files.writeString(folder.resolve("real.yaml"), TemplateLoaderTest.AUDIT, StandardCharsets.UTF_8);
        Path good = folder.resolve("example-city-audit.yaml");
        Files.createSymbolicLink(good, template);
        assertThat(loader.load(good).defects()).isEmpty();
    }

    @Test
    void refusesALinkThatPointsNowhere() throws IOException {
        Path link = folder.resolve("dangling.yaml");
        Files.createSymbolicLink(link, folder.resolve("gone.yaml"));

        assertThat(onlyDefect(loader.load(link)).messageKey()).isEqualTo("template.defect.notFound");
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = folder.resolve(name);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeThat(e).as("mkfifo is available").isNull();
            throw e;
        }
        assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo worked").isTrue();
        return fifo;
    }
}
