package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Evidence;
import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.EvidenceFilter;
import com.auditworkbench.domain.EvidenceIntakeReport;
import com.auditworkbench.domain.EvidenceMismatch;
import com.auditworkbench.domain.EvidenceTarget;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Role;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.store.EvidenceVault;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence intake, de-duplication, verification and refusals, on real workbench files and vault folders. */
class EvidenceServiceTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 6, 15);
    private static final EvidenceDetails DETAILS = new EvidenceDetails("市民課 課長 山田", EFFECTIVE,
            "アカウント管理画面の写し", "機密性2");

    @TempDir
    Path folder;

    private Path workbenchFile;
    private long planId;

    private WorkbenchSession create() {
        workbenchFile = folder.resolve("evidence.awb");
        WorkbenchSession session = TestWorkbenches.service().create(workbenchFile,
                TestWorkbenches.PASSPHRASE.toCharArray());
        session.people().actAs(session.people().add("監査 太郎", Role.LEAD, null));
        Plan plan = session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 監査", "目的",
                List.of("総務課", "市民課"), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30),
                NewPlan.DEFAULT_MARKING, "監査 太郎"), TestTemplates.audit(3));
        planId = plan.id();
        return session;
    }

    private WorkbenchSession reopen() {
        WorkbenchSession session = TestWorkbenches.service().open(workbenchFile,
                TestWorkbenches.PASSPHRASE.toCharArray());
        session.people().actAs(session.people().all().get(0));
        return session;
    }

    private Path file(String name, byte[] content) throws IOException {
        Path dir = folder.resolve("in");
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<Path> vaultFiles() throws IOException {
        Path vault = EvidenceVault.folderFor(workbenchFile);
        if (!Files.isDirectory(vault)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(vault)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    private List<Path> temporaryFiles() throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path dir : List.of(folder, folder.resolve("in"), EvidenceVault.folderFor(workbenchFile))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.filter(p -> p.getFileName().toString().endsWith(".part")).forEach(found::add);
                }
            }
        }
        return found;
    }

    @Test
    void intakeRecordsTheHashAndEveryDetailAndReadsBackTheSameBytesAfterReopening() throws Exception {
        byte[] screenshot = random(300_000, 1);
        byte[] log = random(5 * 1024 * 1024 + 17, 2);
        String rowKey;
        try (WorkbenchSession session = create()) {
            ChecklistRow row = session.fieldwork().rows(planId).get(1);
            rowKey = row.key();
            EvidenceIntakeReport report = session.evidence().intake(planId,
                    List.of(file("アカウント一覧.png", screenshot), file("auth.log", log)), DETAILS,
                    List.of(EvidenceTarget.result(row)), Progress.NONE);
            assertThat(report.entries()).hasSize(2).noneMatch(EvidenceIntakeReport.Entry::alreadyHeld);
            assertThat(report.bytesStored()).isEqualTo(screenshot.length + log.length);
        }
        try (WorkbenchSession session = reopen()) {
            List<Evidence> all = session.evidence().index(EvidenceFilter.plan(planId));
            assertThat(all).hasSize(2);
            Evidence png = all.get(0);
            assertThat(png.number()).isEqualTo(1);
            assertThat(png.fileName()).isEqualTo("アカウント一覧.png");
            assertThat(png.originalName()).isEqualTo("アカウント一覧.png");
            assertThat(png.sha256()).isEqualTo(sha256(screenshot));
            assertThat(png.size()).isEqualTo(screenshot.length);
            assertThat(png.mediaType()).isEqualTo("image/png");
            assertThat(png.collectedBy()).isEqualTo("監査 太郎");
            assertThat(png.obtainedFrom()).isEqualTo("市民課 課長 山田");
            assertThat(png.effectiveDate()).isEqualTo(EFFECTIVE);
            assertThat(png.intakeAt()).isEqualTo(TestWorkbenches.CLOCK.instant());
            assertThat(png.description()).isEqualTo("アカウント管理画面の写し");
            assertThat(png.classification()).isEqualTo("機密性2");
            assertThat(png.links()).containsExactly(new EvidenceTarget(EvidenceTarget.Kind.RESULT, rowKey));
            assertThat(png.verified()).isFalse();
            Evidence txt = all.get(1);
            assertThat(txt.sha256()).isEqualTo(sha256(log));
            assertThat(txt.mediaType()).isEqualTo("text/plain");
            try (InputStream in = session.evidence().openStream(png.id())) {
                assertThat(in.readAllBytes()).isEqualTo(screenshot);
            }
            try (InputStream in = session.evidence().openStream(txt.id())) {
                assertThat(in.readAllBytes()).isEqualTo(log);
            }
            assertThat(session.evidence().countsByResult(planId)).containsEntry(rowKey, 2).hasSize(1);
            assertThat(session.evidence().unverifiedCount(planId)).isEqualTo(2);
            assertThat(session.evidence().verify(planId, Progress.NONE)).isEmpty();
            assertThat(session.evidence().unverifiedCount(planId)).isZero();
            assertThat(session.evidence().index(EvidenceFilter.plan(planId))).allMatch(Evidence::verified);
            List<ActivityEvent> events = session.activity().latest(planId, null, 50);
            assertThat(events).extracting(ActivityEvent::action).contains("intake", "verify");
            assertThat(session.activity().forEntity("evidence", Long.toString(png.id())))
                    .anySatisfy(e -> assertThat(e.after()).contains(png.sha256()).contains("市民課 課長 山田"));
            assertThat(session.activity().verifyChain().intact()).isTrue();
        }
    }

    @Test
    void theSameBytesAreStoredOnceAndLinkedAgainToAnotherTarget() throws Exception {
        byte[] bytes = random(200_000, 3);
        try (WorkbenchSession session = create()) {
            ChecklistRow row = session.fieldwork().record(session.fieldwork().rows(planId).get(0),
                    Result.NONCONFORMING, "記録がない");
            Finding finding = session.findings().raise(new NewFinding(planId, row.department().id(),
                    row.item().code(), "記録の不備", "記録がない", "基準", "改善", Severity.MINOR));
            EvidenceIntakeReport first = session.evidence().intake(planId, List.of(file("a.png", bytes)), DETAILS,
                    List.of(EvidenceTarget.result(row)), Progress.NONE);
            List<Path> vaultAfterFirst = vaultFiles();
            long bytesAfterFirst = size(vaultAfterFirst);
            EvidenceIntakeReport second = session.evidence().intake(planId, List.of(file("copy-of-a.png", bytes)),
                    DETAILS, List.of(EvidenceTarget.finding(finding.id())), Progress.NONE);

            assertThat(second.entries().get(0).alreadyHeld()).isTrue();
            assertThat(second.entries().get(0).evidence().id()).isEqualTo(first.entries().get(0).evidence().id());
            assertThat(second.newlyStored()).isZero();
            assertThat(vaultFiles()).containsExactlyInAnyOrderElementsOf(vaultAfterFirst);
            assertThat(size(vaultFiles())).isEqualTo(bytesAfterFirst);
            List<Evidence> all = session.evidence().index(EvidenceFilter.plan(planId));
            assertThat(all).hasSize(1);
            assertThat(all.get(0).links()).containsExactly(EvidenceTarget.result(row),
                    EvidenceTarget.finding(finding.id()));
            assertThat(session.evidence().linkedTo(EvidenceTarget.finding(finding.id()))).hasSize(1);

            Evidence unlinked = session.evidence().unlink(all.get(0).id(), EvidenceTarget.result(row));
            assertThat(unlinked.links()).containsExactly(EvidenceTarget.finding(finding.id()));
            assertThat(session.evidence().countsByResult(planId)).isEmpty();
            Evidence relinked = session.evidence().link(all.get(0).id(), EvidenceTarget.result(row));
            assertThat(relinked.links()).hasSize(2);
            assertThat(session.activity().forEntity("evidence", Long.toString(relinked.id())))
                    .extracting(ActivityEvent::action).containsExactly("intake", "link", "unlink", "link");
        }
    }

    @Test
    void oneBatchWithACopyInsideAndAFileAlreadyHeldIsRecordedInOrderAndReadsBackAsReported() throws Exception {
        byte[] a = random(120_000, 11);
        byte[] held = random(90_000, 12);
        byte[] c = random(5 * 1024 * 1024 + 3, 13);
        try (WorkbenchSession session = create()) {
            List<ChecklistRow> rows = session.fieldwork().rows(planId);
            EvidenceIntakeReport earlier = session.evidence().intake(planId, List.of(file("held.png", held)), DETAILS,
                    List.of(EvidenceTarget.result(rows.get(0))), Progress.NONE);
            long heldId = earlier.entries().get(0).evidence().id();
            long lastEventBefore = session.activity().latest(planId, null, 1).get(0).sequence();

            EvidenceIntakeReport report = session.evidence().intake(planId, List.of(file("a.png", a),
                    file("a-copy.png", a), file("held-again.png", held), file("c.log", c)), DETAILS,
                    List.of(EvidenceTarget.result(rows.get(1))), Progress.NONE);

            assertThat(report.entries()).extracting(EvidenceIntakeReport.Entry::alreadyHeld)
                    .containsExactly(false, true, true, false);
            Evidence first = report.entries().get(0).evidence();
            assertThat(report.entries().get(1).evidence()).isEqualTo(first);
            assertThat(first.number()).isEqualTo(2);
            assertThat(first.links()).containsExactly(EvidenceTarget.result(rows.get(1)));
            assertThat(report.entries().get(2).evidence().id()).isEqualTo(heldId);
            assertThat(report.entries().get(2).evidence().links()).containsExactly(EvidenceTarget.result(rows.get(0)),
                    EvidenceTarget.result(rows.get(1)));
            assertThat(report.entries().get(3).evidence().number()).isEqualTo(3);
            assertThat(report.newlyStored()).isEqualTo(2);

            // What the report says is what a read gives, field by field.
            for (EvidenceIntakeReport.Entry entry : report.entries()) {
                assertThat(session.evidence().get(entry.evidence().id())).isEqualTo(entry.evidence());
            }
            List<ActivityEvent> events = session.activity().latest(planId, null, 10).stream()
                    .filter(e -> e.sequence() > lastEventBefore)
                    .sorted(java.util.Comparator.comparingLong(ActivityEvent::sequence)).toList();
            assertThat(events).extracting(ActivityEvent::action).containsExactly("intake", "link", "link", "intake");
            assertThat(events).extracting(ActivityEvent::entityKey).containsExactly(Long.toString(first.id()),
                    Long.toString(first.id()), Long.toString(heldId),
                    Long.toString(report.entries().get(3).evidence().id()));
            assertThat(events.get(1).after()).contains("a-copy.png").contains("\"linked\":\"[]\"");
            assertThat(events.get(2).after()).contains("held-again.png").contains(rows.get(1).key());
            assertThat(session.activity().verifyChain().intact()).isTrue();
        }
        try (WorkbenchSession session = reopen()) {
            assertThat(session.evidence().index(EvidenceFilter.plan(planId))).extracting(Evidence::fileName)
                    .containsExactly("held.png", "a.png", "c.log");
            assertThat(session.evidence().verify(planId, Progress.NONE)).isEmpty();
        }
    }

    @Test
    void aFlippedByteInTheVaultIsCaughtByVerifyWithWhatItAffects() throws Exception {
        byte[] small = random(250_000, 4);
        byte[] large = random(6 * 1024 * 1024, 5);
        long smallId;
        long largeId;
        ChecklistRow row;
        Finding finding;
        try (WorkbenchSession session = create()) {
            row = session.fieldwork().record(session.fieldwork().rows(planId).get(2), Result.PARTIAL, "一部不備");
            finding = session.findings().raise(new NewFinding(planId, row.department().id(), row.item().code(),
                    "手順の不備", "一部不備", "基準", "改善", Severity.MINOR));
            EvidenceIntakeReport report = session.evidence().intake(planId,
                    List.of(file("screen.png", small), file("big.log", large)), DETAILS,
                    List.of(EvidenceTarget.result(row), EvidenceTarget.finding(finding.id())), Progress.NONE);
            smallId = report.entries().get(0).evidence().id();
            largeId = report.entries().get(1).evidence().id();
            assertThat(session.evidence().verify(null, Progress.NONE)).isEmpty();
        }
        List<Path> files = vaultFiles();
        Path pack = files.stream().filter(p -> p.toString().endsWith(".awbp")).findFirst().orElseThrow();
        Path loose = files.stream().filter(p -> p.toString().endsWith(".awbe")).findFirst().orElseThrow();
        flipByte(pack, Files.size(pack) / 2);
        flipByte(loose, Files.size(loose) - 100);

        try (WorkbenchSession session = reopen()) {
            List<EvidenceMismatch> mismatches = session.evidence().verify(planId, Progress.NONE);
            assertThat(mismatches).extracting(m -> m.evidence().id()).containsExactly(smallId, largeId);
            assertThat(mismatches).allSatisfy(m -> {
                assertThat(m.problemKey()).isEqualTo("evidence.verify.damaged");
                assertThat(m.affects()).containsExactly(EvidenceTarget.result(row),
                        EvidenceTarget.finding(finding.id()));
            });
            assertThat(session.evidence().describe(mismatches.get(0).affects()).values())
                    .anySatisfy(label -> assertThat(label).contains(finding.reference()))
                    .anySatisfy(label -> assertThat(label).contains(row.item().code()).contains("総務課"));
            assertThat(session.evidence().unverifiedCount(planId)).isEqualTo(2);
            assertThat(session.evidence().index(EvidenceFilter.plan(planId))).noneMatch(Evidence::verified)
                    .allMatch(e -> Evidence.OUTCOME_MISMATCH.equals(e.lastOutcome()));
            Path copy = folder.resolve("copy.png");
            assertThatThrownBy(() -> session.evidence().saveCopy(smallId, copy))
                    .isInstanceOfSatisfying(AuditException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("evidence.error.damaged"));
            assertThat(copy).doesNotExist();
            assertThat(temporaryFiles()).isEmpty();
        }
    }

    @Test
    void twoPacksSwappedOnDiskAreRefusedByPreviewCopyAndVerifyNamingTheEvidence() throws Exception {
        long first;
        long second;
        try (WorkbenchSession session = create()) {
            first = session.evidence().intake(planId, List.of(file("権限一覧.png", random(40_000, 21))), DETAILS,
                    List.of(), Progress.NONE).entries().get(0).evidence().id();
            second = session.evidence().intake(planId, List.of(file("other.png", random(40_000, 22))), DETAILS,
                    List.of(), Progress.NONE).entries().get(0).evidence().id();
        }
        List<Path> packs = vaultFiles().stream().filter(p -> p.toString().endsWith(".awbp")).toList();
        assertThat(packs).hasSize(2);
        Path aside = packs.get(0).resolveSibling("aside");
        Files.move(packs.get(0), aside);
        Files.move(packs.get(1), packs.get(0));
        Files.move(aside, packs.get(1));

        Messages ja = new Messages(Language.JAPANESE);
        try (WorkbenchSession session = reopen()) {
            assertThatThrownBy(() -> session.evidence().readForPreview(first, 1000))
                    .isInstanceOfSatisfying(AuditException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("evidence.error.notGenuine");
                        assertThat(e.localizedMessage(ja)).contains("権限一覧.png");
                    });
            assertThatThrownBy(() -> session.evidence().openStream(second)).isInstanceOfSatisfying(
                    AuditException.class, e -> assertThat(e.localizedMessage(ja)).contains("other.png"));
            Path copy = folder.resolve("copy.png");
            assertThatThrownBy(() -> session.evidence().saveCopy(first, copy))
                    .isInstanceOfSatisfying(AuditException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("evidence.error.damaged");
                        assertThat(e.localizedMessage(ja)).contains("権限一覧.png");
                    });
            assertThat(copy).doesNotExist();
            assertThat(session.evidence().verify(planId, Progress.NONE))
                    .extracting(m -> m.evidence().fileName(), EvidenceMismatch::problemKey)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("権限一覧.png",
                            "evidence.verify.damaged"), org.assertj.core.groups.Tuple.tuple("other.png",
                            "evidence.verify.damaged"));
            assertThat(temporaryFiles()).isEmpty();
        }
    }

    @Test
    void aVaultFileGoneMissingIsReportedAsMissing() throws Exception {
        try (WorkbenchSession session = create()) {
            session.evidence().intake(planId, List.of(file("big.log", random(5 * 1024 * 1024, 9))), DETAILS,
                    List.of(), Progress.NONE);
        }
        Files.delete(vaultFiles().get(0));
        try (WorkbenchSession session = reopen()) {
            assertThat(session.evidence().verify(planId, Progress.NONE)).singleElement()
                    .satisfies(m -> assertThat(m.problemKey()).isEqualTo("evidence.verify.missing"));
        }
    }

    @Test
    void aCopyIsTheGenuineBytesAndIsLogged() throws Exception {
        byte[] bytes = random(123_456, 6);
        try (WorkbenchSession session = create()) {
            long id = session.evidence().intake(planId, List.of(file("a.pdf", bytes)), DETAILS, List.of(),
                    Progress.NONE).entries().get(0).evidence().id();
            Path copy = folder.resolve("out").resolve("a-copy.pdf");
            Files.createDirectories(copy.getParent());
            session.evidence().saveCopy(id, copy);
            assertThat(Files.readAllBytes(copy)).isEqualTo(bytes);
            assertThat(session.activity().forEntity("evidence", Long.toString(id)))
                    .anySatisfy(e -> {
                        assertThat(e.action()).isEqualTo("save-copy");
                        assertThat(e.after()).contains("a-copy.pdf");
                    });
        }
    }

    @Test
    void eachBadInputHasItsSentenceAndTheBatchLeavesNothingBehind() throws Exception {
        Messages ja = new Messages(Language.JAPANESE);
        try (WorkbenchSession session = create()) {
            Path good = file("good.png", random(150_000, 7));
            Path goodLarge = file("good-large.log", random(5 * 1024 * 1024, 8));
            Path empty = file("empty.txt", new byte[0]);
            Path big = file("too-big.bin", random(3000, 10));
            Path fifo = folder.resolve("in").resolve("pipe.log");
            new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
            Path gone = file("gone.png", random(1000, 11));

            refused(session, List.of(good, goodLarge, empty), "evidence.error.empty", "empty.txt", ja);
            refused(session, List.of(good, fifo), "evidence.error.unreadable", "pipe.log", ja);
            refused(session, List.of(good, folder.resolve("in").resolve("never-there.png")),
                    "evidence.error.vanished", "never-there.png", ja);
            refused(session, List.of(good, folder.resolve("in")), "evidence.error.isFolder", "in", ja);
            session.evidence().setMaxFileSize(2048);
            refused(session, List.of(big), "evidence.error.tooLarge", "too-big.bin", ja);
            session.evidence().setMaxFileSize(EvidenceService.DEFAULT_MAX_FILE_SIZE);

            // The file disappears after the batch was checked, while the first file is being read.
            Progress deleteSecond = new Progress() {
                @Override
                public void update(long done, long total) {
                    try {
                        Files.deleteIfExists(gone);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            assertThatThrownBy(() -> session.evidence().intake(planId, List.of(goodLarge, gone), DETAILS, List.of(),
                    deleteSecond)).isInstanceOfSatisfying(AuditException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("evidence.error.vanished");
                        assertThat(e.localizedMessage(ja)).contains("gone.png");
                    });
            assertNothingStored(session);

            assertThatThrownBy(() -> session.evidence().intake(planId, List.of(good),
                    new EvidenceDetails("", EFFECTIVE, "", "機密性2"), List.of(), Progress.NONE))
                    .hasMessage("evidence.error.obtainedFromRequired");
            assertThatThrownBy(() -> session.evidence().intake(planId, List.of(good),
                    new EvidenceDetails("市民課", LocalDate.of(2027, 1, 1), "", "機密性2"), List.of(), Progress.NONE))
                    .hasMessage("evidence.error.effectiveDateFuture");
            assertThatThrownBy(() -> session.evidence().intake(planId, List.of(good),
                    new EvidenceDetails("市民課", EFFECTIVE, "", "極秘"), List.of(), Progress.NONE))
                    .hasMessage("evidence.error.classification");
            assertThatThrownBy(() -> session.evidence().intake(planId, List.of(good), DETAILS,
                    List.of(EvidenceTarget.result(planId, 999, "X-1")), Progress.NONE))
                    .hasMessage("evidence.error.noTarget");
            assertNothingStored(session);

            Progress cancelled = new Progress() {
                @Override
                public void update(long done, long total) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> session.evidence().intake(planId, List.of(goodLarge, good), DETAILS, List.of(),
                    cancelled)).hasMessage("task.cancelled");
            assertNothingStored(session);
        }
    }

    private void refused(WorkbenchSession session, List<Path> batch, String key, String fileName, Messages ja)
            throws IOException {
        assertThatThrownBy(() -> session.evidence().intake(planId, batch, DETAILS, List.of(), Progress.NONE))
                .isInstanceOfSatisfying(AuditException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.localizedMessage(ja)).contains(fileName).contains("何も取り込んでいません");
                });
        assertNothingStored(session);
    }

    private void assertNothingStored(WorkbenchSession session) throws IOException {
        assertThat(session.evidence().index(EvidenceFilter.plan(planId))).isEmpty();
        assertThat(vaultFiles()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
        assertThat(session.activity().latest(planId, null, 100)).extracting(ActivityEvent::entityType)
                .doesNotContain("evidence");
    }

    @Test
    void namesOtherSystemsRejectAreStoredUnderASafeNameAndTheOriginalIsKept() throws Exception {
        assertThat(EvidenceService.safeName("a:b?.txt")).isEqualTo("a_b_.txt");
        assertThat(EvidenceService.safeName("CON.txt")).isEqualTo("_CON.txt");
        assertThat(EvidenceService.safeName("lpt1")).isEqualTo("_lpt1");
        assertThat(EvidenceService.safeName("報告書. ")).isEqualTo("報告書");
        assertThat(EvidenceService.safeName("x<y>|\"z*.png")).isEqualTo("x_y___z_.png");
        assertThat(EvidenceService.safeName("画面写し 2026-06.png")).isEqualTo("画面写し 2026-06.png");
        try (WorkbenchSession session = create()) {
            EvidenceIntakeReport report = session.evidence().intake(planId,
                    List.of(file("AUX.log", random(1000, 12)), file("ログ:抜粋?.txt", random(1000, 13))), DETAILS,
                    List.of(), Progress.NONE);
            assertThat(report.entries()).allMatch(EvidenceIntakeReport.Entry::renamed);
            assertThat(report.entries()).extracting(e -> e.evidence().fileName())
                    .containsExactly("_AUX.log", "ログ_抜粋_.txt");
            assertThat(report.entries()).extracting(e -> e.evidence().originalName())
                    .containsExactly("AUX.log", "ログ:抜粋?.txt");
        }
    }

    @Test
    void aMarkerInAnEvidenceFileNeverAppearsInTheWorkbenchOrTheVault() throws Exception {
        String marker = "AWB-EVIDENCE-MARKER-5f1c2a9e-機密";
        byte[] ascii = ("header\n" + marker.substring(0, 29) + "\n").repeat(2000).getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = ("ログ " + marker + "\r\n").repeat(2000).getBytes(StandardCharsets.UTF_16LE);
        byte[] large = new byte[6 * 1024 * 1024];
        byte[] line = (marker + "\n").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + line.length <= large.length; i += line.length) {
            System.arraycopy(line, 0, large, i, line.length);
        }
        try (WorkbenchSession session = create()) {
            session.evidence().intake(planId, List.of(file("a.txt", ascii), file("b.log", utf16),
                    file("c.log", large)), DETAILS, List.of(), Progress.NONE);
            session.evidence().intakeBytes(planId, "d.txt", ("memo " + marker).getBytes(StandardCharsets.UTF_8),
                    DETAILS, List.of());
        }
        List<byte[]> needles = List.of(marker.substring(0, 29).getBytes(StandardCharsets.US_ASCII),
                marker.substring(0, 20).getBytes(StandardCharsets.UTF_16LE),
                marker.substring(0, 20).getBytes(StandardCharsets.UTF_16BE));
        List<Path> stored = new ArrayList<>(vaultFiles());
        assertThat(stored).hasSizeGreaterThanOrEqualTo(2);
        stored.add(workbenchFile);
        for (Path p : stored) {
            byte[] bytes = Files.readAllBytes(p);
            for (byte[] needle : needles) {
                assertThat(indexOf(bytes, needle)).as(p + " holds the marker").isEqualTo(-1);
            }
        }
        // The check itself can fail: the plain files hold the marker.
        assertThat(indexOf(Files.readAllBytes(folder.resolve("in").resolve("b.log")), needles.get(1))).isNotNegative();
    }

    @Test
    void anInterruptedIntakeIsSweptWhenTheWorkbenchOpens() throws Exception {
        try (WorkbenchSession session = create()) {
            session.evidence().intake(planId, List.of(file("kept.png", random(1000, 14))), DETAILS, List.of(),
                    Progress.NONE);
        }
        Path vault = EvidenceVault.folderFor(workbenchFile);
        Path part = Files.write(vault.resolve("intake-123.part"), random(5000, 15));
        Path packs = vault.resolve("packs");
        Path orphan = Files.write(packs.resolve("0123456789abcdef0123456789abcdef.awbp"), random(5000, 16));
        try (WorkbenchSession session = reopen()) {
            session.evidence().awaitSweep();
            assertThat(part).doesNotExist();
            assertThat(orphan).doesNotExist();
            assertThat(vault.resolve("orphaned").resolve(orphan.getFileName())).isRegularFile();
            assertThat(session.evidence().verify(planId, Progress.NONE)).isEmpty();
        }
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
            channel.read(one, position);
            one.flip();
            byte b = one.get();
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {(byte) (b ^ 0x01)}), position);
        }
    }

    private static long size(List<Path> files) throws IOException {
        long total = 0;
        for (Path p : files) {
            total += Files.size(p);
        }
        return total;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
