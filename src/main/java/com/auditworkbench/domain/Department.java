package com.auditworkbench.domain;

/**
 * An auditee: a department (部署) of the city, or a contractor (受託者) that handles the city's information under
 * Art. 4. Both are audited the same way; a contractor is shown as such on every screen and sheet.
 */
public record Department(long id, String code, String name, AuditeeKind kind) {

    public Department {
        kind = kind == null ? AuditeeKind.DEPARTMENT : kind;
    }

    /** A department of the city. */
    public Department(long id, String code, String name) {
        this(id, code, name, AuditeeKind.DEPARTMENT);
    }

    public boolean isContractor() {
        return kind == AuditeeKind.CONTRACTOR;
    }
}
