package com.auditworkbench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FilePath;
import org.h2.message.DbException;

/**
 * How H2 reaches a workbench file. A path never appears in a connection URL, where H2 would read {@code ;NAME=value}
 * in it as settings (a file named {@code a;INIT=RUNSCRIPT FROM '...'.awb} would run SQL): each open file is
 * registered under a random token, and the URL names only {@code awb:@TOKEN}. This file system maps that name to
 * the real file, maps H2's {@code .mv.db} suffix to {@code .awb}, and hides the cleartext header of a format-2 file
 * ({@link WorkbenchHeader}) behind an {@link OffsetFileChannel}. It works on {@code java.nio} paths itself rather
 * than through H2's disk file system, which reads a backslash as a separator and a leading {@code ~} as the home
 * folder: both are legal in a Linux or macOS file name. Registered once, under the scheme {@value #SCHEME}.
 */
public final class AwbFilePath extends FilePath {

    static final String SCHEME = "awb";
    static final String EXTENSION = ".awb";
    private static final String H2_SUFFIX = ".mv.db";
    private static final String TOKEN_MARK = "@";
    private static final int TOKEN_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, Registration> REGISTERED = new ConcurrentHashMap<>();
    private static volatile boolean registered;

    /** One file known to H2 by an opaque name; closing it forgets the name. */
    static final class Registration implements AutoCloseable {
        private final String token;
        private final String stem;
        private final int headerLength;

        private Registration(String token, String stem, int headerLength) {
            this.token = token;
            this.stem = stem;
            this.headerLength = headerLength;
        }

        /** The database name for a JDBC URL: letters and digits only, whatever the file is called. */
        String databaseName() {
            return SCHEME + ":" + TOKEN_MARK + token;
        }

        @Override
        public void close() {
            REGISTERED.remove(token);
        }
    }

    static synchronized void register() {
        if (!registered) {
            FilePath.register(new AwbFilePath());
            registered = true;
        }
    }

    /** Registers a workbench file whose H2 content begins {@code headerLength} bytes into it. */
    static Registration register(Path workbench, int headerLength) {
        register();
        String path = workbench.toString();
        if (!path.endsWith(EXTENSION)) {
            throw new IllegalArgumentException("not a workbench file name");
        }
        byte[] random = new byte[TOKEN_LENGTH / 2];
        RANDOM.nextBytes(random);
        Registration registration = new Registration(HexFormat.of().formatHex(random),
                path.substring(0, path.length() - EXTENSION.length()), headerLength);
        REGISTERED.put(registration.token, registration);
        return registration;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public AwbFilePath getPath(String path) {
        AwbFilePath p = new AwbFilePath();
        p.name = path;
        return p;
    }

    /**
     * The name of a path H2 reached from a workbench's name (its folder, a file in it). Such names are never turned
     * back into a workbench's token: only the name that was registered opens a workbench, with its header. A
     * backslash and a percent sign are escaped, because H2 reads a backslash in a name as a separator.
     */
    private static AwbFilePath of(Path real) {
        AwbFilePath p = new AwbFilePath();
        p.name = SCHEME + ":" + real.toString().replace("%", "%25").replace("\\", "%5C");
        return p;
    }

    /** The real file this name stands for. */
    Path real() {
        String path = name.substring(SCHEME.length() + 1);
        if (!path.startsWith(TOKEN_MARK)) {
            return Path.of(path.replace("%5C", "\\").replace("%25", "%"));
        }
        Registration registration = registrationOf(path);
        String rest = path.substring(TOKEN_MARK.length() + TOKEN_LENGTH);
        return Path.of(registration.stem + (rest.equals(H2_SUFFIX) ? EXTENSION : rest));
    }

    private static Registration registrationOf(String path) {
        String token = path.length() >= TOKEN_MARK.length() + TOKEN_LENGTH
                ? path.substring(TOKEN_MARK.length(), TOKEN_MARK.length() + TOKEN_LENGTH) : "";
        Registration registration = REGISTERED.get(token);
        if (registration == null) {
            throw new IllegalArgumentException("No workbench is registered under this name");
        }
        return registration;
    }

    /** The header length when this is a workbench's database file itself, else 0. */
    private int headerLength() {
        String path = name.substring(SCHEME.length() + 1);
        if (!path.startsWith(TOKEN_MARK) || !path.endsWith(H2_SUFFIX)
                || path.length() != TOKEN_MARK.length() + TOKEN_LENGTH + H2_SUFFIX.length()) {
            return 0;
        }
        return registrationOf(path).headerLength;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        List<OpenOption> options = new ArrayList<>();
        options.add(StandardOpenOption.READ);
        if (mode.startsWith("rw")) {
            options.add(StandardOpenOption.WRITE);
            options.add(StandardOpenOption.CREATE);
        }
        if (mode.equals("rws")) {
            options.add(StandardOpenOption.SYNC);
        } else if (mode.equals("rwd")) {
            options.add(StandardOpenOption.DSYNC);
        }
        FileChannel channel = FileChannel.open(real(), options.toArray(OpenOption[]::new));
        int header = headerLength();
        return header == 0 ? channel : new OffsetFileChannel(channel, header);
    }

    @Override
    public long size() {
        try {
            return Math.max(0, Files.size(real()) - headerLength());
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void moveTo(FilePath newName, boolean atomicReplace) {
        Path target = ((AwbFilePath) newName).real();
        try {
            if (atomicReplace) {
                Files.move(real(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(real(), target);
            }
        } catch (IOException e) {
            throw DbException.convertIOException(e, "move " + name + " to " + newName.toString());
        }
    }

    @Override
    public boolean createFile() {
        try {
            Files.createFile(real());
            return true;
        } catch (IOException e) {
            return false; // already there, or not creatable: H2 asks again or fails on opening
        }
    }

    @Override
    public boolean exists() {
        return Files.exists(real());
    }

    @Override
    public void delete() {
        try {
            Files.deleteIfExists(real());
        } catch (IOException e) {
            throw DbException.convertIOException(e, "delete " + name);
        }
    }

    @Override
    public List<FilePath> newDirectoryStream() {
        try (Stream<Path> children = Files.list(real())) {
            return children.map(child -> (FilePath) of(child)).toList();
        } catch (IOException e) {
            throw DbException.convertIOException(e, "list " + name);
        }
    }

    @Override
    public FilePath toRealPath() {
        // A workbench's own name is already absolute; resolving it would lose the registration.
        return name.startsWith(SCHEME + ":" + TOKEN_MARK) ? getPath(name) : of(real().toAbsolutePath().normalize());
    }

    @Override
    public FilePath getParent() {
        Path parent = real().getParent();
        return parent == null ? null : of(parent);
    }

    @Override
    public boolean isDirectory() {
        return Files.isDirectory(real());
    }

    @Override
    public boolean isRegularFile() {
        return Files.isRegularFile(real());
    }

    @Override
    public boolean isAbsolute() {
        return real().isAbsolute();
    }

    @Override
    public long lastModified() {
        try {
            return Files.getLastModifiedTime(real()).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public boolean canWrite() {
        return Files.isWritable(real());
    }

    @Override
    public void createDirectory() {
        try {
            Files.createDirectories(real());
        } catch (IOException e) {
            throw DbException.convertIOException(e, "create " + name);
        }
    }

    @Override
    public boolean setReadOnly() {
        return real().toFile().setReadOnly();
    }

    @Override
    public FilePath createTempFile(String suffix, boolean inTempDir) throws IOException {
        Path real = real();
        Path folder = inTempDir ? Path.of(System.getProperty("java.io.tmpdir")) : real.toAbsolutePath().getParent();
        return of(Files.createTempFile(folder, real.getFileName() + ".", suffix));
    }
}
