package com.auditworkbench.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Japanese and English bundles hold the same keys, and every key is used somewhere. */
class BundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9.\\-]+)\"");
    private static Set<String> literals;

    @BeforeAll
    static void readSources() throws IOException {
        literals = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".java")) {
                    collect(LITERAL, Files.readString(file));
                } else if (name.endsWith(".fxml")) {
                    collect(FXML_KEY, Files.readString(file));
                }
            }
        }
    }

    private static void collect(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            literals.add(m.group(1));
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> ja = keys("messages.properties");
        Set<String> en = keys("messages_en.properties");
        Set<String> missingInEnglish = new TreeSet<>(ja);
        missingInEnglish.removeAll(en);
        Set<String> missingInJapanese = new TreeSet<>(en);
        missingInJapanese.removeAll(ja);
        assertThat(missingInEnglish).as("keys without English").isEmpty();
        assertThat(missingInJapanese).as("keys without Japanese").isEmpty();
    }

    @Test
    void noValueIsEmpty() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            assertThat(properties.stringPropertyNames()).as(file)
                    .allSatisfy(k -> assertThat(properties.getProperty(k)).as(k).isNotBlank());
        }
    }

    /**
     * A key counts as used when the code names it whole, or names its prefix ("result.") and its last part
     * ("conforming") - the way enums build their keys.
     */
    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>();
        for (String key : keys("messages.properties")) {
            int dot = key.lastIndexOf('.');
            boolean whole = literals.contains(key);
            boolean composed = dot > 0 && literals.contains(key.substring(0, dot + 1))
                    && literals.contains(key.substring(dot + 1));
            if (!whole && !composed) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> known = keys("messages.properties");
        Pattern keyLike = Pattern.compile("(app|common|error|task|file|start|workbench|plan|checklist|finding|export"
                + "|workbook|cli|template)\\.[a-zA-Z]+(\\.[a-zA-Z]+)*");
        Set<String> missing = new TreeSet<>();
        for (String literal : literals) {
            if (keyLike.matcher(literal).matches() && !literal.endsWith(".") && !known.contains(literal)
                    && !isPrefixOfAKey(literal, known)) {
                missing.add(literal);
            }
        }
        assertThat(missing).as("keys the code names that no bundle has").isEmpty();
    }

    private static boolean isPrefixOfAKey(String literal, Set<String> known) {
        return known.stream().anyMatch(k -> k.startsWith(literal + "."));
    }
}
