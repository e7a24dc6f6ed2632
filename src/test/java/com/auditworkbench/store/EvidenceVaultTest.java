package com.auditworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every read of the vault hands out the content its record expects or refuses: one test per way of tampering with
 * the files on disk, the keys derived from the data key, and a vault written by the first format still reading.
 */
class EvidenceVaultTest {

    private static final int HEADER = 28;
    private static final int SEGMENT_OVERHEAD = 12 + 16;

    @TempDir
    Path folder;

    private final byte[] dataKey = EvidenceVault.newKey();

    private EvidenceVault vault() {
        return new EvidenceVault(folder.resolve("w.awb.evidence"), dataKey);
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** One intake of files made in memory: they all go into the intake's one pack. */
    private List<EvidenceVault.Staged> pack(EvidenceVault vault, byte[]... contents) throws IOException {
        try (EvidenceVault.Batch batch = vault.batch(sha -> Optional.empty())) {
            List<EvidenceVault.Pending> pending = new java.util.ArrayList<>();
            for (byte[] c : contents) {
                pending.add(batch.add(c));
            }
            batch.commit();
            List<EvidenceVault.Staged> staged = new java.util.ArrayList<>();
            for (EvidenceVault.Pending p : pending) {
                staged.add(p.get());
            }
            return staged;
        }
    }

    /** One intake of a file of {@value EvidenceVault#LOOSE} bytes or more: stored as a loose file. */
    private EvidenceVault.Staged loose(EvidenceVault vault, byte[] content) throws IOException {
        Path source = Files.write(Files.createTempFile(folder, "in-", ".log"), content);
        try (EvidenceVault.Batch batch = vault.batch(sha -> Optional.empty())) {
            EvidenceVault.Pending pending = batch.add(source, content.length, n -> { }, () -> false);
            batch.commit();
            return pending.get();
        }
    }

    private static byte[] read(EvidenceVault vault, EvidenceVault.Staged staged) throws IOException {
        try (InputStream in = vault.open(staged.ref(), staged.sha256())) {
            return in.readAllBytes();
        }
    }

    private static void refused(EvidenceVault vault, EvidenceVault.Staged staged) {
        assertThatThrownBy(() -> read(vault, staged)).isInstanceOf(EvidenceVault.DamagedException.class);
        assertThatThrownBy(() -> vault.hash(staged.ref(), staged.sha256(), n -> { }, () -> false))
                .isInstanceOf(EvidenceVault.DamagedException.class);
    }

    private static void write(Path file, long position, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes), position);
        }
    }

    private static byte[] readRange(Path file, long position, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            channel.read(buffer, position);
            return buffer.array();
        }
    }

    @Test
    void readsBackWhatWasWrittenWithTheFormatInItsReference() throws Exception {
        EvidenceVault vault = vault();
        byte[] small = random(3000, 1);
        byte[] large = random(EvidenceVault.LOOSE + 5, 2);
        EvidenceVault.Staged packed = pack(vault, small).get(0);
        EvidenceVault.Staged alone = loose(vault, large);

        assertThat(packed.ref()).startsWith("p2/");
        assertThat(alone.ref()).startsWith("l2/");
        assertThat(read(vault, packed)).isEqualTo(small);
        assertThat(read(vault, alone)).isEqualTo(large);
        assertThat(vault.hash(alone.ref(), alone.sha256(), n -> { }, () -> false)).isEqualTo(sha256(large));
    }

    @Test
    void twoPacksSwappedOnDiskAreRefused() throws Exception {
        EvidenceVault vault = vault();
        EvidenceVault.Staged a = pack(vault, random(3000, 3)).get(0);
        EvidenceVault.Staged b = pack(vault, random(3000, 4)).get(0);
        Path packA = vault.fileOf(a.ref());
        Path packB = vault.fileOf(b.ref());
        Path aside = packA.resolveSibling("aside");
        Files.move(packA, aside);
        Files.move(packB, packA);
        Files.move(aside, packB);

        refused(vault, a);
        refused(vault, b);
    }

    @Test
    void twoLooseFilesSwappedOnDiskAreRefused() throws Exception {
        EvidenceVault vault = vault();
        EvidenceVault.Staged a = loose(vault, random(EvidenceVault.LOOSE, 5));
        EvidenceVault.Staged b = loose(vault, random(EvidenceVault.LOOSE, 6));
        byte[] bytesOfA = Files.readAllBytes(vault.fileOf(a.ref()));
        Files.copy(vault.fileOf(b.ref()), vault.fileOf(a.ref()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.write(vault.fileOf(b.ref()), bytesOfA);

        refused(vault, a);
        refused(vault, b);
    }

    @Test
    void aTruncatedPackIsRefused() throws Exception {
        EvidenceVault vault = vault();
        List<EvidenceVault.Staged> staged = pack(vault, random(3000, 7), random(5000, 8));
        Path pack = vault.fileOf(staged.get(0).ref());
        long[] second = vault.rangeOf(staged.get(1).ref());
        try (FileChannel channel = FileChannel.open(pack, StandardOpenOption.WRITE)) {
            // Cut after the first entry: what is left of it is intact, but the pack is not what was written.
            channel.truncate(second[0]);
        }

        refused(vault, staged.get(0));
        refused(vault, staged.get(1));
    }

    @Test
    void aLooseFileCutAfterItsLastSegmentIsRefused() throws Exception {
        EvidenceVault vault = vault();
        EvidenceVault.Staged staged = loose(vault, random(EvidenceVault.LOOSE + 100, 9));
        Path file = vault.fileOf(staged.ref());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - EvidenceVault.ENTRY_END);
        }

        refused(vault, staged);
    }

    @Test
    void reorderedSegmentsAreRefused() throws Exception {
        EvidenceVault vault = vault();
        EvidenceVault.Staged staged = pack(vault, random(EvidenceVault.SEGMENT * 2 + 500, 10)).get(0);
        Path pack = vault.fileOf(staged.ref());
        int segment = EvidenceVault.SEGMENT + SEGMENT_OVERHEAD;
        byte[] first = readRange(pack, HEADER, segment);
        byte[] second = readRange(pack, HEADER + segment, segment);
        write(pack, HEADER, second);
        write(pack, HEADER + segment, first);

        refused(vault, staged);
    }

    @Test
    void segmentsSplicedFromAnotherPackAreRefused() throws Exception {
        EvidenceVault vault = vault();
        EvidenceVault.Staged a = pack(vault, random(EvidenceVault.SEGMENT * 2 + 500, 11)).get(0);
        EvidenceVault.Staged b = pack(vault, random(EvidenceVault.SEGMENT * 2 + 500, 12)).get(0);
        int segment = EvidenceVault.SEGMENT + SEGMENT_OVERHEAD;
        write(vault.fileOf(a.ref()), HEADER + segment, readRange(vault.fileOf(b.ref()), HEADER + segment, segment));

        refused(vault, a);
        assertThat(read(vault, b)).isEqualTo(random(EvidenceVault.SEGMENT * 2 + 500, 12));
    }

    @Test
    void bytesAppendedToAPackAreRefused() throws Exception {
        EvidenceVault vault = vault();
        List<EvidenceVault.Staged> staged = pack(vault, random(3000, 13), random(4000, 14));
        Files.write(vault.fileOf(staged.get(0).ref()), "appended".getBytes(StandardCharsets.US_ASCII),
                StandardOpenOption.APPEND);

        refused(vault, staged.get(0));
        refused(vault, staged.get(1));
    }

    @Test
    void bytesAppendedToALooseFileAreRefused() throws Exception {
        EvidenceVault vault = vault();
        EvidenceVault.Staged staged = loose(vault, random(EvidenceVault.LOOSE, 15));
        Files.write(vault.fileOf(staged.ref()), new byte[] {0}, StandardOpenOption.APPEND);

        refused(vault, staged);
    }

    @Test
    void anEditedSegmentSizeInTheHeaderIsRefused() throws Exception {
        EvidenceVault vault = vault();
        EvidenceVault.Staged staged = pack(vault, random(3000, 16)).get(0);
        // The header is the magic (8 bytes), the segment size and the entry id; one segment reads alike either way.
        write(vault.fileOf(staged.ref()), 8, ByteBuffer.allocate(4).putInt(EvidenceVault.SEGMENT * 2).array());

        refused(vault, staged);
    }

    @Test
    void anotherContentThanTheRecordExpectsIsRefusedEvenIntact() throws Exception {
        EvidenceVault vault = vault();
        List<EvidenceVault.Staged> staged = pack(vault, random(3000, 17), random(3000, 18));
        EvidenceVault.Staged wrong = new EvidenceVault.Staged(staged.get(1).sha256(), 3000, staged.get(0).ref(),
                false);

        refused(vault, wrong);
    }

    @Test
    void encryptsAndNamesWithKeysDerivedFromTheDataKeyNeverWithItself() throws Exception {
        EvidenceVault vault = vault();
        EvidenceVault.Staged staged = pack(vault, random(3000, 19)).get(0);
        byte[] entry = readRange(vault.fileOf(staged.ref()), 0, HEADER + SEGMENT_OVERHEAD + 3000);
        byte[] header = java.util.Arrays.copyOf(entry, HEADER);
        byte[] aad = ByteBuffer.allocate(HEADER + 9).put(header).putLong(0).put((byte) 1).array();

        assertThat(decrypts(entry, aad, Hkdf.derive(dataKey, "awb evidence vault 2: encryption"))).isTrue();
        assertThat(decrypts(entry, aad, dataKey)).isFalse();
        Mac names = Mac.getInstance("HmacSHA256");
        names.init(new SecretKeySpec(Hkdf.derive(dataKey, "awb evidence vault 2: names"), "HmacSHA256"));
        names.update("evidence-name/v2\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(vault.refFor(staged.sha256())).isEqualTo("l2/" + HexFormat.of().formatHex(
                names.doFinal(staged.sha256().getBytes(StandardCharsets.US_ASCII))));
    }

    private static boolean decrypts(byte[] entry, byte[] aad, byte[] key) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, entry, HEADER, 12));
        cipher.updateAAD(aad);
        try {
            cipher.doFinal(entry, HEADER + 12, entry.length - HEADER - 12);
            return true;
        } catch (javax.crypto.AEADBadTagException e) {
            return false;
        }
    }

    /** A vault written by the first format (committed fixture: data key, refs with hashes, the pack). */
    private EvidenceVault formatOneVault(Path copy) throws Exception {
        Path fixture = Path.of(getClass().getResource("/vault-v1/key.hex").toURI()).getParent();
        Path packs = copy.resolve("packs");
        Files.createDirectories(packs);
        try (var files = Files.list(fixture.resolve("evidence").resolve("packs"))) {
            for (Path p : files.toList()) {
                Files.copy(p, packs.resolve(p.getFileName()));
            }
        }
        byte[] key = HexFormat.of().parseHex(Files.readString(fixture.resolve("key.hex")).strip());
        return new EvidenceVault(copy, key);
    }

    private static List<String[]> formatOneRefs() throws Exception {
        Path refs = Path.of(EvidenceVaultTest.class.getResource("/vault-v1/refs.txt").toURI());
        return Files.readAllLines(refs).stream().map(line -> line.split(" ")).toList();
    }

    @Test
    void aVaultWrittenInTheFirstFormatStillReadsAndVerifies() throws Exception {
        EvidenceVault vault = formatOneVault(folder.resolve("old.awb.evidence"));
        List<String[]> refs = formatOneRefs();

        assertThat(refs).hasSize(2).allSatisfy(r -> assertThat(r[0]).startsWith("p/"));
        try (InputStream in = vault.open(refs.get(0)[0], refs.get(0)[1])) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("監査証跡 第1版の形式で書かれたファイル one\n");
        }
        for (String[] r : refs) {
            assertThat(vault.hash(r[0], r[1], n -> { }, () -> false)).isEqualTo(r[1]);
        }
        EvidenceVault.Staged added = pack(vault, random(2000, 20)).get(0);
        assertThat(added.ref()).startsWith("p2/");
        assertThat(read(vault, added)).isEqualTo(random(2000, 20));
    }

    @Test
    void anEntryOfTheFirstFormatIsCheckedAgainstItsHashOnEveryRead() throws Exception {
        EvidenceVault vault = formatOneVault(folder.resolve("old.awb.evidence"));
        List<String[]> refs = formatOneRefs();
        // The first format binds nothing to the record: the second entry's hash asked of the first entry.
        assertThatThrownBy(() -> vault.open(refs.get(0)[0], refs.get(1)[1]))
                .isInstanceOf(EvidenceVault.DamagedException.class);
    }

    @Test
    void aLooseFileOfTheFirstFormatStillReads() throws Exception {
        EvidenceVault vault = formatOneVault(folder.resolve("old.awb.evidence"));
        String[] first = formatOneRefs().get(0);
        long[] range = vault.rangeOf(first[0]);
        // Loose files and pack entries of the first format have the same layout; its loose names are bare hashes.
        String name = "ab".repeat(32);
        Path loose = vault.folder().resolve("ab").resolve(name + ".awbe");
        Files.createDirectories(loose.getParent());
        Files.write(loose, readRange(vault.fileOf(first[0]), range[0], (int) range[1]));

        try (InputStream in = vault.open(name, first[1])) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(first[1]);
        }
    }

    @Test
    void sweepKeepsOnlyTheNewestOrphansSetAside() throws IOException {
        EvidenceVault vault = vault();
        Path aside = Files.createDirectories(vault.folder().resolve("orphaned"));
        int count = EvidenceVault.ORPHANS_KEPT + 5;
        for (int i = 0; i < count; i++) {
            Path file = Files.write(aside.resolve(String.format("orphan-%03d", i)), new byte[] {1});
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }

        vault.sweep(java.util.Set.of());

        try (var files = Files.list(aside)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .hasSize(EvidenceVault.ORPHANS_KEPT).startsWith("orphan-005").doesNotContain("orphan-004");
        }
    }
}
