package com.auditworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** HKDF-SHA256 against the test vectors of RFC 5869, appendix A. */
class HkdfTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void givesTheBasicTestCaseOfRfc5869() {
        byte[] okm = Hkdf.derive(hex("0b".repeat(22)), hex("000102030405060708090a0b0c"),
                hex("f0f1f2f3f4f5f6f7f8f9"), 42);
        assertThat(HexFormat.of().formatHex(okm)).isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56"
                + "ecc4c5bf34007208d5b887185865");
    }

    @Test
    void givesTheLongInputTestCaseOfRfc5869() {
        StringBuilder ikm = new StringBuilder();
        StringBuilder salt = new StringBuilder();
        StringBuilder info = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            ikm.append(String.format("%02x", i));
            salt.append(String.format("%02x", 0x60 + i));
            info.append(String.format("%02x", 0xb0 + i));
        }
        byte[] okm = Hkdf.derive(hex(ikm.toString()), hex(salt.toString()), hex(info.toString()), 82);
        assertThat(HexFormat.of().formatHex(okm)).isEqualTo("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c"
                + "19afa97c59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87");
    }

    @Test
    void givesTheEmptySaltTestCaseOfRfc5869() {
        byte[] okm = Hkdf.derive(hex("0b".repeat(22)), new byte[0], new byte[0], 42);
        assertThat(HexFormat.of().formatHex(okm)).isEqualTo("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f"
                + "3c738d2d9d201395faa4b61a96c8");
    }

    @Test
    void distinctLabelsGiveUnrelatedKeys() {
        byte[] secret = EvidenceVault.newKey();
        assertThat(Hkdf.derive(secret, "a")).hasSize(32).isNotEqualTo(Hkdf.derive(secret, "b"))
                .isEqualTo(Hkdf.derive(secret, "a"));
    }
}
