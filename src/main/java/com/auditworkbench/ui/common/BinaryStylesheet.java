package com.auditworkbench.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.Stylesheet;

/**
 * A build step, run by Maven after compiling: writes each given stylesheet's binary form ({@code .bss}) beside it.
 * Asked for {@code workbench.css}, JavaFX loads a {@code workbench.bss} found beside it instead, so a start never
 * runs the CSS parser (in a fresh process its first use cost ~40 ms and ~60 classes before the start screen;
 * docs/decisions/0005). The {@code .css} stays the one source; {@code BinaryStylesheetTest} checks the two agree.
 */
public final class BinaryStylesheet {

    private BinaryStylesheet() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("expected the .css files to convert");
        }
        for (String arg : args) {
            Path css = Path.of(arg);
            if (!Files.isRegularFile(css) || !arg.endsWith(".css")) {
                throw new IOException("not a stylesheet: " + css.toAbsolutePath());
            }
            Stylesheet.convertToBinary(css.toFile(), binaryOf(css).toFile());
        }
    }

    /** Where JavaFX looks for the binary form of {@code css}. */
    static Path binaryOf(Path css) {
        String name = css.getFileName().toString();
        return css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
    }
}
