package com.auditworkbench.installer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private Xvfb for starting the real application window. Xvfb picks a free display itself and writes its number
 * to the descriptor given by -displayfd, so parallel builds never collide on a display.
 */
public final class VirtualDisplay implements AutoCloseable {

    private final Process xvfb;
    private final String display;

    private VirtualDisplay(Process xvfb, String display) {
        this.xvfb = xvfb;
        this.display = display;
    }

    public static VirtualDisplay start() throws IOException {
        Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24",
                "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            xvfb.destroyForcibly();
            throw new IllegalStateException("Xvfb did not start");
        }
        return new VirtualDisplay(xvfb, ":" + number.strip());
    }

    public Map<String, String> environment() {
        return Map.of("DISPLAY", display);
    }

    @Override
    public void close() {
        xvfb.destroy();
        try {
            if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        } catch (InterruptedException e) {
            xvfb.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
