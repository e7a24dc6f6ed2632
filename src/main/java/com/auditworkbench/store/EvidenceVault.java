package com.auditworkbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence vault: a folder beside the workbench file ({@code NAME.awb} → {@code NAME.awb.evidence/}) holding
 * each distinct evidence file once, encrypted with AES-256-GCM under a random data key that lives inside the
 * encrypted workbench (docs/decisions/0008).
 *
 * <p>An encrypted entry (format 2) is a header (magic with the format version, segment size, random entry id), the
 * content in segments of {@value #SEGMENT} bytes, each with its own random nonce and tag, and an end block that
 * holds the content's SHA-256, its length and the number of segments. The whole header, the segment's index and a
 * last-segment flag are authenticated with every segment, the header with the end block; a pack ends with a block
 * that authenticates the pack's name and length. A reader names the content it expects (the record's hash) and
 * gets it or a {@link DamagedException} before the first byte: a swapped, truncated, reordered, spliced or
 * lengthened file, or an edited header, never reads as something else. Keys for encryption and for names are
 * derived from the data key with HKDF. Files of {@value #LOOSE} bytes and more are loose files named HMAC-SHA-256
 * of their content hash (the folder does not tell whether a known file is held); smaller files go into one pack per
 * intake. Entries of format 1 (written before format 2; the data key used directly, no end blocks) are still read,
 * and checked against the expected hash in full before a byte is handed out.
 *
 * <p>Writing is crash-safe: an intake ({@link Batch}) writes temporary files only, then forces them to disk and
 * renames them into place; only then are their records committed. Temporary files and files no record refers to,
 * left by a crash, are swept when the workbench is opened.
 */
public final class EvidenceVault {

    static final int SEGMENT = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceVault.class);
    private static final byte[] MAGIC = "AWBEVD1\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAGIC_2 = "AWBEVD2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FILE_ID = 16;
    private static final int HEADER = MAGIC.length + 4 + FILE_ID;
    private static final int NONCE = 12;
    private static final int TAG = 16;
    /** An entry's end block: SHA-256 of the content, its length and its number of segments, sealed. */
    static final int ENTRY_END = NONCE + 32 + 8 + 8 + TAG;
    /** A pack's end block: the length of its entries, sealed with the pack's name. */
    static final int PACK_END = NONCE + 8 + TAG;
    private static final byte[] END_LABEL = "end".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PACK_LABEL = "AWBPACK2".getBytes(StandardCharsets.US_ASCII);
    private static final String PART = ".part";
    private static final String SUFFIX = ".awbe";
    private static final String PACKS = "packs";
    private static final String PACK_SUFFIX = ".awbp";
    /** Files below this size are read whole and go into the batch's pack. */
    static final int LOOSE = 4 << 20;
    private static final String ORPHANED = "orphaned";
    /**
     * How many files {@code orphaned/} keeps: the newest, enough to put back the files of a few newer intakes after a
     * user opened an older copy of the workbench, while the files of intakes a crash interrupted, each swept aside
     * once, do not pile up over a file's life (decision 0014).
     */
    public static final int ORPHANS_KEPT = 100;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ExecutorService WRITERS = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "awb-evidence-writer");
        thread.setDaemon(true);
        return thread;
    });

    private final Path folder;
    /** Format 1 used the data key itself to encrypt and to name; kept to read what it wrote. */
    private final SecretKeySpec legacyKey;
    private final SecretKeySpec encryptionKey;
    private final byte[] namingKey;

    public EvidenceVault(Path folder, byte[] dataKey) {
        if (dataKey.length != 32) {
            throw new IllegalArgumentException("The vault key is 256 bits");
        }
        this.folder = folder;
        this.legacyKey = new SecretKeySpec(dataKey, "AES");
        this.encryptionKey = new SecretKeySpec(Hkdf.derive(dataKey, "awb evidence vault 2: encryption"), "AES");
        this.namingKey = Hkdf.derive(dataKey, "awb evidence vault 2: names");
    }

    /** The vault folder of a workbench file: beside it, named after it. */
    public static Path folderFor(Path workbenchFile) {
        Path file = workbenchFile.toAbsolutePath().normalize();
        return file.resolveSibling(file.getFileName() + ".evidence");
    }

    /** A fresh random data key, made once per workbench. */
    public static byte[] newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Where a batch put (or found) one file's bytes. {@code ref} is a loose file's HMAC name, or
     * {@code p/PACK/OFFSET/LENGTH} for a file inside a batch's pack; {@code reused} when the vault already held
     * the same content and nothing was written for it.
     */
    public record Staged(String sha256, long size, String ref, boolean reused) {
    }

    /** Raised when a source file's size changed while it was read. */
    public static final class SourceChangedException extends IOException {
        private static final long serialVersionUID = 1L;

        SourceChangedException(String message) {
            super(message);
        }
    }

    /** Starts a batch: files are added to temporary files and appear in the vault only on {@link Batch#commit()}. */
    public Batch batch(java.util.function.Function<String, java.util.Optional<String>> knownRef) {
        return new Batch(knownRef);
    }

    /**
     * Where a file of a batch goes, settled once its hash is known: at once for a large file, by the batch's hashing
     * thread for a small one. {@link #get()} waits for it.
     */
    public static final class Pending {
        private final java.util.concurrent.CompletableFuture<Staged> result;
        private final SmallFiles stages;

        private Pending(java.util.concurrent.CompletableFuture<Staged> result, SmallFiles stages) {
            this.result = result;
            this.stages = stages;
        }

        static Pending done(Staged staged) {
            return new Pending(java.util.concurrent.CompletableFuture.completedFuture(staged), null);
        }

        public Staged get() throws IOException {
            while (true) {
                try {
                    return result.get(100, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    if (stages != null) {
                        stages.throwIfFailed();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while storing evidence", e);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                }
            }
        }
    }

    /**
     * One intake. Files under {@value #LOOSE} bytes are read into pooled buffers by the caller, hashed (and checked
     * against what is held) by one thread and encrypted and appended to the batch's one pack file by another: three
     * stages at once, with no allocation per file. Larger files are streamed once into their own temporary file.
     * While files are written, a background force gets the bytes to disk early; {@link #commit()} forces what is
     * left of every temporary file, renames it into place and forces the folders: one commit per intake instead of
     * one per screenshot. {@link #close()} removes whatever was not committed; {@link #rollback()} takes back what
     * a commit placed when the records could not be saved.
     */
    public final class Batch implements AutoCloseable {
        private final java.util.function.Function<String, java.util.Optional<String>> knownRef;
        private final Map<String, String> added = new java.util.concurrent.ConcurrentHashMap<>();
        private final List<Path> looseTemporaries = new ArrayList<>();
        private final List<String> looseRefs = new ArrayList<>();
        private final List<Path> placed = new ArrayList<>();
        private final Flusher flusher = new Flusher();
        private SmallFiles small;
        private boolean committed;

        private Batch(java.util.function.Function<String, java.util.Optional<String>> knownRef) {
            this.knownRef = knownRef;
        }

        public Pending add(Path source, long expectedSize, LongConsumer bytesRead, BooleanSupplier cancelled)
                throws IOException {
            if (expectedSize < LOOSE) {
                SmallFiles stages = smallFiles();
                byte[] buffer = stages.buffer();
                try {
                    int n;
                    try (InputStream in = Files.newInputStream(source)) {
                        n = in.readNBytes(buffer, 0, (int) expectedSize);
                        if (n != expectedSize || in.read() >= 0) {
                            throw new SourceChangedException(source + " changed size from " + expectedSize);
                        }
                    }
                    if (!Files.exists(source)) {
                        throw new NoSuchFileException(source.toString());
                    }
                    bytesRead.accept(n);
                    Pending pending = stages.submit(buffer, n, true);
                    buffer = null;
                    return pending;
                } finally {
                    if (buffer != null) {
                        stages.release(buffer);
                    }
                }
            }
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "intake-", PART);
            looseTemporaries.add(temporary);
            String sha;
            long size;
            try (InputStream in = Files.newInputStream(source);
                    FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                byte[] header = newHeader();
                writeFully(out, ByteBuffer.wrap(header));
                MessageDigest digest = sha256();
                try {
                    size = pipeline(in, out, digest, header, bytesRead, cancelled, flusher);
                } finally {
                    flusher.await();
                }
                byte[] hash = digest.digest();
                sha = HexFormat.of().formatHex(hash);
                writeFully(out, ByteBuffer.wrap(entryEnd(header, hash, size, segmentsOf(size))));
            }
            if (size != expectedSize) {
                throw new SourceChangedException(source + " changed from " + expectedSize + " to " + size);
            }
            if (!Files.exists(source)) {
                throw new NoSuchFileException(source.toString());
            }
            java.util.Optional<String> known = known(sha);
            if (known.isPresent()) {
                Files.deleteIfExists(temporary);
                looseTemporaries.remove(temporary);
                return Pending.done(new Staged(sha, size, known.get(), true));
            }
            String ref = refFor(sha);
            if (Files.isRegularFile(pathOf(ref))) {
                // Held by a record of another workbench state (an orphan swept back is not reused): replace.
                LOG.debug("Vault file {} exists without a record; it is rewritten", ref);
            }
            looseRefs.add(ref);
            added.put(sha, ref);
            return Pending.done(new Staged(sha, size, ref, false));
        }

        /** Adds bytes made in memory (generators, the sample); they go into the pack whatever their size. */
        public Pending add(byte[] bytes) throws IOException {
            return smallFiles().submit(bytes, bytes.length, false);
        }

        private java.util.Optional<String> known(String sha) {
            String inBatch = added.get(sha);
            return inBatch != null ? java.util.Optional.of(inBatch) : knownRef.apply(sha);
        }

        private SmallFiles smallFiles() throws IOException {
            if (small == null) {
                Files.createDirectories(folder.resolve(PACKS));
                byte[] name = new byte[16];
                RANDOM.nextBytes(name);
                String packName = HexFormat.of().formatHex(name);
                Path temporary = Files.createTempFile(folder, "pack-", PART);
                small = new SmallFiles(packName, temporary, FileChannel.open(temporary, StandardOpenOption.WRITE),
                        this::known, added, flusher);
            }
            return small;
        }

        /** Forces every new file to disk, renames it into place, forces the folders. */
        public void commit() throws IOException {
            if (small != null) {
                small.finish();
            }
            flusher.await();
            Set<Path> folders = new java.util.HashSet<>();
            if (small != null && small.packOffset == 0) {
                // Every small file was held already: no pack.
                small.pack.close();
                Files.deleteIfExists(small.temporary);
            } else if (small != null) {
                small.pack.force(true);
                small.pack.close();
                Path target = folder.resolve(PACKS).resolve(small.packName + PACK_SUFFIX);
                move(small.temporary, target);
                placed.add(target);
                folders.add(target.getParent());
            }
            for (int i = 0; i < looseTemporaries.size(); i++) {
                Path temporary = looseTemporaries.get(i);
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                Path target = pathOf(looseRefs.get(i));
                Files.createDirectories(target.getParent());
                move(temporary, target);
                placed.add(target);
                folders.add(target.getParent());
            }
            folders.add(folder);
            folders.forEach(EvidenceVault::forceDirectory);
            committed = true;
        }

        /** Takes back what {@link #commit()} placed, when the records that would refer to it were not saved. */
        public void rollback() {
            for (Path p : placed) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Evidence file {} could not be removed; it is swept at the next open", p, e);
                }
            }
        }

        @Override
        public void close() {
            if (small != null) {
                small.stop();
            }
            flusher.await();
            if (!committed) {
                List<Path> temporaries = new ArrayList<>(looseTemporaries);
                if (small != null) {
                    temporaries.add(small.temporary);
                }
                for (Path t : temporaries) {
                    try {
                        Files.deleteIfExists(t);
                    } catch (IOException e) {
                        LOG.warn("Temporary evidence file {} could not be removed; it is swept at the next open", t, e);
                    }
                }
            }
        }
    }

    /** A small file on its way through the stages; {@code length < 0} ends the stream. */
    private record SmallJob(byte[] data, int length, boolean pooled, java.util.concurrent.CompletableFuture<Staged> result,
            byte[] sha) {
    }

    private static final SmallJob END = new SmallJob(null, -1, false, null, null);
    private static final int POOL = 8;

    /** The hashing and the pack-writing stage of a batch's small files, and the pool of buffers they come in. */
    private final class SmallFiles {
        final String packName;
        final Path temporary;
        final FileChannel pack;
        private final java.util.function.Function<String, java.util.Optional<String>> known;
        private final Map<String, String> added;
        private final Flusher flusher;
        private final BlockingQueue<SmallJob> toHash = new ArrayBlockingQueue<>(POOL);
        private final BlockingQueue<SmallJob> toWrite = new ArrayBlockingQueue<>(POOL);
        private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(POOL);
        private int buffers;
        /** Written by the hashing thread only; read after it has finished. */
        private long packOffset;
        private final Future<Void> hasher;
        private final Future<Void> writer;

        SmallFiles(String packName, Path temporary, FileChannel pack,
                java.util.function.Function<String, java.util.Optional<String>> known, Map<String, String> added,
                Flusher flusher) {
            this.packName = packName;
            this.temporary = temporary;
            this.pack = pack;
            this.known = known;
            this.added = added;
            this.flusher = flusher;
            this.hasher = WRITERS.submit(this::hashAll);
            this.writer = WRITERS.submit(this::writeAll);
        }

        /** A buffer of {@value #LOOSE} bytes from the pool; a new one while fewer than {@value #POOL} exist. */
        byte[] buffer() throws IOException {
            byte[] b = free.poll();
            if (b != null) {
                return b;
            }
            if (buffers < POOL) {
                buffers++;
                return new byte[LOOSE];
            }
            while (true) {
                try {
                    b = free.poll(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while storing evidence", e);
                }
                if (b != null) {
                    return b;
                }
                throwIfFailed();
            }
        }

        void release(byte[] buffer) {
            free.offer(buffer);
        }

        Pending submit(byte[] data, int length, boolean pooled) throws IOException {
            var result = new java.util.concurrent.CompletableFuture<Staged>();
            offer(toHash, new SmallJob(data, length, pooled, result, null));
            return new Pending(result, this);
        }

        private void offer(BlockingQueue<SmallJob> queue, SmallJob job) throws IOException {
            try {
                while (!queue.offer(job, 100, TimeUnit.MILLISECONDS)) {
                    throwIfFailed();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while storing evidence", e);
            }
        }

        void throwIfFailed() throws IOException {
            for (Future<Void> stage : List.of(hasher, writer)) {
                if (stage.isDone()) {
                    try {
                        stage.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("Interrupted while storing evidence", e);
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                    } catch (java.util.concurrent.CancellationException e) {
                        throw new IOException("Evidence intake stopped", e);
                    }
                }
            }
        }

        private Void hashAll() throws Exception {
            MessageDigest digest = sha256();
            while (true) {
                SmallJob job = toHash.take();
                if (job.length < 0) {
                    toWrite.put(END);
                    return null;
                }
                digest.update(job.data, 0, job.length);
                byte[] hash = digest.digest();
                String sha = HexFormat.of().formatHex(hash);
                java.util.Optional<String> held = known.apply(sha);
                if (held.isPresent()) {
                    job.result.complete(new Staged(sha, job.length, held.get(), true));
                    if (job.pooled) {
                        release(job.data);
                    }
                    continue;
                }
                long segments = Math.max(1, (job.length + (long) SEGMENT - 1) / SEGMENT);
                long length = HEADER + segments * (NONCE + TAG) + job.length + ENTRY_END;
                String ref = "p2/" + packName + "/" + packOffset + "/" + length;
                packOffset += length;
                added.put(sha, ref);
                job.result.complete(new Staged(sha, job.length, ref, false));
                toWrite.put(new SmallJob(job.data, job.length, job.pooled, job.result, hash));
            }
        }

        private Void writeAll() throws Exception {
            Cipher cipher = cipher();
            byte[] output = new byte[NONCE + SEGMENT + TAG];
            while (true) {
                SmallJob job = toWrite.take();
                if (job.length < 0) {
                    return null;
                }
                byte[] header = newHeader();
                writeFully(pack, ByteBuffer.wrap(header));
                int segments = Math.max(1, (job.length + SEGMENT - 1) / SEGMENT);
                for (int i = 0; i < segments; i++) {
                    int from = i * SEGMENT;
                    int length = Math.min(SEGMENT, job.length - from);
                    int n = encryptInto(cipher, header, i, i == segments - 1, job.data, from, length, output);
                    writeFully(pack, ByteBuffer.wrap(output, 0, n));
                    flusher.wrote(pack, n);
                }
                writeFully(pack, ByteBuffer.wrap(entryEnd(header, job.sha, job.length, segments)));
                if (job.pooled) {
                    release(job.data);
                }
            }
        }

        /** Ends the stream and waits for both stages; the pack then holds exactly what was assigned. */
        void finish() throws IOException {
            offer(toHash, END);
            try {
                hasher.get();
                writer.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while writing evidence", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
            if (packOffset > 0) {
                writeFully(pack, ByteBuffer.wrap(packEnd(packName, packOffset)));
            }
            long expected = packOffset == 0 ? 0 : packOffset + PACK_END;
            if (pack.size() != expected) {
                throw new IOException("Evidence pack has " + pack.size() + " bytes, expected " + expected);
            }
        }

        /** Stops both stages (a cancelled or failed intake) and closes the pack. */
        void stop() {
            hasher.cancel(true);
            writer.cancel(true);
            try {
                writer.get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.debug("Evidence writer stopped", e);
            }
            try {
                pack.close();
            } catch (IOException e) {
                LOG.debug("Pack channel close", e);
            }
        }
    }

    /**
     * Starts writing a batch's bytes to disk while the intake goes on: after every {@value #FLUSH_EVERY} bytes
     * written to a file, a background force of that file, one at a time. With plenty of memory the page cache
     * would otherwise hold a whole gigabyte until the commit's force, which then waits for the disk with nothing
     * else to do. Only the commit's own force (of what is left) makes the batch durable, as before.
     */
    private static final class Flusher {
        private long pending;
        private Future<?> running;

        /** Called by the thread that wrote {@code bytes} more to {@code channel}. */
        synchronized void wrote(FileChannel channel, long bytes) {
            pending += bytes;
            if (pending >= FLUSH_EVERY && (running == null || running.isDone())) {
                pending = 0;
                running = WRITERS.submit(() -> {
                    try {
                        channel.force(false);
                    } catch (IOException e) {
                        // The commit forces again and reports; a closed channel only ends this early start.
                        LOG.debug("Early force of an evidence file", e);
                    }
                });
            }
        }

        /** Waits for the force in progress, so its channel may be closed. */
        void await() {
            Future<?> current;
            synchronized (this) {
                current = running;
                pending = 0;
            }
            if (current == null) {
                return;
            }
            try {
                current.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                LOG.debug("Early force of an evidence file", e);
            }
        }
    }

    static final long FLUSH_EVERY = 32L << 20;

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A format 2 header: magic with the version, segment size, random entry id. */
    private static byte[] newHeader() {
        byte[] fileId = new byte[FILE_ID];
        RANDOM.nextBytes(fileId);
        return ByteBuffer.allocate(HEADER).put(MAGIC_2).putInt(SEGMENT).put(fileId).array();
    }

    private static long segmentsOf(long size) {
        return (size + SEGMENT - 1) / SEGMENT;
    }

    /** The sealed end of an entry: what the content is (its SHA-256), how long, in how many segments. */
    private byte[] entryEnd(byte[] header, byte[] sha, long size, long segments) throws IOException {
        byte[] plain = ByteBuffer.allocate(32 + 8 + 8).put(sha).putLong(size).putLong(segments).array();
        return seal(plain, concat(header, END_LABEL));
    }

    /** The sealed end of a pack: its name and the length of its entries, so lengthening or cutting it shows. */
    private byte[] packEnd(String packName, long entriesLength) throws IOException {
        return seal(ByteBuffer.allocate(8).putLong(entriesLength).array(), packAad(packName));
    }

    private static byte[] packAad(String packName) {
        return concat(PACK_LABEL, packName.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private byte[] seal(byte[] plain, byte[] aad) throws IOException {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG * 8, nonce));
            cipher.updateAAD(aad);
            return concat(nonce, cipher.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IOException("Evidence end block could not be encrypted", e);
        }
    }

    private byte[] unseal(byte[] sealed, byte[] aad, String what) throws DamagedException {
        try {
            Cipher cipher = cipher();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG * 8, sealed, 0, NONCE));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException | IOException e) {
            throw new DamagedException(what + " does not authenticate", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** One reader/hasher (this thread) hands full segments to one encryptor/writer; buffers are reused. */
    private long pipeline(InputStream in, FileChannel out, MessageDigest sha, byte[] header, LongConsumer bytesRead,
            BooleanSupplier cancelled, Flusher flusher) throws IOException {
        byte[] current = new byte[SEGMENT];
        int currentLength = in.readNBytes(current, 0, SEGMENT);
        if (currentLength <= 0) {
            return 0;
        }
        byte[] next = new byte[SEGMENT];
        int nextLength = in.readNBytes(next, 0, SEGMENT);
        if (nextLength <= 0) {
            // One segment: no second thread worth starting.
            sha.update(current, 0, currentLength);
            bytesRead.accept(currentLength);
            writeFully(out, ByteBuffer.wrap(encrypt(cipher(), header, 0, true, current, currentLength)));
            return currentLength;
        }
        BlockingQueue<Segment> full = new ArrayBlockingQueue<>(4);
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(6);
        for (int i = 0; i < 3; i++) {
            free.add(new byte[SEGMENT]);
        }
        Future<Void> writer = WRITERS.submit(() -> {
            Cipher cipher = cipher();
            byte[] output = new byte[NONCE + SEGMENT + TAG];
            while (true) {
                Segment s = full.take();
                if (s.data == null) {
                    return null;
                }
                int n = encryptInto(cipher, header, s.index, s.last, s.data, s.length, output);
                writeFully(out, ByteBuffer.wrap(output, 0, n));
                flusher.wrote(out, n);
                free.put(s.data);
            }
        });
        long total = 0;
        long index = 0;
        try {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException();
                }
                sha.update(current, 0, currentLength);
                total += currentLength;
                bytesRead.accept(total);
                boolean last = nextLength <= 0;
                put(full, new Segment(index++, last, current, currentLength), writer);
                if (last) {
                    break;
                }
                current = next;
                currentLength = nextLength;
                next = take(free, writer);
                nextLength = in.readNBytes(next, 0, SEGMENT);
            }
            put(full, new Segment(-1, true, null, 0), writer);
            writer.get();
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.cancel(true);
            throw new IOException("Interrupted while writing evidence", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (RuntimeException | IOException e) {
            writer.cancel(true);
            throw e;
        }
    }

    private record Segment(long index, boolean last, byte[] data, int length) {
    }

    private static void put(BlockingQueue<Segment> queue, Segment s, Future<Void> writer)
            throws InterruptedException, ExecutionException {
        while (!queue.offer(s, 100, TimeUnit.MILLISECONDS)) {
            if (writer.isDone()) {
                writer.get();
                throw new ExecutionException(new IOException("Evidence writer stopped"));
            }
        }
    }

    private static byte[] take(BlockingQueue<byte[]> queue, Future<Void> writer)
            throws InterruptedException, ExecutionException {
        while (true) {
            byte[] b = queue.poll(100, TimeUnit.MILLISECONDS);
            if (b != null) {
                return b;
            }
            if (writer.isDone()) {
                writer.get();
                throw new ExecutionException(new IOException("Evidence writer stopped"));
            }
        }
    }

    private Cipher cipher() throws IOException {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM is part of every Java runtime", e);
        }
    }

    private byte[] encrypt(Cipher cipher, byte[] header, long index, boolean last, byte[] data, int length)
            throws IOException {
        byte[] output = new byte[NONCE + length + TAG];
        int n = encryptInto(cipher, header, index, last, data, 0, length, output);
        return Arrays.copyOf(output, n);
    }

    private int encryptInto(Cipher cipher, byte[] header, long index, boolean last, byte[] data, int length,
            byte[] output) throws IOException {
        return encryptInto(cipher, header, index, last, data, 0, length, output);
    }

    /** Encrypts one segment of a format 2 entry; its header, index and last flag are authenticated with it. */
    private int encryptInto(Cipher cipher, byte[] header, long index, boolean last, byte[] data, int offset,
            int length, byte[] output) throws IOException {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG * 8, nonce));
            cipher.updateAAD(segmentAad(header, index, last));
            System.arraycopy(nonce, 0, output, 0, NONCE);
            // In chunks: the JIT replaces GCM's Java loops with AES-NI/CLMUL code only in calls made from compiled
            // code, and a few hundred 1 MiB calls never get there; calls of 4 KiB do within the first megabytes.
            int written = NONCE;
            int position = offset;
            int end = offset + length;
            while (end - position > ENCRYPT_CHUNK) {
                written += cipher.update(data, position, ENCRYPT_CHUNK, output, written);
                position += ENCRYPT_CHUNK;
            }
            return written + cipher.doFinal(data, position, end - position, output, written);
        } catch (GeneralSecurityException e) {
            throw new IOException("Evidence segment could not be encrypted", e);
        }
    }

    private static final int ENCRYPT_CHUNK = 4 * 1024;

    /** Format 1: the file id, the index and the last flag. */
    private static byte[] legacyAad(byte[] fileId, long index, boolean last) {
        return ByteBuffer.allocate(FILE_ID + 8 + 1).put(fileId).putLong(index).put((byte) (last ? 1 : 0)).array();
    }

    /** Format 2: the whole header (version, segment size, entry id), the index and the last flag. */
    private static byte[] segmentAad(byte[] header, long index, boolean last) {
        return ByteBuffer.allocate(HEADER + 8 + 1).put(header).putLong(index).put((byte) (last ? 1 : 0)).array();
    }

    private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    /** The vault name of content with this SHA-256: HMAC under the naming key, never the plain hash. */
    public String refFor(String sha256) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(namingKey, "HmacSHA256"));
            mac.update("evidence-name/v2\n".getBytes(StandardCharsets.US_ASCII));
            return LOOSE_2 + HexFormat.of().formatHex(mac.doFinal(sha256.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Loose references of format 2 carry the version; those of format 1 are the bare name. */
    private static final String LOOSE_2 = "l2/";
    private static final Pattern LOOSE_REF = Pattern.compile("(l2/)?([0-9a-f]{64})");

    Path pathOf(String ref) {
        Matcher m = LOOSE_REF.matcher(ref);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a loose vault reference: " + ref);
        }
        String name = m.group(2);
        return folder.resolve(name.substring(0, 2)).resolve(name + SUFFIX);
    }

    private static final Pattern PACK_REF = Pattern.compile("p(2?)/([0-9a-f]{32})/(\\d+)/(\\d+)");

    /** The file a reference's bytes are in (a loose file, or the pack holding them). */
    public Path fileOf(String ref) {
        Matcher m = PACK_REF.matcher(ref);
        if (m.matches()) {
            return folder.resolve(PACKS).resolve(m.group(2) + PACK_SUFFIX);
        }
        return pathOf(ref);
    }

    /** The byte range of a reference inside {@link #fileOf}: offset and length (the whole file when loose). */
    public long[] rangeOf(String ref) throws IOException {
        Matcher m = PACK_REF.matcher(ref);
        if (m.matches()) {
            return new long[] {Long.parseLong(m.group(3)), Long.parseLong(m.group(4))};
        }
        return new long[] {0, Files.size(pathOf(ref))};
    }

    /** The format a reference was written in: 2 when it names its version, else 1. */
    static int formatOf(String ref) {
        Matcher pack = PACK_REF.matcher(ref);
        if (pack.matches()) {
            return pack.group(1).isEmpty() ? 1 : 2;
        }
        return ref.startsWith(LOOSE_2) ? 2 : 1;
    }

    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("Folder {} cannot be forced on this system", directory, e);
        }
    }

    /**
     * The decrypted content of a reference, read segment by segment, which must be the content with the SHA-256
     * its record expects. Anything else (another entry swapped in, a file cut, lengthened, reordered or spliced, an
     * edited header) fails with {@link DamagedException}: for format 2 before the first byte, from the sealed end
     * blocks; for format 1, which has none, after the whole entry has been decrypted and hashed once.
     */
    public InputStream open(String ref, String expectedSha256) throws IOException {
        java.util.Objects.requireNonNull(expectedSha256, "expectedSha256");
        if (formatOf(ref) == 2) {
            return openFormat2(ref, expectedSha256);
        }
        String actual = hash(openFormat1(ref), n -> { }, () -> false);
        if (!actual.equals(expectedSha256)) {
            throw new DamagedException("Vault entry " + ref + " does not hold the content its record expects", null);
        }
        return openFormat1(ref);
    }

    private InputStream openFormat1(String ref) throws IOException {
        Matcher m = PACK_REF.matcher(ref);
        if (!m.matches()) {
            Path loose = pathOf(ref);
            return new DecryptingStream(Files.newInputStream(loose), Files.size(loose));
        }
        Path packFile = fileOf(ref);
        long offset = Long.parseLong(m.group(3));
        long length = Long.parseLong(m.group(4));
        FileChannel channel = FileChannel.open(packFile, StandardOpenOption.READ);
        if (channel.size() < offset + length) {
            channel.close();
            throw new DamagedException("Evidence pack " + m.group(2) + " is cut short", null);
        }
        channel.position(offset);
        InputStream raw = java.nio.channels.Channels.newInputStream(channel);
        return new DecryptingStream(new BoundedStream(raw, length), length);
    }

    private InputStream openFormat2(String ref, String expectedSha256) throws IOException {
        Matcher pack = PACK_REF.matcher(ref);
        FileChannel channel = FileChannel.open(fileOf(ref), StandardOpenOption.READ);
        try {
            long offset = 0;
            long length = channel.size();
            if (pack.matches()) {
                offset = Long.parseLong(pack.group(3));
                length = Long.parseLong(pack.group(4));
                checkPackEnd(channel, pack.group(2), offset + length);
            }
            if (length < HEADER + ENTRY_END) {
                throw new DamagedException("Vault entry " + ref + " is too short", null);
            }
            byte[] header = readAt(channel, offset, HEADER);
            ByteBuffer h = ByteBuffer.wrap(header);
            byte[] magic = new byte[MAGIC_2.length];
            h.get(magic);
            int segmentSize = h.getInt();
            if (!Arrays.equals(magic, MAGIC_2) || segmentSize <= 0 || segmentSize > (64 << 20)) {
                throw new DamagedException("Vault entry " + ref + " has no format 2 header", null);
            }
            ByteBuffer end = ByteBuffer.wrap(unseal(readAt(channel, offset + length - ENTRY_END, ENTRY_END),
                    concat(header, END_LABEL), "The end of vault entry " + ref));
            byte[] sha = new byte[32];
            end.get(sha);
            long size = end.getLong();
            long segments = end.getLong();
            if (!HexFormat.of().formatHex(sha).equals(expectedSha256)) {
                throw new DamagedException("Vault entry " + ref + " does not hold the content its record expects",
                        null);
            }
            long expectedSegments = (size + segmentSize - 1) / segmentSize;
            boolean countFits = segments == expectedSegments || (size == 0 && segments == 1);
            if (!countFits || length != HEADER + segments * (NONCE + TAG) + size + ENTRY_END) {
                throw new DamagedException("Vault entry " + ref + " is not as long as its end says", null);
            }
            channel.position(offset + HEADER);
            InputStream body = new BoundedStream(java.nio.channels.Channels.newInputStream(channel),
                    length - HEADER - ENTRY_END);
            return new DecryptingStream(body, header, segmentSize, segments, length - HEADER - ENTRY_END);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** A pack of format 2 ends with its sealed name and length: bytes added or cut at its end are seen. */
    private void checkPackEnd(FileChannel channel, String packName, long entryEnd) throws IOException {
        long size = channel.size();
        if (size < PACK_END) {
            throw new DamagedException("Evidence pack " + packName + " is cut short", null);
        }
        long entries = ByteBuffer.wrap(unseal(readAt(channel, size - PACK_END, PACK_END), packAad(packName),
                "The end of evidence pack " + packName)).getLong();
        if (entries != size - PACK_END) {
            throw new DamagedException("Evidence pack " + packName + " was lengthened or cut", null);
        }
        if (entryEnd > entries) {
            throw new DamagedException("Evidence pack " + packName + " is cut short", null);
        }
    }

    private static byte[] readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw new DamagedException("Vault file ends early", null);
            }
        }
        return buffer.array();
    }

    /** At most {@code left} bytes of a stream; closing it closes the stream. */
    private static final class BoundedStream extends java.io.FilterInputStream {
        private long left;

        BoundedStream(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    /** The vault file is not what was written: changed, truncated, reordered or not a vault file. */
    public static final class DamagedException extends IOException {
        private static final long serialVersionUID = 1L;

        DamagedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * SHA-256 of the decrypted content, for verification: an entry of format 2 must be the one its record expects
     * ({@link DamagedException} otherwise); one of format 1 is read once and its hash returned for comparison.
     */
    public String hash(String ref, String expectedSha256, LongConsumer bytesRead, BooleanSupplier cancelled)
            throws IOException {
        return hash(formatOf(ref) == 2 ? openFormat2(ref, expectedSha256) : openFormat1(ref), bytesRead, cancelled);
    }

    private static String hash(InputStream stream, LongConsumer bytesRead, BooleanSupplier cancelled)
            throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = stream) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException();
                }
                sha.update(buffer, 0, n);
                bytesRead.accept(n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** What a sweep found: temporary files removed, files with no record moved aside. */
    public record Sweep(int temporaryRemoved, int orphansMovedAside) {
    }

    /**
     * Removes temporary files left by an interrupted intake and moves vault files and packs that no record refers
     * to into {@code orphaned/} (never deletes them: a vault may be opened with an older copy of its workbench).
     */
    public Sweep sweep(Set<String> knownRefs) {
        if (!Files.isDirectory(folder)) {
            return new Sweep(0, 0);
        }
        Set<String> knownNames = new java.util.HashSet<>();
        for (String ref : knownRefs) {
            Matcher m = PACK_REF.matcher(ref);
            knownNames.add(m.matches() ? m.group(2) + PACK_SUFFIX : pathOf(ref).getFileName().toString());
        }
        int temporary = 0;
        int orphans = 0;
        try (DirectoryStream<Path> top = Files.newDirectoryStream(folder)) {
            for (Path entry : top) {
                String name = entry.getFileName().toString();
                if (name.endsWith(PART) && Files.isRegularFile(entry)) {
                    Files.deleteIfExists(entry);
                    temporary++;
                } else if ((name.length() == 2 || name.equals(PACKS)) && Files.isDirectory(entry)) {
                    try (DirectoryStream<Path> shard = Files.newDirectoryStream(entry)) {
                        for (Path file : shard) {
                            if (!knownNames.contains(file.getFileName().toString())) {
                                Path aside = folder.resolve(ORPHANED).resolve(file.getFileName());
                                Files.createDirectories(aside.getParent());
                                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                                orphans++;
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Evidence vault {} could not be swept", folder, e);
        }
        int purged = pruneOrphans();
        if (temporary + orphans + purged > 0) {
            LOG.info("Evidence vault {}: removed {} temporary files, moved {} unrecorded files aside, removed the {}"
                    + " oldest set aside", folder, temporary, orphans, purged);
        }
        return new Sweep(temporary, orphans);
    }

    /** Removes the oldest files of {@code orphaned/} beyond {@link #ORPHANS_KEPT}; returns how many. */
    private int pruneOrphans() {
        Path aside = folder.resolve(ORPHANED);
        if (!Files.isDirectory(aside)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> files = Files.list(aside)) {
            List<Path> oldestFirst = files.filter(Files::isRegularFile)
                    .sorted(java.util.Comparator.comparing(EvidenceVault::modified).thenComparing(Path::toString))
                    .toList();
            int purged = 0;
            for (Path file : oldestFirst.subList(0, Math.max(0, oldestFirst.size() - ORPHANS_KEPT))) {
                Files.deleteIfExists(file);
                purged++;
            }
            return purged;
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("Files set aside in {} could not be pruned", aside, e);
            return 0;
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /** Reads a vault file back segment by segment, checking each segment's tag, index and last flag. */
    private final class DecryptingStream extends InputStream {
        private final java.io.PushbackInputStream in;
        private final Cipher cipher;
        private byte[] fileId;
        private int segmentSize;
        private byte[] encrypted;
        private byte[] plain = new byte[0];
        private int position;
        private int length;
        private long index;
        private boolean finished;

        private final long encryptedLength;
        /** Format 2: the header already checked, and the number of segments the entry's end promises. */
        private byte[] header;
        private long segments = -1;

        /** Format 1: reads the header from the stream. */
        DecryptingStream(InputStream raw, long encryptedLength) throws IOException {
            this.in = new java.io.PushbackInputStream(new java.io.BufferedInputStream(raw, 1 << 16), 1);
            this.cipher = cipher();
            this.encryptedLength = encryptedLength;
        }

        /** Format 2: the segments only, after a header and before an end block already authenticated. */
        DecryptingStream(InputStream segmentsOnly, byte[] header, int segmentSize, long segments, long bodyLength)
                throws IOException {
            this(segmentsOnly, HEADER + bodyLength);
            this.header = header;
            this.segments = segments;
            this.segmentSize = segmentSize;
            this.fileId = Arrays.copyOfRange(header, MAGIC_2.length + 4, HEADER);
            allocate();
        }

        private void readHeader() throws IOException {
            byte[] header = in.readNBytes(HEADER);
            ByteBuffer b = ByteBuffer.wrap(header);
            byte[] magic = new byte[MAGIC.length];
            if (header.length < HEADER) {
                throw new DamagedException("Vault file header is cut short", null);
            }
            b.get(magic);
            segmentSize = b.getInt();
            if (!Arrays.equals(magic, MAGIC) || segmentSize <= 0 || segmentSize > (64 << 20)) {
                throw new DamagedException("Not an evidence vault file", null);
            }
            fileId = new byte[FILE_ID];
            b.get(fileId);
            allocate();
        }

        private void allocate() {
            // Sized to the file when it is smaller than a segment: no large buffers for small files.
            int capacity = (int) Math.min(NONCE + (long) segmentSize + TAG, Math.max(NONCE + TAG + 1,
                    encryptedLength - HEADER));
            encrypted = new byte[capacity];
            plain = new byte[Math.max(1, capacity - NONCE - TAG)];
        }

        private boolean fill() throws IOException {
            if (finished) {
                return false;
            }
            if (fileId == null) {
                readHeader();
            }
            if (segments == 0) {
                finished = true;
                return false;
            }
            int n = in.readNBytes(encrypted, 0, encrypted.length);
            if (n == 0) {
                throw new DamagedException("Vault file ends before its last segment", null);
            }
            if (n < NONCE + TAG) {
                throw new DamagedException("Vault segment cut short", null);
            }
            boolean last;
            if (n < encrypted.length) {
                last = true;
            } else {
                int peek = in.read();
                last = peek < 0;
                if (!last) {
                    in.unread(peek);
                }
            }
            try {
                boolean format2 = header != null;
                cipher.init(Cipher.DECRYPT_MODE, format2 ? encryptionKey : legacyKey,
                        new GCMParameterSpec(TAG * 8, encrypted, 0, NONCE));
                cipher.updateAAD(format2 ? segmentAad(header, index, last) : legacyAad(fileId, index, last));
                length = cipher.doFinal(encrypted, NONCE, n - NONCE, plain, 0);
            } catch (AEADBadTagException e) {
                throw new DamagedException("Vault segment " + index + " does not authenticate", e);
            } catch (GeneralSecurityException e) {
                throw new DamagedException("Vault segment " + index + " cannot be decrypted", e);
            }
            index++;
            if (segments >= 0 && (index > segments || last != (index == segments))) {
                throw new DamagedException("Vault entry has not the segments its end promises", null);
            }
            position = 0;
            finished = last;
            return true;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (position >= length) {
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(len, length - position);
            System.arraycopy(plain, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            Arrays.fill(plain, (byte) 0);
            in.close();
        }
    }
}
