package com.auditworkbench.store;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns the user's passphrase into the key H2 encrypts the workbench file with. H2's own derivation is a few
 * rounds of SHA-256, so the passphrase is stretched with PBKDF2 first (see docs/decisions/0002). The hex form
 * also keeps spaces out of H2's "file password, space, user password" convention.
 */
final class PassphraseKey {

    private static final int ITERATIONS = 210_000;
    private static final int KEY_BITS = 256;
    private static final byte[] SALT = "AuditWorkbench/workbench-file-key/v1".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private PassphraseKey() {
    }

    static String derive(char[] passphrase) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, SALT, ITERATIONS, KEY_BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return HexFormat.of().formatHex(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
