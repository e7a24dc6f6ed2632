package com.auditworkbench.ui.start;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.PassphrasePolicy;
import com.auditworkbench.service.SampleWorkbench;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.UiContext;
import com.auditworkbench.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
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

/** The start screen's state: create a workbench, open one (recent list), or open the sample. */
public final class StartViewModel {

    /** Which form the screen shows. */
    public enum Mode { NONE, CREATE, OPEN }

    private final UiContext context;
    private final TaskRunner tasks;
    private final Consumer<WorkbenchSession> onOpened;
    private final Messages messages;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.NONE);
    private final StringProperty filePath = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringProperty strengthText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<Path> recent = FXCollections.observableArrayList();

    public StartViewModel(UiContext context, TaskRunner tasks, Consumer<WorkbenchSession> onOpened) {
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
                && !passphrase.get().isEmpty() && (mode.get() != Mode.CREATE || !confirmation.get().isEmpty()),
                busy, filePath, passphrase, confirmation, mode);
    }

    public void submit() {
        if (mode.get() == Mode.CREATE) {
            create();
        } else if (mode.get() == Mode.OPEN) {
            open();
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
            context.workbenches().createComplete(file, secret, session -> null);
            return context.workbenches().open(file, secret);
        }, this::opened, this::failed);
    }

    private void open() {
        Path file = Path.of(filePath.get().strip());
        char[] secret = passphrase.get().toCharArray();
        begin();
        tasks.run(p -> context.workbenches().open(file, secret), this::opened, this::failed);
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
        busy.set(false);
        passphrase.set("");
        confirmation.set("");
        context.settings().rememberWorkbench(session.file());
        recent.setAll(context.settings().recentWorkbenches());
        onOpened.accept(session);
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
