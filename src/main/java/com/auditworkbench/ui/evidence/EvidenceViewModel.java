package com.auditworkbench.ui.evidence;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Evidence;
import com.auditworkbench.domain.EvidenceFilter;
import com.auditworkbench.domain.EvidenceMismatch;
import com.auditworkbench.domain.EvidenceTarget;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.PdfPreview;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The evidence index of the selected plan: filters, the selected piece previewed from a decrypted in-memory copy
 * (never a file), "save a copy as…", and verification as a cancellable background task.
 */
public final class EvidenceViewModel {

    /** Text previews stop after this many bytes. */
    static final int TEXT_PREVIEW = 200 * 1024;
    /** Images larger than this are not decoded for the preview. */
    static final int IMAGE_PREVIEW = 64 * 1024 * 1024;
    /** A PDF preview draws this many pages at most. */
    static final int PDF_PAGES = 3;
    /** A PDF that cannot be drawn is summarised from at most this many bytes. */
    static final int PDF_SUMMARY_MAX = 16 * 1024 * 1024;

    /** The verified-state filter. */
    public enum VerifiedFilter {
        ALL, VERIFIED, UNVERIFIED;

        String messageKey() {
            return switch (this) {
                case ALL -> "evidence.filter.verified.all";
                case VERIFIED -> "evidence.filter.verified.verified";
                case UNVERIFIED -> "evidence.filter.verified.unverified";
            };
        }
    }

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<String> onError;
    private final ObservableList<Evidence> all = FXCollections.observableArrayList();
    private final FilteredList<Evidence> shown = new FilteredList<>(all, e -> true);
    private final ObservableList<String> collectors = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty classification = new SimpleStringProperty();
    private final StringProperty collectedBy = new SimpleStringProperty();
    private final ObjectProperty<EvidenceTarget.Kind> targetKind = new SimpleObjectProperty<>();
    private final ObjectProperty<VerifiedFilter> verified = new SimpleObjectProperty<>(VerifiedFilter.ALL);
    private final ObjectProperty<Evidence> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Image> previewImage = new SimpleObjectProperty<>();
    private final StringProperty previewText = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty verifying = new SimpleBooleanProperty(false);
    private final DoubleProperty verifyProgress = new SimpleDoubleProperty(0);
    private final ObservableList<String> mismatches = FXCollections.observableArrayList();
    private Map<EvidenceTarget, String> labels = Map.of();
    private javafx.concurrent.Task<?> verifyTask;
    private Long planId;

    public EvidenceViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, Consumer<String> onError) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        text.addListener(o -> refilter());
        classification.addListener(o -> refilter());
        collectedBy.addListener(o -> refilter());
        targetKind.addListener(o -> refilter());
        verified.addListener(o -> refilter());
        selected.addListener((obs, old, e) -> preview(e));
    }

    public void load(Long plan) {
        this.planId = plan;
        if (plan == null) {
            clear();
            return;
        }
        Long keep = selected.get() == null ? null : selected.get().id();
        tasks.run(p -> {
            var list = session.evidence().index(EvidenceFilter.plan(plan));
            var described = session.evidence().describe(list.stream().flatMap(e -> e.links().stream())
                    .collect(Collectors.toSet()));
            return Map.entry(list, described);
        }, loaded -> {
            if (!plan.equals(planId)) {
                return;
            }
            labels = loaded.getValue();
            all.setAll(loaded.getKey());
            collectors.setAll(new TreeSet<>(all.stream().map(Evidence::collectedBy).toList()));
            status.set(messages.get("evidence.view.count", all.size(), all.stream().filter(e -> !e.verified())
                    .count()));
            if (keep != null) {
                all.stream().filter(e -> e.id() == keep).findFirst().ifPresent(selected::set);
            }
        }, onError);
    }

    public void clear() {
        all.clear();
        collectors.clear();
        selected.set(null);
        mismatches.clear();
        status.set("");
    }

    private void refilter() {
        EvidenceFilter filter = new EvidenceFilter(null, text.get(), classification.get(), collectedBy.get(),
                targetKind.get(), verified.get() == null || verified.get() == VerifiedFilter.ALL ? null
                        : verified.get() == VerifiedFilter.VERIFIED);
        shown.setPredicate(filter::matches);
    }

    private void preview(Evidence e) {
        previewImage.set(null);
        previewText.set("");
        if (e == null) {
            details.set("");
            return;
        }
        details.set(describe(e));
        if (e.isImage() && e.size() <= IMAGE_PREVIEW) {
            tasks.preview(p -> new Image(new ByteArrayInputStream(session.evidence().readForPreview(e.id(),
                    IMAGE_PREVIEW))), image -> {
                        if (e.equals(selected.get())) {
                            previewImage.set(image.isError() ? null : image);
                            if (image.isError()) {
                                previewText.set(messages.get("evidence.preview.notAnImage"));
                            }
                        }
                    }, onError);
        } else if (e.isText()) {
            tasks.preview(p -> decode(session.evidence().readForPreview(e.id(), TEXT_PREVIEW)), t -> {
                if (e.equals(selected.get())) {
                    previewText.set(e.size() > TEXT_PREVIEW ? t + "\n\n" + messages.get("evidence.preview.truncated",
                            size(TEXT_PREVIEW), size(e.size())) : t);
                }
            }, onError);
        } else if (e.isPdf()) {
            tasks.preview(p -> pdfPreview(e), shown -> {
                if (e.equals(selected.get())) {
                    if (shown.image() != null) {
                        previewImage.set(shown.image());
                        details.set(describe(e) + "\n" + shown.text());
                    } else {
                        previewText.set(shown.text());
                    }
                }
            }, onError);
        } else {
            previewText.set(messages.get("evidence.preview.none", e.mediaType()));
        }
    }

    /** What the preview pane shows for a PDF: its first pages, or why not and what could be read. */
    record PdfShown(Image image, String text) {
    }

    /** Runs on the worker: draws the first pages; a PDF that cannot be drawn gets its sentence and a summary. */
    private PdfShown pdfPreview(Evidence e) {
        try {
            PdfPreview pages = session.evidence().previewPdf(e.id(), PDF_PAGES);
            WritableImage image = new WritableImage(pages.width(), pages.height());
            image.getPixelWriter().setPixels(0, 0, pages.width(), pages.height(), PixelFormat.getIntArgbInstance(),
                    pages.argb(), 0, pages.width());
            return new PdfShown(image, messages.get("evidence.preview.pdfPages", pages.pageCount(),
                    pages.pagesShown()));
        } catch (AuditException refused) {
            String reason = refused.localizedMessage(messages);
            String summary = e.size() <= PDF_SUMMARY_MAX
                    ? PdfSummary.of(session.evidence().readForPreview(e.id(), PDF_SUMMARY_MAX), messages) : "";
            return new PdfShown(null, summary.isEmpty() ? reason : reason + "\n\n" + summary);
        }
    }

    /** UTF-8 when the bytes are valid UTF-8, UTF-16 with a byte-order mark, else Shift_JIS (Japanese logs). */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // a cut in the middle of a character at the preview limit, or another encoding
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes, 0, Math.max(0, bytes.length - 3))).toString();
            } catch (CharacterCodingException again) {
                return new String(bytes, Charset.forName("Shift_JIS"));
            }
        }
    }

    String describe(Evidence e) {
        String links = e.links().isEmpty() ? messages.get("evidence.view.noLinks") : e.links().stream()
                .map(t -> messages.get(t.kind().messageKey()) + " " + labels.getOrDefault(t, t.key()))
                .collect(Collectors.joining("\n"));
        return messages.get("evidence.view.details", e.number(), e.fileName(), e.originalName(), e.mediaType(),
                size(e.size()), e.sha256(), e.collectedBy(), e.obtainedFrom(), String.valueOf(e.effectiveDate()),
                String.valueOf(e.intakeAt()), e.classification(), e.description(), links, verifiedText(e));
    }

    String verifiedText(Evidence e) {
        if (e.lastVerifiedAt() == null) {
            return messages.get("evidence.view.notVerified");
        }
        return messages.get(e.verified() ? "evidence.view.verifiedOk" : "evidence.view.verifiedBad",
                String.valueOf(e.lastVerifiedAt()));
    }

    String linksText(Evidence e) {
        return e.links().stream().map(t -> messages.get(t.kind().messageKey()) + " " + labels.getOrDefault(t, t.key()))
                .collect(Collectors.joining("、"));
    }

    public void saveCopy(Path target) {
        Evidence e = selected.get();
        if (e == null) {
            return;
        }
        tasks.run(p -> {
            session.evidence().saveCopy(e.id(), target);
            return target;
        }, t -> status.set(messages.get("evidence.view.copied", e.fileName(), t)), onError);
    }

    public void verify() {
        if (planId == null || verifying.get()) {
            return;
        }
        long plan = planId;
        mismatches.clear();
        verifying.set(true);
        verifyTask = tasks.run(p -> session.evidence().verify(plan, p), found -> {
            verifying.set(false);
            verifyProgress.unbind();
            verifyProgress.set(1);
            found.forEach(m -> mismatches.add(mismatchText(m)));
            status.set(found.isEmpty() ? messages.get("evidence.view.verifiedAll", all.size())
                    : messages.get("evidence.view.verifiedSome", found.size(), all.size()));
            load(plan);
        }, failure -> {
            verifying.set(false);
            verifyProgress.unbind();
            verifyProgress.set(0);
            onError.accept(failure);
        });
        verifyProgress.bind(verifyTask.progressProperty());
    }

    String mismatchText(EvidenceMismatch m) {
        String affects = m.affects().isEmpty() ? messages.get("evidence.view.noLinks") : m.affects().stream()
                .map(t -> messages.get(t.kind().messageKey()) + " " + labels.getOrDefault(t, t.key()))
                .collect(Collectors.joining("、"));
        return messages.get("evidence.view.mismatch", m.evidence().number(), m.evidence().fileName(),
                messages.get(m.problemKey()), affects);
    }

    public void cancelVerify() {
        if (verifyTask != null) {
            verifyTask.cancel();
        }
    }

    public String suggestedCopyName() {
        return selected.get() == null ? "" : selected.get().fileName();
    }

    static String size(long bytes) {
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return bytes + " B";
    }

    public ObservableList<Evidence> shown() {
        return shown;
    }

    public ObservableList<String> collectors() {
        return collectors;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty classificationProperty() {
        return classification;
    }

    public StringProperty collectedByProperty() {
        return collectedBy;
    }

    public ObjectProperty<EvidenceTarget.Kind> targetKindProperty() {
        return targetKind;
    }

    public ObjectProperty<VerifiedFilter> verifiedProperty() {
        return verified;
    }

    public ObjectProperty<Evidence> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Image> previewImageProperty() {
        return previewImage;
    }

    public StringProperty previewTextProperty() {
        return previewText;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty verifyingProperty() {
        return verifying;
    }

    public DoubleProperty verifyProgressProperty() {
        return verifyProgress;
    }

    public ObservableList<String> mismatches() {
        return mismatches;
    }
}
