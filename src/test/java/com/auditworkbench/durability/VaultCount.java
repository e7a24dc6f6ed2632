package com.auditworkbench.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of an evidence vault: set aside as orphans, temporary ({@code .part}), and the rest. */
record VaultCount(int orphaned, int temporary, int other) {

    static VaultCount of(Path vault) {
        if (!Files.isDirectory(vault)) {
            return new VaultCount(0, 0, 0);
        }
        try (Stream<Path> walk = Files.walk(vault)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            int orphaned = (int) files.stream().filter(f -> vault.relativize(f).startsWith("orphaned")).count();
            int temporary = (int) files.stream().filter(f -> f.getFileName().toString().endsWith(".part")).count();
            return new VaultCount(orphaned, temporary, files.size() - orphaned - temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return orphaned + "/" + temporary + "/" + other;
    }
}
