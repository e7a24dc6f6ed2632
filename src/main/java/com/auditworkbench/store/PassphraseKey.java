package com.auditworkbench.store;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns the user's passphrase into the key H2 encrypts the workbench file with. H2's own derivation is a few
 * rounds of SHA-256, so the passphrase is stretched first, with the file's own salt and cost (decisions 0002 and
 * 0013). The key is handed on as hexadecimal characters in a {@code char[]} the caller wipes: never a
 * {@code String}, which cannot be wiped. The hex form also keeps spaces out of H2's "file password, space, user
 * password" convention.
 */
final class PassphraseKey {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PassphraseKey() {
    }

    /** The derived key as lowercase hex characters. The passphrase is left as it is; the caller owns it. */
    static char[] derive(char[] passphrase, WorkbenchHeader.KeyParameters parameters) {
        byte[] salt = parameters.salt();
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, parameters.iterations(), parameters.keyBytes() * 8);
        byte[] key = null;
        try {
            key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            char[] hex = new char[key.length * 2];
            for (int i = 0; i < key.length; i++) {
                hex[2 * i] = HEX[(key[i] >> 4) & 0xf];
                hex[2 * i + 1] = HEX[key[i] & 0xf];
            }
            return hex;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /** H2's password for a key: "file password, space, user password", both the key. */
    static char[] h2Password(char[] key) {
        char[] password = new char[key.length * 2 + 1];
        System.arraycopy(key, 0, password, 0, key.length);
        password[key.length] = ' ';
        System.arraycopy(key, 0, password, key.length + 1, key.length);
        return password;
    }

    /**
     * Runs the derivation once with a small cost and a throwaway passphrase, so that the compiled code is ready
     * when the user presses Enter: a cold first derivation costs about twice a warm one (decision 0013).
     */
    static void warmUp() {
        char[] key = derive("warm-up".toCharArray(), new WorkbenchHeader.KeyParameters(WorkbenchHeader.FORMAT_2,
                WorkbenchHeader.PBKDF2_HMAC_SHA256, 60_000, WorkbenchHeader.KEY_BYTES, new byte[16]));
        Arrays.fill(key, '\0');
    }
}
