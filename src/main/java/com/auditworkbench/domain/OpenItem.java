package com.auditworkbench.domain;

/**
 * One entry of an audit's "what is left" list and where to fix it: the department and item of a checklist row,
 * the finding, the request, or the Art. 12 input it is about (whichever apply; the others are null).
 * {@code subject} is what the entry names, such as "A-01 総務部 総務課" or "F-003 パスワード管理".
 */
public record OpenItem(
        OpenItemKind kind,
        String subject,
        Long departmentId,
        String itemCode,
        Long findingId,
        Long requestId,
        Integer reviewInput) {

    public boolean essential() {
        return kind.essential();
    }

    public static OpenItem of(OpenItemKind kind, String subject) {
        return new OpenItem(kind, subject, null, null, null, null, null);
    }
}
