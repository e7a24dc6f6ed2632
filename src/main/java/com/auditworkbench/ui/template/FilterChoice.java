package com.auditworkbench.ui.template;

/** One entry of a filter box: a value, or none for "all". */
public record FilterChoice<E>(E value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
