package com.auditworkbench.store;

import com.auditworkbench.domain.AuditException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * One backup file: a workbench file and its evidence vault's files, as they are on disk (already encrypted; nothing
 * is decrypted to make or to check it), each entry with its SHA-256, and a trailer that seals the list of entries.
 *
 * <pre>
 * "AWBBACKUP\n" u16 version
 * entry*:  u8 kind (1 workbench, 2 evidence file), u16 name length, name (UTF-8), u64 length, bytes, SHA-256 of bytes
 * end:     u8 0, u32 number of entries, SHA-256 of the manifest (kind, name, length, SHA-256 of every entry), "END\n"
 * </pre>
 *
 * A changed byte anywhere changes an entry's hash or the manifest's; a cut file ends before the trailer; bytes
 * after the trailer are refused too. Evidence names must be vault names ({@link #VAULT_NAME}), so a crafted backup
 * cannot write outside the folder it is restored into.
 */
public final class BackupArchive {

    private static final byte[] MAGIC = "AWBBACKUP\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "END\n".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int WORKBENCH = 1;
    private static final int EVIDENCE = 2;
    private static final int MAX_NAME = 512;
    /** The vault's own layout: loose files in two-letter shards, small files in packs (see {@link EvidenceVault}). */
    private static final Pattern VAULT_NAME = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{64}\\.awbe|packs/[0-9a-f]{32}\\.awbp");

    private BackupArchive() {
    }

    /** What went into a backup or came out of one. */
    public record Contents(long workbenchBytes, int evidenceFiles, long evidenceBytes) {
        public long totalBytes() {
            return workbenchBytes + evidenceBytes;
        }
    }

    /** Writes a backup into a new file, entry by entry; {@link #finish} seals it. */
    public static final class Writer implements AutoCloseable {
        private final FileChannel channel;
        private final OutputStream out;
        private final MessageDigest manifest = sha256();
        private final LongConsumer bytesWritten;
        private final BooleanSupplier cancelled;
        private int entries;
        private long workbenchBytes;
        private long evidenceBytes;
        private int evidenceFiles;

        public Writer(Path file, LongConsumer bytesWritten, BooleanSupplier cancelled) throws IOException {
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            this.out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            this.bytesWritten = bytesWritten;
            this.cancelled = cancelled;
            out.write(MAGIC);
            out.write(ByteBuffer.allocate(2).putShort((short) VERSION).array());
        }

        /** Adds the workbench file: {@code content} writes its bytes to the stream it is given. */
        public <T> T addWorkbench(String name, Content<T> content) throws IOException {
            long[] length = new long[1];
            T result = add(WORKBENCH, name, length, content);
            workbenchBytes += length[0];
            return result;
        }

        /** Adds one vault file, named by its path inside the vault folder. */
        public void addEvidence(Path vaultFolder, Path file) throws IOException {
            String name = vaultFolder.relativize(file).toString().replace('\\', '/');
            if (!VAULT_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a vault file: " + name);
            }
            long[] length = new long[1];
            add(EVIDENCE, name, length, stream -> {
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(stream);
                }
                return null;
            });
            evidenceBytes += length[0];
            evidenceFiles++;
        }

        private <T> T add(int kind, String name, long[] length, Content<T> content) throws IOException {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            out.write(kind);
            out.write(ByteBuffer.allocate(2).putShort((short) nameBytes.length).array());
            out.write(nameBytes);
            out.flush();
            long lengthAt = channel.position();
            out.write(new byte[8]);
            MessageDigest digest = sha256();
            Counting counting = new Counting(out, bytesWritten, cancelled);
            T result = content.writeTo(new DigestOutputStream(counting, digest));
            out.flush();
            length[0] = counting.count;
            channel.write(ByteBuffer.allocate(8).putLong(0, counting.count), lengthAt);
            byte[] hash = digest.digest();
            out.write(hash);
            manifest.update(entryLine(kind, nameBytes, counting.count, hash));
            entries++;
            return result;
        }

        /** Writes the trailer and forces the file to disk. */
        public Contents finish() throws IOException {
            out.write(0);
            out.write(ByteBuffer.allocate(4).putInt(entries).array());
            out.write(manifest.digest());
            out.write(END);
            out.flush();
            channel.force(true);
            return new Contents(workbenchBytes, evidenceFiles, evidenceBytes);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Writes one entry's bytes. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    /**
     * Reads a backup through and writes its workbench to {@code workbenchFile} and its evidence into
     * {@code vaultFolder} (both new), checking every entry's hash and the trailer. Anything amiss — a changed or
     * missing byte, an unknown entry, a name outside the vault, a second workbench — is refused with the sentence
     * {@code backup.error.damaged}; what was written by then is the caller's to remove.
     */
    public static Contents extract(Path backup, Path workbenchFile, Path vaultFolder, LongConsumer bytesRead,
            BooleanSupplier cancelled) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(backup), 1 << 16))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || in.readUnsignedShort() != VERSION) {
                throw damaged(backup, "not a backup of this version");
            }
            MessageDigest manifest = sha256();
            int entries = 0;
            long workbenchBytes = -1;
            long evidenceBytes = 0;
            int evidenceFiles = 0;
            for (int kind = in.readUnsignedByte(); kind != 0; kind = in.readUnsignedByte()) {
                int nameLength = in.readUnsignedShort();
                if (nameLength > MAX_NAME) {
                    throw damaged(backup, "name too long");
                }
                byte[] nameBytes = in.readNBytes(nameLength);
                String name = new String(nameBytes, StandardCharsets.UTF_8);
                long length = in.readLong();
                Path target;
                if (kind == WORKBENCH && workbenchBytes < 0) {
                    target = workbenchFile;
                    workbenchBytes = length;
                } else if (kind == EVIDENCE && VAULT_NAME.matcher(name).matches()) {
                    target = vaultFolder.resolve(name);
                    Files.createDirectories(target.getParent());
                    evidenceBytes += length;
                    evidenceFiles++;
                } else {
                    throw damaged(backup, "unexpected entry " + kind + " " + name);
                }
                byte[] hash = copy(in, length, target, bytesRead, cancelled);
                if (!MessageDigest.isEqual(hash, in.readNBytes(32))) {
                    throw damaged(backup, "entry " + name + " changed");
                }
                manifest.update(entryLine(kind, nameBytes, length, hash));
                entries++;
            }
            boolean sealed = in.readInt() == entries
                    && MessageDigest.isEqual(manifest.digest(), in.readNBytes(32))
                    && Arrays.equals(in.readNBytes(END.length), END) && in.read() < 0;
            if (!sealed || workbenchBytes < 0) {
                throw damaged(backup, "trailer does not seal the entries");
            }
            return new Contents(workbenchBytes, evidenceFiles, evidenceBytes);
        } catch (EOFException e) {
            throw damaged(backup, "cut short");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new AuditException(e, "backup.error.missing", backup);
        } catch (IOException e) {
            throw new AuditException(e, "backup.error.unreadable", backup.getFileName());
        }
    }

    private static byte[] copy(DataInputStream in, long length, Path target, LongConsumer bytesRead,
            BooleanSupplier cancelled) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            long left = length;
            while (left > 0) {
                if (cancelled.getAsBoolean()) {
                    throw new AuditException("task.cancelled");
                }
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new EOFException();
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                left -= n;
                bytesRead.accept(n);
            }
        }
        try (FileChannel written = FileChannel.open(target, StandardOpenOption.WRITE)) {
            written.force(true);
        }
        return digest.digest();
    }

    private static AuditException damaged(Path backup, String why) {
        org.slf4j.LoggerFactory.getLogger(BackupArchive.class).warn("Backup {} refused: {}", backup, why);
        return new AuditException("backup.error.damaged", backup.getFileName());
    }

    private static byte[] entryLine(int kind, byte[] name, long length, byte[] hash) {
        return ByteBuffer.allocate(1 + 2 + name.length + 8 + hash.length)
                .put((byte) kind).putShort((short) name.length).put(name).putLong(length).put(hash).array();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Counts what passes, reports it, and stops when the user cancels. */
    private static final class Counting extends java.io.FilterOutputStream {
        private final LongConsumer reported;
        private final BooleanSupplier cancelled;
        private long count;

        Counting(OutputStream out, LongConsumer reported, BooleanSupplier cancelled) {
            super(out);
            this.reported = reported;
            this.cancelled = cancelled;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (cancelled.getAsBoolean()) {
                throw new AuditException("task.cancelled");
            }
            out.write(b, off, len);
            count += len;
            reported.accept(len);
        }

        @Override
        public void close() {
            // the archive's stream stays open for the next entry
        }
    }
}
