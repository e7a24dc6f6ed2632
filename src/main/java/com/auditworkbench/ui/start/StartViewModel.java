package com.auditworkbench.ui.start;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.PassphrasePolicy;
import com.auditworkbench.service.BackupRestore;
import com.auditworkbench.service.SampleWorkbench;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.UiContext;
import com.auditworkbench.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The start screen's state: create a workbench, open one (recent list), restore one from a backup, or open the
 * sample.
 */
public final class StartViewModel {

    /** Which form the screen shows. */
    public enum Mode { NONE, CREATE, OPEN, RESTORE }

    private final UiContext context;
    private final TaskRunner tasks;
    private final BiConsumer<WorkbenchSession, String> onOpened;
    private final Messages messages;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.NONE);
    private final StringProperty filePath = new SimpleStringProperty("");
    /** Restoring: the new workbench to write (the backup is {@link #filePath}). */
    private final StringProperty targetPath = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringProperty strengthText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<Path> recent = FXCollections.observableArrayList();

    /** {@code onOpened} takes the opened workbench and a sentence for its status line (empty when none). */
    public StartViewModel(UiContext context, TaskRunner tasks, BiConsumer<WorkbenchSession, String> onOpened) {
        this.context = context;
        this.tasks = tasks;
        this.onOpened = onOpened;
        this.messages = context.messages();
        recent.setAll(context.settings().recentWorkbenches());
        passphrase.addListener((obs, old, value) -> updateStrength());
        mode.addListener((obs, old, value) -> {
            error.set("");
            passphrase.set("");
            confirmation.set("");
            updateStrength();
        });
        filePath.addListener((obs, old, value) -> suggestTarget(old, value));
    }

    /**
     * Restoring: the new workbench is suggested beside the backup as NAME-restored.awb, as long as the user has not
     * chosen a name of their own.
     */
    private void suggestTarget(String oldBackup, String backup) {
        if (mode.get() != Mode.RESTORE) {
            return;
        }
        String previous = oldBackup == null || oldBackup.isBlank() ? "" : restoredNameFor(Path.of(oldBackup.strip()))
                .toString();
        if (targetPath.get().isBlank() || targetPath.get().equals(previous)) {
            targetPath.set(backup == null || backup.isBlank() ? "" : restoredNameFor(Path.of(backup.strip()))
                    .toString());
        }
    }

    /** Where a backup is restored unless the user says otherwise: NAME-restored.awb beside it. */
    public static Path restoredNameFor(Path backup) {
        String name = backup.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return backup.resolveSibling(stem + "-restored.awb");
    }

    private void updateStrength() {
        if (mode.get() != Mode.CREATE || passphrase.get().isEmpty()) {
            strengthText.set("");
            return;
        }
        strengthText.set(switch (PassphrasePolicy.assess(passphrase.get())) {
            case TOO_SHORT -> messages.get("start.passphrase.tooShort", PassphrasePolicy.MINIMUM);
            case WEAK -> messages.get("start.passphrase.weak", PassphrasePolicy.RECOMMENDED);
            case GOOD -> messages.get("start.passphrase.good");
        });
    }

    public void showCreate() {
        mode.set(Mode.CREATE);
        filePath.set("");
    }

    public void showOpen(Path file) {
        mode.set(Mode.OPEN);
        filePath.set(file == null ? "" : file.toString());
    }

    public void showRestore() {
        mode.set(Mode.RESTORE);
        filePath.set("");
        targetPath.set("");
    }

    /**
     * The open form with a file chosen outside the window (a double-clicked workbench). Whether it can be read is
     * checked on the worker, and a file that cannot gets one sentence at once rather than after the passphrase.
     */
    public void choose(Path file) {
        showOpen(file);
        tasks.run(p -> unavailable(file), key -> {
            if (!key.isEmpty() && file.toString().equals(filePath.get()) && error.get().isEmpty()) {
                error.set(messages.get(key, file));
            }
        }, error::set);
    }

    private static String unavailable(Path file) {
        if (!Files.isRegularFile(file)) {
            return "workbench.error.missing";
        }
        return Files.isReadable(file) ? "" : "workbench.error.unreadable";
    }

    /**
     * Takes over an opening that began before the window was up (see {@link #openingOf}): shown as busy, and
     * handed on, or its one sentence shown, exactly as if it had been started here. {@code file} is shown in the
     * open form (null for the sample).
     */
    public void adopt(CompletableFuture<WorkbenchSession> opening, Path file) {
        if (file != null) {
            showOpen(file);
        }
        begin();
        tasks.run(p -> {
            try {
                return opening.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause; // the opening's own refusal, e.g. a wrong passphrase, keeps its sentence
                }
                throw e;
            }
        }, this::opened, this::failed);
    }

    /**
     * The work of opening the sample (writing it first on the first look) or a file, for a thread that starts it
     * before the window exists. Needs no toolkit.
     */
    public static WorkbenchSession openingOf(UiContext context, Path file, char[] secret) {
        return file == null ? openOrCreateSample(context) : context.workbenches().open(file, secret);
    }

    public BooleanBinding canSubmit() {
        return Bindings.createBooleanBinding(() -> !busy.get() && !filePath.get().isBlank()
                && !passphrase.get().isEmpty() && (mode.get() != Mode.CREATE || !confirmation.get().isEmpty())
                && (mode.get() != Mode.RESTORE || !targetPath.get().isBlank()),
                busy, filePath, targetPath, passphrase, confirmation, mode);
    }

    public void submit() {
        if (mode.get() == Mode.CREATE) {
            create();
        } else if (mode.get() == Mode.OPEN) {
            open();
        } else if (mode.get() == Mode.RESTORE) {
            restore();
        }
    }

    private void create() {
        if (!passphrase.get().equals(confirmation.get())) {
            error.set(messages.get("start.error.mismatch"));
            return;
        }
        if (PassphrasePolicy.assess(passphrase.get()) == PassphrasePolicy.Strength.TOO_SHORT) {
            error.set(messages.get("start.passphrase.tooShort", PassphrasePolicy.MINIMUM));
            return;
        }
        Path file = withExtension(Path.of(filePath.get().strip()));
        char[] secret = passphrase.get().toCharArray();
        begin();
        tasks.run(p -> {
            try {
                context.workbenches().createComplete(file, secret, session -> null);
                return context.workbenches().open(file, secret);
            } finally {
                java.util.Arrays.fill(secret, '\0'); // the store keeps no copy of it
            }
        }, this::opened, this::failed);
    }

    private void open() {
        Path file = Path.of(filePath.get().strip());
        char[] secret = passphrase.get().toCharArray();
        begin();
        tasks.run(p -> {
            try {
                return context.workbenches().open(file, secret);
            } finally {
                java.util.Arrays.fill(secret, '\0'); // the store keeps no copy of it
            }
        }, this::opened, this::failed);
    }

    /** A workbench restored and checked, then opened. */
    private record RestoredSession(WorkbenchSession session, BackupRestore.Restored restored) {
    }

    /**
     * Writes a new workbench from the backup, after the service has checked it through (a damaged backup, a wrong
     * passphrase or an existing target is refused with one sentence and nothing written), then opens it.
     */
    private void restore() {
        Path backup = Path.of(filePath.get().strip());
        Path target = withExtension(Path.of(targetPath.get().strip()));
        char[] secret = passphrase.get().toCharArray();
        begin();
        tasks.run(p -> {
            try {
                BackupRestore.Restored restored = context.workbenches().restore(backup, target, secret, p);
                return new RestoredSession(context.workbenches().open(restored.workbench(), secret), restored);
            } finally {
                java.util.Arrays.fill(secret, '\0'); // the store keeps no copy of it
            }
        }, done -> openedSaying(done.session(), messages.get("start.restore.done", backup.getFileName(),
                done.restored().workbench().getFileName(), done.restored().eventsChecked(),
                done.restored().evidenceChecked())), this::failed);
    }

    /** Opens the sample, writing it first when this is the first look. */
    public void openSample() {
        begin();
        tasks.run(p -> openOrCreateSample(context), this::opened, this::failed);
    }

    private static WorkbenchSession openOrCreateSample(UiContext context) {
        Path file = context.sampleWorkbench();
        char[] secret = SampleWorkbench.PASSPHRASE.toCharArray();
        if (Files.exists(file)) {
            return context.workbenches().open(file, secret);
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new com.auditworkbench.domain.AuditException(e, "workbench.error.folderMissing", file.getParent());
        }
        context.workbenches().createComplete(file, secret,
                session -> SampleWorkbench.populate(session, context.templates().defaultAudit()));
        return context.workbenches().open(file, secret);
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".awb") ? file : file.resolveSibling(name + ".awb");
    }

    private void begin() {
        error.set("");
        busy.set(true);
    }

    private void opened(WorkbenchSession session) {
        openedSaying(session, "");
    }

    private void openedSaying(WorkbenchSession session, String status) {
        busy.set(false);
        passphrase.set("");
        confirmation.set("");
        context.settings().rememberWorkbench(session.file());
        recent.setAll(context.settings().recentWorkbenches());
        onOpened.accept(session, status);
    }

    private void failed(String sentence) {
        busy.set(false);
        error.set(sentence);
    }

    public String samplePassphrase() {
        return SampleWorkbench.PASSPHRASE;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty filePathProperty() {
        return filePath;
    }

    public StringProperty targetPathProperty() {
        return targetPath;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public StringProperty strengthTextProperty() {
        return strengthText;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<Path> recent() {
        return recent;
    }
}
