package com.auditworkbench.domain;

import java.time.LocalDate;

/** A security incident recorded against a department; it raises the department's risk score. */
public record Incident(long id, Department department, LocalDate occurredOn, String title, IncidentSeverity severity) {
}
