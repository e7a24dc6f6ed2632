package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one rule for every file a command or dialog writes: nothing is ever written over a workbench (a {@code .awb}
 * name, or a file that starts with a workbench's header, reached by any name, link or {@code ..}), into a
 * workbench's evidence folder, over one of the writer's own inputs, or in place of a folder; any other existing
 * file is written over only with the user's consent ({@code --force}, or the save dialog's question). A refusal is
 * decided before anything is written.
 */
public final class OutputTarget {

    private static final String WORKBENCH_EXTENSION = ".awb";
    private static final String EVIDENCE_FOLDER_SUFFIX = ".awb.evidence";
    private static final List<byte[]> WORKBENCH_HEADERS = List.of(
            "AuditWorkbench\n".getBytes(StandardCharsets.US_ASCII),
            "H2encrypt\n".getBytes(StandardCharsets.US_ASCII));

    private final List<Path> inputs;

    private OutputTarget(List<Path> inputs) {
        this.inputs = inputs;
    }

    /** The rule for a writer that reads these files (a workbench, questionnaires, templates): none is written over. */
    public static OutputTarget protecting(Collection<Path> inputs) {
        return new OutputTarget(List.copyOf(inputs));
    }

    public static OutputTarget protecting(Path... inputs) {
        return protecting(Arrays.asList(inputs));
    }

    /**
     * Checks a file about to be written and returns the path to write: the real file an existing link leads to,
     * otherwise the normalised absolute path. {@code overwrite} is the user's consent to replace an ordinary file.
     */
    public Path check(Path target, boolean overwrite) {
        Path absolute = target.toAbsolutePath().normalize();
        Path real = realPath(absolute);
        String shown = target.toString();
        if (isEvidence(absolute) || isEvidence(real)) {
            throw new AuditException("output.refused.evidence", shown);
        }
        if (Files.isDirectory(real)) {
            throw new AuditException("output.refused.folder", shown);
        }
        if (isWorkbenchName(absolute) || isWorkbenchName(real) || startsWithWorkbenchHeader(real)) {
            throw new AuditException("output.refused.workbench", shown);
        }
        if (isInput(absolute, real) || isLinkedEvidence(real)) {
            throw new AuditException("output.refused.input", shown);
        }
        boolean exists = Files.exists(real) || Files.exists(absolute, LinkOption.NOFOLLOW_LINKS);
        if (exists && !overwrite) {
            throw new AuditException("output.refused.exists", shown);
        }
        return real;
    }

    /** Checks a folder files are about to be written into: never a workbench's evidence folder or inside one. */
    public Path checkFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path real = realPath(absolute);
        if (isEvidence(absolute) || isEvidence(real) || isEvidenceFolder(absolute) || isEvidenceFolder(real)) {
            throw new AuditException("output.refused.evidence", folder.toString());
        }
        if (isWorkbenchName(real) || startsWithWorkbenchHeader(real)) {
            throw new AuditException("output.refused.workbench", folder.toString());
        }
        return real;
    }

    /** The file itself when it exists (links followed), else its real folder with its name. */
    private static Path realPath(Path absolute) {
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                return parent.toRealPath().resolve(absolute.getFileName().toString());
            }
        } catch (IOException e) {
            // unresolvable: the path as given is the one judged, and the one the write will fail on
        }
        return absolute;
    }

    private static String lower(Path name) {
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isWorkbenchName(Path path) {
        return lower(path.getFileName()).endsWith(WORKBENCH_EXTENSION);
    }

    private static boolean isEvidenceFolder(Path path) {
        return lower(path.getFileName()).endsWith(EVIDENCE_FOLDER_SUFFIX);
    }

    /** Inside an evidence folder, at any depth. */
    private static boolean isEvidence(Path path) {
        for (Path folder = path.getParent(); folder != null; folder = folder.getParent()) {
            if (isEvidenceFolder(folder)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithWorkbenchHeader(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        byte[] first;
        try (InputStream in = Files.newInputStream(path)) {
            first = in.readNBytes(16);
        } catch (IOException e) {
            return false;
        }
        return WORKBENCH_HEADERS.stream().anyMatch(header -> first.length >= header.length
                && Arrays.equals(first, 0, header.length, header, 0, header.length));
    }

    private boolean isInput(Path absolute, Path real) {
        for (Path input : inputs) {
            Path inputAbsolute = input.toAbsolutePath().normalize();
            if (inputAbsolute.equals(absolute) || realPath(inputAbsolute).equals(real)) {
                return true;
            }
            if (Files.exists(real) && Files.exists(inputAbsolute) && sameFile(real, inputAbsolute)) {
                return true;
            }
        }
        return false;
    }

    /** A hard link, made elsewhere, to a file of an input workbench's evidence folder. */
    private boolean isLinkedEvidence(Path real) {
        if (!Files.isRegularFile(real) || linkCount(real) < 2) {
            return false;
        }
        List<Path> folders = new ArrayList<>();
        for (Path input : inputs) {
            Path absolute = input.toAbsolutePath().normalize();
            Path folder = absolute.resolveSibling(absolute.getFileName() + ".evidence");
            if (Files.isDirectory(folder)) {
                folders.add(folder);
            }
        }
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                if (files.filter(Files::isRegularFile).anyMatch(file -> sameFile(file, real))) {
                    return true;
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                return true;
            }
        }
        return false;
    }

    private static int linkCount(Path file) {
        try {
            return Optional.ofNullable(Files.getAttribute(file, "unix:nlink")).map(n -> (Integer) n).orElse(1);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
