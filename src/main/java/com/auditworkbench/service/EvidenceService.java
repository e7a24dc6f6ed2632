package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.Evidence;
import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.EvidenceFilter;
import com.auditworkbench.domain.EvidenceIntakeReport;
import com.auditworkbench.domain.EvidenceMismatch;
import com.auditworkbench.domain.EvidenceTarget;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.store.EvidenceRepository;
import com.auditworkbench.store.EvidenceVault;
import com.auditworkbench.store.PartFiles;
import com.auditworkbench.store.Repositories;
import com.auditworkbench.store.Workbench;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evidence (証跡) with a chain of custody: files taken in with their SHA-256, who collected them from whom and the
 * date they speak of; stored once per content in the encrypted vault (docs/decisions/0008); linked to the results,
 * interviews and findings they support; previewed and copied out without a decrypted copy on disk; re-hashed on
 * demand. Every intake, link, copy and verification is written to the activity log with the change itself.
 */
public final class EvidenceService {

    static final String ENTITY = "evidence";
    /** The largest file taken in unless the setting says otherwise: 2 GiB. */
    public static final long DEFAULT_MAX_FILE_SIZE = 2L << 30;

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceService.class);
    private static final Pattern WINDOWS_RESERVED_CHARS = Pattern.compile("[<>:\"/\\\\|?*\\x00-\\x1f]");
    private static final Pattern WINDOWS_RESERVED_NAMES = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])");
    private static final int SUMMARY_MAX = 900;

    private final Workbench workbench;
    private final AuditTrail trail;
    private volatile EvidenceVault vault;
    private volatile long maxFileSize = DEFAULT_MAX_FILE_SIZE;

    EvidenceService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        this.trail = trail;
    }

    /** The largest file an intake accepts, in bytes (a setting; {@link #DEFAULT_MAX_FILE_SIZE} by default). */
    public long maxFileSize() {
        return maxFileSize;
    }

    public void setMaxFileSize(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("The maximum evidence size must be positive");
        }
        this.maxFileSize = bytes;
    }

    /** The vault folder of this workbench: back it up together with the workbench file. */
    public Path vaultFolder() {
        return EvidenceVault.folderFor(workbench.file());
    }

    /**
     * Started when the workbench is opened: removes temporary files an interrupted intake left and moves vault files
     * no record refers to aside. It runs beside the opening (on the large plan it lists 20,000 references, about a
     * second cold) and never stops the workbench from opening; anything that uses the vault waits for it first, so
     * it never meets an intake's temporary files.
     */
    void sweepOnOpen() {
        if (!Files.isDirectory(vaultFolder())) {
            return;
        }
        Thread sweeper = new Thread(() -> {
            try {
                Set<String> refs = workbench.transaction(r -> r.evidence().storageRefs());
                openVault().sweep(refs);
            } catch (RuntimeException e) {
                LOG.warn("Evidence vault of {} could not be swept", workbench.file(), e);
            } finally {
                swept.complete(null);
            }
        }, "awb-evidence-sweep");
        sweeper.setDaemon(true);
        sweeping = swept;
        sweeper.start();
    }

    private final java.util.concurrent.CompletableFuture<Void> swept = new java.util.concurrent.CompletableFuture<>();
    private volatile java.util.concurrent.CompletableFuture<Void> sweeping =
            java.util.concurrent.CompletableFuture.completedFuture(null);

    /** Waits until the sweep started at opening has finished (the vault's users do; so do tests and tools). */
    public void awaitSweep() {
        try {
            sweeping.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.warn("Evidence sweep", e);
        }
    }

    private EvidenceVault vault() {
        awaitSweep();
        return openVault();
    }

    private EvidenceVault openVault() {
        EvidenceVault v = vault;
        if (v == null) {
            synchronized (this) {
                if (vault == null) {
                    byte[] key = workbench.transaction(r -> r.evidence().vaultKey(EvidenceVault.newKey(), trail.now()));
                    vault = new EvidenceVault(vaultFolder(), key);
                }
                v = vault;
            }
        }
        return v;
    }

    /** The vault files holding these references, for a backup; none when nothing was ever taken in. */
    Set<Path> vaultFiles(Set<String> refs) {
        if (refs.isEmpty()) {
            return Set.of();
        }
        EvidenceVault v = vault();
        return refs.stream().map(v::fileOf).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The regular files of a folder and its sub-folders, in name order, hidden files left out. */
    public List<Path> filesOf(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new AuditException("evidence.error.notFolder", folder.getFileName());
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new AuditException(e, "evidence.error.folderUnreadable", folder.getFileName());
        }
    }

    /**
     * Takes in a batch of files for a plan and links each to the targets. All or nothing: if any file cannot be
     * taken in, nothing is stored and the sentence names the file. Files the plan already holds (same SHA-256)
     * are linked again, not stored twice. A name other systems cannot use is stored under a safe name; the
     * original name is recorded.
     */
    public EvidenceIntakeReport intake(long planId, List<Path> files, EvidenceDetails details,
            List<EvidenceTarget> targets, Progress progress) {
        Auditor collector = trail.requireUser();
        if (files.isEmpty()) {
            throw new AuditException("evidence.error.noFiles");
        }
        validate(planId, details, targets);
        List<Candidate> candidates = new ArrayList<>();
        for (Path file : files) {
            candidates.add(check(file));
        }
        long total = candidates.stream().mapToLong(Candidate::size).sum();
        AtomicLong done = new AtomicLong();
        List<EvidenceVault.Pending> pending = new ArrayList<>();
        EvidenceVault v = vault();
        Map<String, String> known = workbench.transaction(r -> r.evidence().refsByHash());
        try (EvidenceVault.Batch batch = v.batch(sha -> java.util.Optional.ofNullable(known.get(sha)))) {
            for (Candidate c : candidates) {
                long before = done.get();
                EvidenceVault.Pending s;
                try {
                    s = batch.add(c.path(), c.size(), n -> progress.update(before + n, total), progress::isCancelled);
                } catch (NoSuchFileException e) {
                    throw new AuditException(e, "evidence.error.vanished", c.displayName());
                } catch (EvidenceVault.SourceChangedException e) {
                    throw new AuditException(e, "evidence.error.changed", c.displayName());
                } catch (IOException e) {
                    LOG.warn("Evidence {} could not be read", c.path(), e);
                    throw new AuditException(e, "evidence.error.unreadable", c.displayName());
                }
                done.addAndGet(c.size());
                pending.add(s);
                progress.update(done.get(), total);
                progress.checkCancelled();
            }
            return commit(batch, planId, settle(candidates, pending, v), details, targets, collector);
        } catch (CancellationException e) {
            throw new AuditException("task.cancelled");
        }
    }

    /** For generators (the sample, tests): takes in bytes made in memory, as {@link #intake} takes in files. */
    public EvidenceIntakeReport intakeBytes(long planId, String name, byte[] bytes, EvidenceDetails details,
            List<EvidenceTarget> targets) {
        Auditor collector = trail.requireUser();
        validate(planId, details, targets);
        if (bytes.length == 0) {
            throw new AuditException("evidence.error.empty", name);
        }
        if (bytes.length > maxFileSize) {
            throw new AuditException("evidence.error.tooLarge", name, humanSize(maxFileSize));
        }
        EvidenceVault v = vault();
        Map<String, String> known = workbench.transaction(r -> r.evidence().refsByHash());
        try (EvidenceVault.Batch batch = v.batch(sha -> java.util.Optional.ofNullable(known.get(sha)))) {
            List<EvidenceVault.Pending> pending;
            try {
                pending = List.of(batch.add(bytes));
            } catch (IOException e) {
                throw new AuditException(e, "evidence.error.vaultWrite", v.folder());
            }
            return commit(batch, planId, settle(List.of(new Candidate(null, name, safeName(name), bytes.length)),
                    pending, v), details, targets, collector);
        }
    }

    private record Candidate(Path path, String displayName, String safeName, long size) {
    }

    private record Staged(Candidate candidate, EvidenceVault.Staged staged) {
    }

    /** Waits for the vault to settle where each file went (hashes are taken off the reading thread). */
    private static List<Staged> settle(List<Candidate> candidates, List<EvidenceVault.Pending> pending,
            EvidenceVault vault) {
        List<Staged> staged = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            try {
                staged.add(new Staged(candidates.get(i), pending.get(i).get()));
            } catch (IOException e) {
                throw new AuditException(e, "evidence.error.vaultWrite", vault.folder());
            }
        }
        return staged;
    }

    /** Everything that can be said about a file before reading it; the first problem found stops the batch. */
    private Candidate check(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            throw new AuditException("evidence.error.vanished", name);
        }
        if (Files.isDirectory(file)) {
            throw new AuditException("evidence.error.isFolder", name);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new AuditException("evidence.error.unreadable", name);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new AuditException(e, "evidence.error.vanished", name);
        } catch (IOException e) {
            throw new AuditException(e, "evidence.error.unreadable", name);
        }
        if (size == 0) {
            throw new AuditException("evidence.error.empty", name);
        }
        if (size > maxFileSize) {
            throw new AuditException("evidence.error.tooLarge", name, humanSize(maxFileSize));
        }
        return new Candidate(file, name, safeName(name), size);
    }

    private void validate(long planId, EvidenceDetails details, List<EvidenceTarget> targets) {
        Objects.requireNonNull(details, "details");
        if (details.obtainedFrom().isBlank()) {
            throw new AuditException("evidence.error.obtainedFromRequired");
        }
        if (details.effectiveDate() == null) {
            throw new AuditException("evidence.error.effectiveDateRequired");
        }
        LocalDate today = LocalDate.now(trail.clock());
        if (details.effectiveDate().isAfter(today)) {
            throw new AuditException("evidence.error.effectiveDateFuture", details.effectiveDate());
        }
        if (!EvidenceDetails.CLASSIFICATIONS.contains(details.classification())) {
            throw new AuditException("evidence.error.classification", details.classification());
        }
        if (details.description().length() > 4000) {
            throw new AuditException("evidence.error.descriptionTooLong", 4000);
        }
        workbench.run(r -> {
            if (r.plans().find(planId).isEmpty()) {
                throw new AuditException("evidence.error.noPlan", planId);
            }
            for (EvidenceTarget target : targets) {
                checkTarget(r, planId, target);
            }
        });
    }

    private static void checkTarget(Repositories r, long planId, EvidenceTarget target) {
        switch (target.kind()) {
            case RESULT -> {
                String[] parts = target.key().split("/", 3);
                boolean ok = parts.length == 3 && parts[0].equals(Long.toString(planId)) && parts[1].matches("\\d+")
                        && r.checklist().isInPlan(planId, Long.parseLong(parts[1]), parts[2]);
                if (!ok) {
                    throw new AuditException("evidence.error.noTarget", target.key());
                }
            }
            case FINDING -> {
                boolean ok = target.key().matches("\\d+") && r.findings().find(Long.parseLong(target.key()),
                        Map.of()).filter(f -> f.planId() == planId).isPresent();
                if (!ok) {
                    throw new AuditException("evidence.error.noTarget", target.key());
                }
            }
            case INTERVIEW -> {
                if (!target.key().matches("\\d+")) {
                    throw new AuditException("evidence.error.noTarget", target.key());
                }
            }
            default -> throw new IllegalStateException(target.kind().name());
        }
    }

    /** Places the batch's files in the vault (forced to disk and renamed), then commits their records. */
    private EvidenceIntakeReport commit(EvidenceVault.Batch batch, long planId, List<Staged> staged,
            EvidenceDetails details, List<EvidenceTarget> targets, Auditor collector) {
        return commit(batch, planId, staged, details, index -> targets, collector);
    }

    /**
     * The records, links and log events of one intake, a few statements for the whole batch: a file whose bytes the
     * plan already holds (or that came twice in the batch) is linked again and logged as "link"; a new one is
     * numbered after the plan's last and logged as "intake" with everything recorded about it.
     */
    private EvidenceIntakeReport recordIntake(Repositories r, long planId, List<Staged> staged,
            EvidenceDetails details, java.util.function.IntFunction<List<EvidenceTarget>> targetsOf,
            Auditor collector) {
        OffsetDateTime at = trail.now();
        Set<String> hashes = new LinkedHashSet<>();
        staged.forEach(s -> hashes.add(s.staged().sha256()));
        Map<String, Long> held = r.evidence().idsByHash(planId, hashes);
        Map<String, Long> ids = new HashMap<>(held);
        List<EvidenceRepository.NewEvidence> fresh = new ArrayList<>();
        List<String> freshHashes = new ArrayList<>();
        boolean[] alreadyHeld = new boolean[staged.size()];
        Set<String> seen = new HashSet<>(held.keySet());
        for (int index = 0; index < staged.size(); index++) {
            Staged s = staged.get(index);
            String sha = s.staged().sha256();
            alreadyHeld[index] = !seen.add(sha);
            if (!alreadyHeld[index]) {
                fresh.add(new EvidenceRepository.NewEvidence(sha, s.staged().size(), s.candidate().safeName(),
                        s.candidate().displayName(), mediaType(s.candidate().displayName()), s.staged().ref()));
                freshHashes.add(sha);
            }
        }
        List<Evidence> inserted = r.evidence().insertAll(planId, fresh, collector.name(), details, at);
        Map<Long, Evidence> records = new HashMap<>();
        for (int i = 0; i < inserted.size(); i++) {
            ids.put(freshHashes.get(i), inserted.get(i).id());
            records.put(inserted.get(i).id(), inserted.get(i));
        }
        Set<EvidenceRepository.EvidenceLinkKey> links = r.evidence().linksOf(held.values());
        List<EvidenceRepository.EvidenceLinkKey> newLinks = new ArrayList<>();
        List<List<EvidenceTarget>> addedPerFile = new ArrayList<>(staged.size());
        Map<Long, List<EvidenceTarget>> freshLinks = new HashMap<>();
        for (int index = 0; index < staged.size(); index++) {
            long id = ids.get(staged.get(index).staged().sha256());
            List<EvidenceTarget> added = new ArrayList<>();
            for (EvidenceTarget t : targetsOf.apply(index)) {
                EvidenceRepository.EvidenceLinkKey link = new EvidenceRepository.EvidenceLinkKey(id, t);
                if (links.add(link)) {
                    newLinks.add(link);
                    added.add(t);
                    if (records.containsKey(id)) {
                        freshLinks.computeIfAbsent(id, k -> new ArrayList<>()).add(t);
                    }
                }
            }
            addedPerFile.add(added);
        }
        r.evidence().insertLinks(newLinks, at, collector.name());
        freshLinks.forEach((id, targets) -> {
            targets.sort(java.util.Comparator.comparing(EvidenceTarget::kind).thenComparing(EvidenceTarget::key));
            records.put(id, records.get(id).withLinks(targets));
        });
        records.putAll(r.evidence().findAll(held.values()));
        List<EvidenceIntakeReport.Entry> entries = new ArrayList<>(staged.size());
        List<AuditTrail.Change> changes = new ArrayList<>(staged.size());
        for (int index = 0; index < staged.size(); index++) {
            Staged s = staged.get(index);
            Evidence e = records.get(ids.get(s.staged().sha256()));
            Map<String, Object> after = new LinkedHashMap<>();
            if (!alreadyHeld[index]) {
                after.put("file", e.fileName());
                after.put("originalName", e.originalName());
                after.put("sha256", e.sha256());
                after.put("size", e.size());
                after.put("mediaType", e.mediaType());
                after.put("obtainedFrom", e.obtainedFrom());
                after.put("effectiveDate", e.effectiveDate().toString());
                after.put("classification", e.classification());
                after.put("description", e.description());
            } else {
                after.put("sha256", e.sha256());
                after.put("sameAs", s.candidate().displayName());
            }
            after.put("linked", addedPerFile.get(index).stream().map(EvidenceService::targetText).toList());
            changes.add(new AuditTrail.Change(alreadyHeld[index] ? "link" : "intake", ENTITY, Long.toString(e.id()),
                    planId, summary(e), null, after));
            entries.add(new EvidenceIntakeReport.Entry(e, s.candidate().displayName(), alreadyHeld[index]));
        }
        trail.recordAll(r, changes);
        return new EvidenceIntakeReport(entries);
    }

    /** A file a generator made in memory, with what it supports. */
    record Generated(String name, byte[] bytes, List<EvidenceTarget> targets) {
    }

    /**
     * For the large sample: takes in many generated files as one batch (one pack in the vault, one transaction),
     * each linked to its own targets. The targets are the generator's own and are not checked one by one.
     */
    EvidenceIntakeReport intakeGenerated(long planId, List<Generated> files, EvidenceDetails details) {
        Auditor collector = trail.requireUser();
        validate(planId, details, List.of());
        EvidenceVault v = vault();
        Map<String, String> known = workbench.transaction(r -> r.evidence().refsByHash());
        try (EvidenceVault.Batch batch = v.batch(sha -> java.util.Optional.ofNullable(known.get(sha)))) {
            List<Candidate> candidates = new ArrayList<>(files.size());
            List<EvidenceVault.Pending> pending = new ArrayList<>(files.size());
            for (Generated g : files) {
                if (g.bytes().length == 0) {
                    throw new AuditException("evidence.error.empty", g.name());
                }
                candidates.add(new Candidate(null, g.name(), safeName(g.name()), g.bytes().length));
                try {
                    pending.add(batch.add(g.bytes()));
                } catch (IOException e) {
                    throw new AuditException(e, "evidence.error.vaultWrite", v.folder());
                }
            }
            return commit(batch, planId, settle(candidates, pending, v), details,
                    index -> files.get(index).targets(), collector);
        }
    }

    private EvidenceIntakeReport commit(EvidenceVault.Batch batch, long planId, List<Staged> staged,
            EvidenceDetails details, java.util.function.IntFunction<List<EvidenceTarget>> targetsOf,
            Auditor collector) {
        try {
            batch.commit();
        } catch (IOException e) {
            throw new AuditException(e, "evidence.error.vaultWrite", vaultFolder());
        }
        try {
            return workbench.transaction(r -> recordIntake(r, planId, staged, details, targetsOf, collector));
        } catch (RuntimeException e) {
            batch.rollback();
            throw e;
        }
    }

    public Evidence link(long evidenceId, EvidenceTarget target) {
        Auditor user = trail.requireUser();
        return workbench.transaction(r -> {
            Evidence e = r.evidence().find(evidenceId).orElseThrow(
                    () -> new AuditException("evidence.error.notFound", evidenceId));
            checkTarget(r, e.planId(), target);
            if (r.evidence().link(evidenceId, target, trail.now(), user.name())) {
                trail.record(r, "link", ENTITY, Long.toString(evidenceId), e.planId(), summary(e), null,
                        Map.of("linked", targetText(target)));
            }
            return r.evidence().find(evidenceId).orElseThrow();
        });
    }

    /** Removes one link; the evidence itself stays (evidence is never deleted: it is part of the audit record). */
    public Evidence unlink(long evidenceId, EvidenceTarget target) {
        trail.requireUser();
        return workbench.transaction(r -> {
            Evidence e = r.evidence().find(evidenceId).orElseThrow(
                    () -> new AuditException("evidence.error.notFound", evidenceId));
            if (r.evidence().unlink(evidenceId, target)) {
                trail.record(r, "unlink", ENTITY, Long.toString(evidenceId), e.planId(), summary(e),
                        Map.of("linked", targetText(target)), null);
            }
            return r.evidence().find(evidenceId).orElseThrow();
        });
    }

    /** The evidence index, filtered. */
    public List<Evidence> index(EvidenceFilter filter) {
        List<Evidence> all = workbench.transaction(r -> r.evidence().all(filter.planId()));
        return all.stream().filter(filter::matches).toList();
    }

    public List<Evidence> linkedTo(EvidenceTarget target) {
        return workbench.transaction(r -> r.evidence().linkedTo(target));
    }

    public Evidence get(long evidenceId) {
        return workbench.transaction(r -> r.evidence().find(evidenceId)).orElseThrow(
                () -> new AuditException("evidence.error.notFound", evidenceId));
    }

    /** Evidence count per checklist result of a plan, keyed as {@code ChecklistRow.key()}. */
    public Map<String, Integer> countsByResult(long planId) {
        return workbench.transaction(r -> r.evidence().countsByResult(planId));
    }

    /** Evidence of the plan never verified, failing its last verification, or changed since. */
    public int unverifiedCount(long planId) {
        return workbench.transaction(r -> r.evidence().unverifiedCount(planId));
    }

    /** Readable labels of targets: item and auditee of a result, reference and title of a finding. */
    public Map<EvidenceTarget, String> describe(Collection<EvidenceTarget> targets) {
        return workbench.transaction(r -> {
            Map<EvidenceTarget, String> labels = new LinkedHashMap<>();
            for (EvidenceTarget t : targets) {
                labels.put(t, describe(r, t));
            }
            return labels;
        });
    }

    /** The plan's evidence with labels of what it supports, read in the caller's transaction (for reports). */
    static com.auditworkbench.domain.EvidenceIndex index(Repositories r, long planId) {
        List<Evidence> all = r.evidence().all(planId);
        Map<EvidenceTarget, String> labels = new LinkedHashMap<>();
        all.forEach(e -> e.links().forEach(t -> labels.computeIfAbsent(t, k -> describe(r, k))));
        return new com.auditworkbench.domain.EvidenceIndex(all, labels);
    }

    private static String describe(Repositories r, EvidenceTarget t) {
        try {
            switch (t.kind()) {
                case RESULT -> {
                    String[] parts = t.key().split("/", 3);
                    String department = r.departments().find(Long.parseLong(parts[1])).map(d -> d.name())
                            .orElse(parts[1]);
                    return parts[2] + " " + department;
                }
                case FINDING -> {
                    return r.findings().find(Long.parseLong(t.key()), Map.of())
                            .map(f -> f.reference() + " " + f.title()).orElse(t.key());
                }
                default -> {
                    return "#" + t.key();
                }
            }
        } catch (RuntimeException e) {
            return t.key();
        }
    }

    /**
     * The decrypted content as a stream, for preview: nothing decrypted is written to disk. The vault hands out
     * only the content the record expects (its SHA-256): another file swapped in or a damaged one is refused with
     * a sentence naming the evidence; damage found later fails with an IOException while reading.
     */
    public InputStream openStream(long evidenceId) {
        Evidence e = get(evidenceId);
        try {
            return openGenuine(e);
        } catch (NoSuchFileException ex) {
            throw new AuditException(ex, "evidence.error.missing", e.fileName());
        } catch (EvidenceVault.DamagedException ex) {
            LOG.warn("Evidence #{} {} refused: {}", e.number(), e.fileName(), ex.getMessage());
            throw new AuditException(ex, "evidence.error.notGenuine", e.fileName());
        } catch (IOException ex) {
            throw new AuditException(ex, "evidence.error.unreadableVault", e.fileName());
        }
    }

    private InputStream openGenuine(Evidence e) throws IOException {
        String ref = workbench.transaction(r -> r.evidence().storageRef(e.id()));
        return vault().open(ref, e.sha256());
    }

    /** Up to {@code max} bytes of the decrypted content, in memory, for preview. */
    public byte[] readForPreview(long evidenceId, int max) {
        try (InputStream in = openStream(evidenceId)) {
            return in.readNBytes(max);
        } catch (EvidenceVault.DamagedException e) {
            throw new AuditException(e, "evidence.error.notGenuine", get(evidenceId).fileName());
        } catch (IOException e) {
            throw new AuditException(e, "evidence.error.damaged", get(evidenceId).fileName());
        }
    }

    /** PDFs larger than this are not drawn for the preview (the whole file must be in memory to be parsed). */
    public static final int PDF_PREVIEW_MAX = 64 * 1024 * 1024;

    /**
     * The first pages of a PDF piece of evidence, drawn in memory from its decrypted bytes; a PDF that cannot be
     * drawn (too large, protected by a password, damaged) is refused with a sentence naming it.
     */
    public com.auditworkbench.domain.PdfPreview previewPdf(long evidenceId, int maxPages) {
        Evidence e = get(evidenceId);
        if (e.size() > PDF_PREVIEW_MAX) {
            throw new AuditException("evidence.preview.pdfTooLarge", e.fileName(), humanSize(PDF_PREVIEW_MAX));
        }
        return PdfPages.render(readForPreview(evidenceId, PDF_PREVIEW_MAX), maxPages, e.fileName());
    }

    /**
     * Writes a copy of the evidence to a place the user chose, checking its SHA-256 on the way; the copy appears
     * only when complete and genuine, and is logged with where it went.
     */
    public void saveCopy(long evidenceId, Path target) {
        trail.requireUser();
        Evidence e = get(evidenceId);
        Path given = target.toAbsolutePath().normalize();
        Path folder = given.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new AuditException("export.error.folderMissing", folder);
        }
        if (given.startsWith(vaultFolder())) {
            throw new AuditException("evidence.error.copyIntoVault");
        }
        // The save dialog asked before an existing file is replaced; a workbench or its evidence never is.
        Path out = OutputTarget.protecting(workbench.file()).check(given, true);
        folder = out.getParent();
        Path temporary = null;
        try {
            temporary = PartFiles.createBeside(folder, ".evidence-", "");
            MessageDigest sha = sha256();
            try (InputStream in = openGenuine(e);
                    OutputStream os = new DigestOutputStream(Files.newOutputStream(temporary), sha)) {
                in.transferTo(os);
            }
            String actual = HexFormat.of().formatHex(sha.digest());
            if (!actual.equals(e.sha256())) {
                throw new AuditException("evidence.error.damaged", e.fileName());
            }
            Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (EvidenceVault.DamagedException ex) {
            throw new AuditException(ex, "evidence.error.damaged", e.fileName());
        } catch (NoSuchFileException ex) {
            throw new AuditException(ex, "evidence.error.missing", e.fileName());
        } catch (AccessDeniedException ex) {
            throw new AuditException(ex, "export.error.write", out.getFileName());
        } catch (IOException ex) {
            throw new AuditException(ex, "export.error.write", out.getFileName());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ex) {
                    LOG.warn("Temporary copy {} could not be removed", temporary, ex);
                }
            }
        }
        workbench.run(r -> trail.record(r, "save-copy", ENTITY, Long.toString(evidenceId), e.planId(), summary(e),
                null, Map.of("to", out.toString(), "sha256", e.sha256())));
    }

    /**
     * Re-hashes evidence (of one plan, or of the whole workbench when planId is null) and compares each with its
     * record. Each distinct vault file is read once. The outcome of every piece and one activity entry for the
     * run are saved together; cancelling saves nothing.
     */
    public List<EvidenceMismatch> verify(Long planId, Progress progress) {
        List<Evidence> all = workbench.transaction(r -> r.evidence().all(planId));
        Map<String, List<Evidence>> byRef = new LinkedHashMap<>();
        Map<Long, String> refs = workbench.transaction(r -> {
            Map<Long, String> m = new LinkedHashMap<>();
            all.forEach(e -> m.put(e.id(), r.evidence().storageRef(e.id())));
            return m;
        });
        all.forEach(e -> byRef.computeIfAbsent(refs.get(e.id()), k -> new ArrayList<>()).add(e));
        long total = 0;
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (var entry : byRef.entrySet()) {
            sizes.put(entry.getKey(), entry.getValue().get(0).size());
            total += entry.getValue().get(0).size();
        }
        long grandTotal = total;
        EvidenceVault v = all.isEmpty() ? null : vault();
        AtomicLong done = new AtomicLong();
        Map<Long, String[]> outcomes = new LinkedHashMap<>();
        List<EvidenceMismatch> mismatches = new ArrayList<>();
        for (var entry : byRef.entrySet()) {
            progress.checkCancelled();
            String ref = entry.getKey();
            String actual = null;
            String problem = null;
            try {
                long before = done.get();
                actual = v.hash(ref, entry.getValue().get(0).sha256(), n -> progress.update(done.addAndGet(n), grandTotal), progress::isCancelled);
                done.set(before + sizes.get(ref));
            } catch (NoSuchFileException e) {
                problem = "evidence.verify.missing";
            } catch (EvidenceVault.DamagedException e) {
                problem = "evidence.verify.damaged";
            } catch (CancellationException e) {
                throw new AuditException("task.cancelled");
            } catch (IOException e) {
                problem = "evidence.verify.unreadable";
            }
            for (Evidence e : entry.getValue()) {
                String p = problem;
                if (p == null && !e.sha256().equals(actual)) {
                    p = "evidence.verify.changed";
                }
                String outcome = p == null ? Evidence.OUTCOME_OK
                        : "evidence.verify.missing".equals(p) ? Evidence.OUTCOME_MISSING : Evidence.OUTCOME_MISMATCH;
                outcomes.put(e.id(), new String[] {outcome, p == null ? "" : p});
                if (p != null) {
                    mismatches.add(new EvidenceMismatch(e, p, actual == null ? "" : actual, e.links()));
                }
            }
            progress.update(done.get(), grandTotal);
        }
        progress.checkCancelled();
        if (workbench.readOnly()) {
            // A check from the command line reads only: the workbench keeps its bytes, the outcome is printed.
            return mismatches;
        }
        workbench.run(r -> {
            Map<Long, Evidence> byId = all.stream().collect(Collectors.toMap(Evidence::id, e -> e));
            for (var o : outcomes.entrySet()) {
                r.evidence().recordVerification(o.getKey(), trail.now(), byId.get(o.getKey()).sha256(), o.getValue()[0],
                        o.getValue()[1]);
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("checked", all.size());
            after.put("bytes", grandTotal);
            after.put("mismatches", mismatches.stream()
                    .map(m -> m.evidence().number() + " " + m.evidence().fileName() + " (" + m.evidence().sha256()
                            + "): " + m.problemKey()).toList());
            trail.record(r, "verify", ENTITY, planId == null ? "*" : "plan:" + planId, planId,
                    all.size() + " / " + mismatches.size(), null, after);
        });
        return mismatches;
    }

    /**
     * A name every supported operating system accepts: characters Windows rejects ({@code <>:"/\|?*} and control
     * characters) become {@code _}, trailing dots and spaces are dropped, and reserved device names (CON, PRN, AUX,
     * NUL, COM1–9, LPT1–9) get a leading {@code _}. Other names come back unchanged.
     */
    public static String safeName(String name) {
        String safe = WINDOWS_RESERVED_CHARS.matcher(name).replaceAll("_");
        safe = safe.replaceAll("[. ]+$", "");
        if (safe.isEmpty()) {
            safe = "evidence";
        }
        int dot = safe.indexOf('.');
        String base = dot < 0 ? safe : safe.substring(0, dot);
        if (WINDOWS_RESERVED_NAMES.matcher(base.strip()).matches()) {
            safe = "_" + safe;
        }
        if (safe.length() > 200) {
            int ext = safe.lastIndexOf('.');
            String extension = ext > 0 && safe.length() - ext <= 16 ? safe.substring(ext) : "";
            safe = safe.substring(0, 200 - extension.length()) + extension;
        }
        return safe;
    }

    /** The media type shown and used to choose a preview, from the file name. */
    static String mediaType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (ext) {
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "bmp" -> "image/bmp";
            case "pdf" -> "application/pdf";
            case "txt", "log", "text", "md" -> "text/plain";
            case "csv" -> "text/csv";
            case "tsv" -> "text/tab-separated-values";
            case "json" -> "application/json";
            case "xml" -> "application/xml";
            case "html", "htm" -> "text/html";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "zip" -> "application/zip";
            case "eml" -> "message/rfc822";
            default -> "application/octet-stream";
        };
    }

    static String targetText(EvidenceTarget t) {
        return t.kind().name() + " " + t.key();
    }

    private static String summary(Evidence e) {
        String s = "#" + e.number() + " " + e.fileName();
        return s.length() > SUMMARY_MAX ? s.substring(0, SUMMARY_MAX) : s;
    }

    static String humanSize(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GB";
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return bytes + " B";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The finding a finding target points at, for screens that show it. */
    public java.util.Optional<Finding> findingOf(EvidenceTarget target) {
        if (target.kind() != EvidenceTarget.Kind.FINDING) {
            return java.util.Optional.empty();
        }
        return workbench.transaction(r -> r.findings().find(Long.parseLong(target.key()), Map.of()));
    }
}
