package com.auditworkbench.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every native dialog the screens open goes through here, so a test can answer them and the screens stay
 * testable without the operating system's file chooser.
 */
public interface DialogService {

    /**
     * Asks where to save. An existing file comes back only when the user agreed to replace it (the native save
     * dialogs of Windows, macOS and GTK ask); a workbench, its evidence or the open workbench is refused afterwards
     * by {@link com.auditworkbench.service.OutputTarget} with one sentence, whatever the answer.
     */
    Optional<Path> chooseFileToSave(String title, String initialFileName, FileKind kind);

    Optional<Path> chooseFileToOpen(String title, FileKind kind);

    void showError(String title, String sentence);

    /** Asks for a line of text (a reason, a note); empty when the user cancels. */
    default java.util.Optional<String> askText(String title, String prompt) {
        return java.util.Optional.empty();
    }

    /** Asks for one or more files of any kind (evidence); empty when the user cancels. */
    default java.util.List<Path> chooseFilesToOpen(String title) {
        return chooseFileToOpen(title, FileKind.ANY).map(java.util.List::of).orElse(java.util.List.of());
    }

    /** Asks the user to confirm what a sentence describes; false unless they agree. */
    default boolean confirm(String title, String sentence) {
        return false;
    }

    /** The kinds of file the application reads and writes. */
    enum FileKind {
        WORKBENCH("workbench", "*.awb"),
        TEMPLATE("template", "*.yaml"),
        WORKBOOK("workbook", "*.xlsx"),
        ANY("any", "*.*");

        private final String code;
        private final String pattern;

        FileKind(String code, String pattern) {
            this.code = code;
            this.pattern = pattern;
        }

        public String pattern() {
            return pattern;
        }

        public String messageKey() {
            return "fileKind." + code;
        }
    }
}
