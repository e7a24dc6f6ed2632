package com.auditworkbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cleartext block at the start of a workbench file of format 2 (docs/decisions/0013): what a reader must know
 * before it can derive the key — the format version, the key-derivation function, its cost and this file's own
 * random salt. Nothing in it is secret. H2's encrypted file follows at {@link #LENGTH}.
 *
 * <p>Layout, big-endian: the magic (16 bytes), format version (u16), derivation function (u16), iterations (u32),
 * key length in bytes (u16), salt length (u16), the salt, then SHA-256 of everything before it; zeros up to 4,096
 * bytes, so that H2's pages stay aligned as they are in a plain file. A file of format 1 has no such block and
 * starts with H2's own {@code H2encrypt} header.
 */
final class WorkbenchHeader {

    /** Where H2's file begins: one page, so its blocks keep their alignment. */
    static final int LENGTH = 4096;
    static final int FORMAT_1 = 1;
    static final int FORMAT_2 = 2;
    /** The format this version writes. */
    static final int CURRENT_FORMAT = FORMAT_2;
    static final int PBKDF2_HMAC_SHA256 = 1;
    /** OWASP's current recommendation for PBKDF2-HMAC-SHA256 (decision 0013). */
    static final int ITERATIONS = 600_000;
    static final int KEY_BYTES = 32;
    static final int SALT_BYTES = 16;

    private static final byte[] MAGIC = "AuditWorkbench\n\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] H2_ENCRYPTED = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    /** A header that asks for more than this is refused before any work: a hostile file must not hang the open. */
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int MIN_ITERATIONS = 100_000;
    private static final int MAX_SALT = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The key derivation of one file. {@code salt} is copied in and out. */
    record KeyParameters(int format, int function, int iterations, int keyBytes, byte[] salt) {
        KeyParameters {
            salt = salt.clone();
        }

        @Override
        public byte[] salt() {
            return salt.clone();
        }

        boolean isCurrent() {
            return format == CURRENT_FORMAT && function == PBKDF2_HMAC_SHA256 && iterations >= ITERATIONS;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof KeyParameters p && p.format == format && p.function == function
                    && p.iterations == iterations && p.keyBytes == keyBytes && Arrays.equals(p.salt, salt);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(salt) + iterations;
        }

        @Override
        public String toString() {
            return "format " + format + ", function " + function + ", " + iterations + " iterations";
        }
    }

    /** Format 1: one application-wide salt, 210,000 iterations, no header block. Read, never written. */
    static final KeyParameters FORMAT_1_PARAMETERS = new KeyParameters(FORMAT_1, PBKDF2_HMAC_SHA256, 210_000,
            KEY_BYTES, "AuditWorkbench/workbench-file-key/v1".getBytes(StandardCharsets.UTF_8));

    /** What the first bytes of a file say it is. */
    enum Kind { FORMAT_1, FORMAT_2, NEWER_FORMAT, DAMAGED_HEADER, NOT_A_WORKBENCH }

    /** The reading of one file's start: its kind and, for a readable workbench, its key parameters. */
    record Reading(Kind kind, Optional<KeyParameters> parameters) {
        int headerLength() {
            return kind == Kind.FORMAT_2 ? LENGTH : 0;
        }
    }

    private WorkbenchHeader() {
    }

    static KeyParameters fresh() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new KeyParameters(CURRENT_FORMAT, PBKDF2_HMAC_SHA256, ITERATIONS, KEY_BYTES, salt);
    }

    /** Reads at most one header's bytes: a file of any size or kind is judged in bounded time. */
    static Reading read(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(LENGTH + H2_ENCRYPTED.length);
        }
        if (startsWith(head, 0, H2_ENCRYPTED)) {
            return new Reading(Kind.FORMAT_1, Optional.of(FORMAT_1_PARAMETERS));
        }
        if (!startsWith(head, 0, MAGIC)) {
            return new Reading(Kind.NOT_A_WORKBENCH, Optional.empty());
        }
        if (head.length < LENGTH + H2_ENCRYPTED.length) {
            return new Reading(Kind.DAMAGED_HEADER, Optional.empty());
        }
        ByteBuffer in = ByteBuffer.wrap(head, MAGIC.length, LENGTH - MAGIC.length);
        int format = Short.toUnsignedInt(in.getShort());
        if (format > CURRENT_FORMAT) {
            return new Reading(Kind.NEWER_FORMAT, Optional.empty());
        }
        int function = Short.toUnsignedInt(in.getShort());
        int iterations = in.getInt();
        int keyBytes = Short.toUnsignedInt(in.getShort());
        int saltLength = Short.toUnsignedInt(in.getShort());
        boolean sane = format == FORMAT_2 && function == PBKDF2_HMAC_SHA256
                && iterations >= MIN_ITERATIONS && iterations <= MAX_ITERATIONS
                && keyBytes == KEY_BYTES && saltLength >= SALT_BYTES && saltLength <= MAX_SALT;
        if (!sane) {
            return new Reading(Kind.DAMAGED_HEADER, Optional.empty());
        }
        byte[] salt = new byte[saltLength];
        in.get(salt);
        byte[] checksum = new byte[32];
        in.get(checksum);
        boolean intact = MessageDigest.isEqual(checksum, sha256(head, in.position() - checksum.length))
                && startsWith(head, LENGTH, H2_ENCRYPTED);
        if (!intact) {
            return new Reading(Kind.DAMAGED_HEADER, Optional.empty());
        }
        return new Reading(Kind.FORMAT_2, Optional.of(new KeyParameters(format, function, iterations, keyBytes, salt)));
    }

    /** The header block for these parameters, {@link #LENGTH} bytes. */
    static byte[] encode(KeyParameters parameters) {
        byte[] salt = parameters.salt();
        ByteBuffer out = ByteBuffer.allocate(LENGTH);
        out.put(MAGIC)
                .putShort((short) parameters.format())
                .putShort((short) parameters.function())
                .putInt(parameters.iterations())
                .putShort((short) parameters.keyBytes())
                .putShort((short) salt.length)
                .put(salt);
        out.put(sha256(out.array(), out.position()));
        return out.array();
    }

    private static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, 0, length);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        return bytes.length >= at + prefix.length
                && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
