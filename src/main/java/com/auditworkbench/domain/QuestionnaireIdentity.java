package com.auditworkbench.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a questionnaire file says about itself, so a returned file is matched to its campaign, department and
 * template version without trusting its file name. The checksum covers the question ids in their order; the seal
 * ({@link IdentitySeal}) shows the workbench wrote these values, and is empty in a file written before seals.
 */
public record QuestionnaireIdentity(
        String campaignUuid,
        String campaignCode,
        long departmentId,
        String departmentCode,
        String departmentName,
        String templateId,
        String templateVersion,
        int questionCount,
        String questionChecksum,
        String seal) {

    public QuestionnaireIdentity {
        seal = seal == null ? "" : seal;
    }

    /** The identity of a department's questionnaire, not yet sealed. */
    public static QuestionnaireIdentity of(Campaign campaign, Department department, List<ChecklistItem> items) {
        return new QuestionnaireIdentity(campaign.uuid(), campaign.code(), department.id(), department.code(),
                department.name(), campaign.templateId(), campaign.templateVersion(), items.size(),
                checksum(items.stream().map(ChecklistItem::code).toList()), "");
    }

    public QuestionnaireIdentity withSeal(String newSeal) {
        return new QuestionnaireIdentity(campaignUuid, campaignCode, departmentId, departmentCode, departmentName,
                templateId, templateVersion, questionCount, questionChecksum, newSeal);
    }

    public boolean isSealed() {
        return !seal.isEmpty();
    }

    /** SHA-256 over the item codes in order: any question added, removed or moved changes it. */
    public static String checksum(List<String> itemCodes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String code : itemCodes) {
                digest.update(code.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
