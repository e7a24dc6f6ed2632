package com.auditworkbench.domain;

/** Where long work reports how far it has come, and learns whether the user cancelled it. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean isCancelled();

    /** Stops the work with the user's cancel, leaving nothing half-written behind. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new AuditException("task.cancelled");
        }
    }
}
