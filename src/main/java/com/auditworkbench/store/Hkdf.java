package com.auditworkbench.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA-256 (RFC 5869): one secret, several keys that reveal nothing about each other. The vault
 * derives its encryption key and its naming key from the workbench's data key with distinct labels.
 */
final class Hkdf {

    private static final String HMAC = "HmacSHA256";
    private static final int HASH = 32;

    private Hkdf() {
    }

    /** {@code length} bytes of key material for {@code info}; an empty salt stands for 32 zero bytes. */
    static byte[] derive(byte[] secret, byte[] salt, byte[] info, int length) {
        if (length <= 0 || length > 255 * HASH) {
            throw new IllegalArgumentException("HKDF-SHA256 gives 1 to 8160 bytes");
        }
        byte[] prk = mac(salt.length == 0 ? new byte[HASH] : salt, secret);
        ByteArrayOutputStream okm = new ByteArrayOutputStream(length + HASH);
        byte[] previous = new byte[0];
        for (int counter = 1; okm.size() < length; counter++) {
            byte[] input = new byte[previous.length + info.length + 1];
            System.arraycopy(previous, 0, input, 0, previous.length);
            System.arraycopy(info, 0, input, previous.length, info.length);
            input[input.length - 1] = (byte) counter;
            previous = mac(prk, input);
            okm.writeBytes(previous);
        }
        return java.util.Arrays.copyOf(okm.toByteArray(), length);
    }

    /** A 256-bit key for a purpose named in ASCII. */
    static byte[] derive(byte[] secret, String label) {
        return derive(secret, new byte[0], label.getBytes(StandardCharsets.US_ASCII), HASH);
    }

    private static byte[] mac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
