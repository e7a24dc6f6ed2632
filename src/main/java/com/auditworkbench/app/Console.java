package com.auditworkbench.app;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The terminal's streams, in the terminal's own encoding, or UTF-8 when the output goes to a file or pipe. */
final class Console {

    private Console() {
    }

    static PrintWriter writer(PrintStream stream) {
        java.io.Console console = System.console();
        Charset charset = console != null ? console.charset() : StandardCharsets.UTF_8;
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }
}
