package com.auditworkbench.ui.common;

/** Style-class names of the application stylesheet, named once. */
public final class Styles {

    public static final String STYLESHEET = "/com/auditworkbench/ui/common/workbench.css";
    public static final String ERROR = "error-text";
    public static final String WARNING = "warning-text";
    public static final String MUTED = "muted-text";
    public static final String HEADING = "heading";
    public static final String CARD = "card";

    private Styles() {
    }
}
