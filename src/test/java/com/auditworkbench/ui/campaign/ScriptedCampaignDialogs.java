package com.auditworkbench.ui.campaign;

import com.auditworkbench.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers every chooser, the self-inspection screen's folder and multi-file choosers included, as scripted. */
final class ScriptedCampaignDialogs implements DialogService, CampaignDialogs {

    final Deque<Path> files = new ArrayDeque<>();
    final Deque<Path> folders = new ArrayDeque<>();
    final Deque<List<Path>> selections = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialFileName, FileKind kind) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public void showError(String title, String sentence) {
        errors.add(sentence);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public List<Path> chooseFiles(String title) {
        List<Path> chosen = selections.poll();
        return chosen == null ? List.of() : chosen;
    }
}
