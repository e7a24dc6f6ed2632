package com.auditworkbench.domain;

/**
 * One place a searched text was found: a result's notes, an interview or a finding, with enough to show it in a
 * list and to go to it.
 *
 * @param kind      what was found
 * @param planId    the plan it belongs to
 * @param key       its key: {@code planId/departmentId/itemCode} for a result, the id of an interview or finding
 * @param reference what the user recognises it by: the item code and auditee, F-003, or the interviewee
 * @param snippet   the text around the first match
 */
public record SearchHit(Kind kind, long planId, String key, String reference, String snippet) {

    public enum Kind {
        RESULT, INTERVIEW, FINDING;

        public String messageKey() {
            return "search.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
