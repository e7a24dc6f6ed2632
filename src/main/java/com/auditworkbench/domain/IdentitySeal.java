package com.auditworkbench.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The seal on a questionnaire's identity: HMAC-SHA-256, with a campaign's key that never leaves the workbench, over
 * every identity value (campaign, department, template, and the checksum of the question ids in order). A
 * department can read and edit the identity in its file, but cannot make a seal that matches the edit.
 */
public final class IdentitySeal {

    public static final int KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    /** Written first into what is sealed, so a seal made for anything else never matches. */
    private static final String PURPOSE = "audit-workbench questionnaire identity v1";

    private final SecretKeySpec key;

    public IdentitySeal(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a questionnaire key has " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** The identity with its seal, as it is written into the questionnaire. */
    public QuestionnaireIdentity sealed(QuestionnaireIdentity identity) {
        return identity.withSeal(HexFormat.of().formatHex(mac(identity)));
    }

    /** Whether the identity's seal was made with this key over exactly these values; compared in constant time. */
    public boolean verifies(QuestionnaireIdentity identity) {
        byte[] given;
        try {
            given = HexFormat.of().parseHex(identity.seal());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return given.length > 0 && MessageDigest.isEqual(mac(identity), given);
    }

    private byte[] mac(QuestionnaireIdentity identity) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            List<String> values = List.of(PURPOSE, identity.campaignUuid(), identity.campaignCode(),
                    Long.toString(identity.departmentId()), identity.departmentCode(), identity.departmentName(),
                    identity.templateId(), identity.templateVersion(), Integer.toString(identity.questionCount()),
                    identity.questionChecksum());
            for (String value : values) {
                // Each value with its length first: no two different identities are written the same way.
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                mac.update(bytes);
            }
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
