package com.auditworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryStylesheetTest {

    @TempDir
    Path folder;

    /** The build wrote the binary form beside the stylesheet, and it holds the same rules as the CSS it came from. */
    @Test
    void theShippedBinaryStylesheetHoldsTheRulesOfTheCss() throws IOException {
        URL css = Styles.class.getResource(Styles.STYLESHEET);
        URL bss = Styles.class.getResource(Styles.STYLESHEET.replace(".css", ".bss"));
        assertThat(css).isNotNull();
        assertThat(bss).as("workbench.bss written by the build beside workbench.css").isNotNull();

        List<String> parsed = rules(new CssParser().parse(css));
        List<String> binary = rules(Stylesheet.loadBinary(bss));
        assertThat(parsed).hasSizeGreaterThan(10);
        assertThat(binary).containsExactlyElementsOf(parsed);
    }

    @Test
    void anEditedStylesheetIsConvertedAgainAndAFileThatIsNotOneIsRefused() throws IOException {
        Path css = folder.resolve("look.css");
        Files.writeString(css, ".heading { -fx-font-size: 15px; }\n.card { -fx-padding: 8; }\n");
        BinaryStylesheet.main(new String[] {css.toString()});
        Path bss = folder.resolve("look.bss");
        assertThat(rules(Stylesheet.loadBinary(bss.toUri().toURL())))
                .containsExactlyElementsOf(rules(new CssParser().parse(css.toUri().toURL())))
                .hasSize(2);

        Files.writeString(css, ".heading { -fx-font-size: 18px; }\n");
        BinaryStylesheet.main(new String[] {css.toString()});
        assertThat(rules(Stylesheet.loadBinary(bss.toUri().toURL()))).singleElement().asString()
                .contains("-fx-font-size").contains("18.0px");

        assertThatThrownBy(() -> BinaryStylesheet.main(new String[] {folder.resolve("missing.css").toString()}))
                .isInstanceOf(IOException.class).hasMessageContaining("missing.css");
    }

    /** Each rule as its selectors and its declarations with their values (a binary rule decodes them when asked). */
    private static List<String> rules(Stylesheet stylesheet) {
        return stylesheet.getRules().stream().map(BinaryStylesheetTest::describe).toList();
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder(rule.getSelectors().toString()).append(" {");
        for (Declaration declaration : rule.getDeclarations()) {
            text.append(' ').append(declaration.getProperty()).append(": ").append(declaration.getParsedValue())
                    .append(declaration.isImportant() ? " !important" : "").append(';');
        }
        return text.append(" }").toString();
    }
}
