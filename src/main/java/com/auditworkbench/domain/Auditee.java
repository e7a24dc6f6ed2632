package com.auditworkbench.domain;

import java.util.Optional;

/**
 * An auditee with what the auditee list shows beside its name: for a contractor, the department that supervises
 * the contract (所管課) and what the contract covers.
 */
public record Auditee(Department department, Optional<Department> supervisingDepartment, String contractSubject) {

    public Auditee {
        contractSubject = contractSubject == null ? "" : contractSubject;
    }
}
