package com.auditworkbench.domain;

/** A department's answer to one question: the answer (null when left blank) and its comment. */
public record CampaignAnswer(String itemCode, SelfInspectionAnswer answer, String comment) {

    public CampaignAnswer {
        comment = comment == null ? "" : comment;
    }

    public boolean isAnswered() {
        return answer != null;
    }
}
