package com.auditworkbench.domain;

/** An auditee: a department (部署) of the city. */
public record Department(long id, String code, String name) {
}
