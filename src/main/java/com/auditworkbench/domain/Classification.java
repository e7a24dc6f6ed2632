package com.auditworkbench.domain;

/** An asset's level in each dimension, as codes of the workbench's classification scheme (3A, 2, 2). */
public record Classification(String confidentiality, String integrity, String availability) {

    public Classification {
        confidentiality = confidentiality == null ? "" : confidentiality.strip();
        integrity = integrity == null ? "" : integrity.strip();
        availability = availability == null ? "" : availability.strip();
    }

    public String level(ClassificationDimension dimension) {
        return switch (dimension) {
            case CONFIDENTIALITY -> confidentiality;
            case INTEGRITY -> integrity;
            case AVAILABILITY -> availability;
        };
    }
}
