package com.auditworkbench.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo of this session's edits. Each edit knows how to apply its before and its after state through the
 * services, so an undo is an ordinary, logged change: history is never erased.
 */
public final class EditHistory {

    private static final int LIMIT = 200;

    /** One undoable edit. */
    public interface Edit {
        /** What the edit did, for the menu: "結果を記録 AUD-HUM-001". */
        String description();

        void undo();

        void redo();
    }

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    synchronized void push(Edit edit) {
        undo.push(edit);
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    public synchronized Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Edit::description);
    }

    public synchronized Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Edit::description);
    }

    /** Undoes the last edit; an edit whose undo is refused (locked since) stays where it was. */
    public Optional<String> undo() {
        Edit edit;
        synchronized (this) {
            edit = undo.peek();
        }
        if (edit == null) {
            return Optional.empty();
        }
        edit.undo();
        synchronized (this) {
            undo.remove(edit);
            redo.push(edit);
        }
        return Optional.of(edit.description());
    }

    public Optional<String> redo() {
        Edit edit;
        synchronized (this) {
            edit = redo.peek();
        }
        if (edit == null) {
            return Optional.empty();
        }
        edit.redo();
        synchronized (this) {
            redo.remove(edit);
            undo.push(edit);
        }
        return Optional.of(edit.description());
    }
}
