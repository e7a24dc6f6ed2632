package com.auditworkbench.domain;

import java.time.Instant;
import java.util.List;

/**
 * The request list sent to a department before fieldwork: the audit, the department (null for every department
 * of the audit) and the documents asked of it.
 */
public record RequestList(Plan plan, Department department, List<DocumentRequest> requests, Instant exportedAt) {

    public RequestList {
        requests = List.copyOf(requests);
    }
}
