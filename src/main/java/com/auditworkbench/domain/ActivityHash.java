package com.auditworkbench.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an activity event: SHA-256 over every field, each length-prefixed so that no two different events
 * share an encoding, and over the previous event's hash, which makes the log a chain.
 */
public final class ActivityHash {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private ActivityHash() {
    }

    public static String of(long sequence, Instant occurredAt, String actor, String action, String entityType,
            String entityKey, Long planId, String summary, String before, String after, String previousHash) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        for (Object field : new Object[] {sequence, occurredAt.toEpochMilli(), actor, action, entityType, entityKey,
            planId == null ? "" : planId, summary, before, after, previousHash}) {
            byte[] bytes = String.valueOf(field).getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(ActivityEvent e) {
        return of(e.sequence(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityKey(), e.planId(),
                e.summary(), e.before(), e.after(), e.previousHash());
    }
}
