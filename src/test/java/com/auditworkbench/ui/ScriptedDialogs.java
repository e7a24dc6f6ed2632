package com.auditworkbench.ui;

import com.auditworkbench.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Answers the file choosers the way the test scripted it, and records the errors the user would have seen. Screens
 * with choosers of their own extend it.
 */
class ScriptedDialogs implements DialogService {

    final Deque<Path> answers = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();
    final Deque<String> texts = new ArrayDeque<>();
    /** The answers to confirmations, in order; none scripted means "no", as a dialog closed without a choice. */
    final Deque<Boolean> confirmations = new ArrayDeque<>();
    /** The sentences the user was asked to confirm. */
    final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialFileName, FileKind kind) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<String> askText(String title, String prompt) {
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public boolean confirm(String title, String sentence) {
        asked.add(sentence);
        return Boolean.TRUE.equals(confirmations.poll());
    }

    @Override
    public void showError(String title, String sentence) {
        errors.add(sentence);
    }
}
