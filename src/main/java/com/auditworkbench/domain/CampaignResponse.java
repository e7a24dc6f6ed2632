package com.auditworkbench.domain;

import java.time.Instant;

/** One accepted questionnaire file: which department sent it, what it held, and when it was imported. */
public record CampaignResponse(
        long id,
        long campaignId,
        Department department,
        String fileName,
        String fileSha256,
        String respondent,
        int answered,
        int questions,
        Instant importedAt) {
}
