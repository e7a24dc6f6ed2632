package com.auditworkbench.ui.phase;

import com.auditworkbench.domain.OpenItem;

/** Takes the user to the place where an open entry is fixed: selects the tab, then the row. */
@FunctionalInterface
public interface OpenItemNavigator {

    void open(OpenItem item);
}
