package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.PdfPreview;
import com.auditworkbench.domain.Role;
import com.auditworkbench.support.TestPdfs;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first pages of PDF evidence drawn in memory, and the sentence for a PDF that cannot be drawn. */
class EvidencePdfPreviewTest {

    private static final EvidenceDetails DETAILS = new EvidenceDetails("総務課", LocalDate.of(2026, 6, 1),
            "アクセス権限一覧", "機密性2");

    @TempDir
    Path folder;

    private long intake(WorkbenchSession session, long planId, String name, byte[] bytes) {
        return session.evidence().intakeBytes(planId, name, bytes, DETAILS, List.of()).entries().get(0).evidence().id();
    }

    private WorkbenchSession session() {
        WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("pdf.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray());
        session.people().actAs(session.people().add("監査 太郎", Role.LEAD, null));
        return session;
    }

    private static long plan(WorkbenchSession session) {
        return session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 監査", "目的", List.of("総務課"),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30), NewPlan.DEFAULT_MARKING, "監査 太郎"),
                TestTemplates.audit(2)).id();
    }

    @Test
    void theFirstPagesAreDrawnStackedWithTheRedBoxWhereThePageHasIt() throws Exception {
        try (WorkbenchSession session = session()) {
            long planId = plan(session);
            long id = intake(session, planId, "アクセス権限一覧.pdf", TestPdfs.withRedBox(5));

            PdfPreview preview = session.evidence().previewPdf(id, 3);

            assertThat(preview.pageCount()).isEqualTo(5);
            assertThat(preview.pagesShown()).isEqualTo(3);
            // A4 (595 × 842 pt) drawn 1,000 pixels wide: about 1,415 pixels a page, three pages and two gaps.
            assertThat(preview.width()).isEqualTo(PdfPages.MAX_WIDTH);
            double scale = PdfPages.MAX_WIDTH / (double) 595;
            int pageHeight = (int) Math.round(842 * scale);
            assertThat(preview.height()).isBetween(3 * pageHeight + 2 * 12 - 3, 3 * pageHeight + 2 * 12 + 3);
            int boxCenterX = (int) ((TestPdfs.BOX_X + TestPdfs.BOX_WIDTH / 2) * scale);
            int boxCenterY = (int) ((842 - TestPdfs.BOX_Y - TestPdfs.BOX_HEIGHT / 2) * scale);
            assertThat(pixel(preview, boxCenterX, boxCenterY)).isEqualTo(0xFFFF0000);
            // Outside the box the page is white, between the pages the grey gap.
            assertThat(pixel(preview, boxCenterX, boxCenterY + (int) (TestPdfs.BOX_HEIGHT * scale))).isEqualTo(0xFFFFFFFF);
            assertThat(pixel(preview, 10, pageHeight + 6)).isEqualTo(0xFF9E9E9E);
            // Page two has no box.
            assertThat(pixel(preview, boxCenterX, pageHeight + 12 + boxCenterY)).isEqualTo(0xFFFFFFFF);
        }
    }

    @Test
    void theSamplesSystemReportIsDrawnFromItsEmbeddedFontWithoutAFontCacheOnDisk() throws Exception {
        Path cache = Path.of(System.getProperty("user.home"), ".pdfbox.cache");
        boolean cacheBefore = java.nio.file.Files.exists(cache);
        try (WorkbenchSession session = session()) {
            long planId = plan(session);
            long id = intake(session, planId, "アクセス権限レポート.pdf", EvidenceSample.accessReport());

            PdfPreview preview = session.evidence().previewPdf(id, 3);

            assertThat(preview.pageCount()).isEqualTo(2);
            assertThat(preview.pagesShown()).isEqualTo(2);
            double scale = PdfPages.MAX_WIDTH / (double) 595;
            // The title bar's blue, and the highlighted row of the account that kept its privilege.
            assertThat(pixel(preview, (int) (45 * scale), (int) ((842 - 800) * scale))).isEqualTo(0xFF1F4E79);
            long pink = java.util.Arrays.stream(preview.argb()).filter(p -> p == 0xFFFFD6D6).count();
            assertThat(pink).isGreaterThan(10_000);
            // Text was drawn: dark pixels inside the table's first column.
            long dark = 0;
            for (int y = (int) ((842 - 716) * scale); y < (int) ((842 - 600) * scale); y++) {
                for (int x = (int) (48 * scale); x < (int) (120 * scale); x++) {
                    if ((pixel(preview, x, y) & 0xFF) < 0x60) {
                        dark++;
                    }
                }
            }
            assertThat(dark).isGreaterThan(200);
        }
        if (!cacheBefore) {
            assertThat(cache).doesNotExist();
        }
    }

    @Test
    void aPasswordProtectedADamagedAndAnEmptyPdfEachGetTheirSentence() throws Exception {
        Messages ja = new Messages(Language.JAPANESE);
        try (WorkbenchSession session = session()) {
            long planId = plan(session);
            long locked = intake(session, planId, "人事データ.pdf", TestPdfs.protectedByPassword("secret"));
            long damaged = intake(session, planId, "壊れた.pdf",
                    "%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF".getBytes(StandardCharsets.US_ASCII));

            assertThatThrownBy(() -> session.evidence().previewPdf(locked, 3)).isInstanceOf(AuditException.class)
                    .satisfies(e -> assertThat(((AuditException) e).localizedMessage(ja)).isEqualTo(
                            "「人事データ.pdf」はパスワードで保護された PDF のため、プレビューできません。"
                                    + "「コピーを保存…」で取り出して開いてください。"));
            assertThatThrownBy(() -> session.evidence().previewPdf(damaged, 3)).isInstanceOf(AuditException.class)
                    .satisfies(e -> assertThat(((AuditException) e).localizedMessage(ja)).isEqualTo(
                            "「壊れた.pdf」は PDF として読み込めないため、ページを表示できません。"));
            long empty = intake(session, planId, "空.pdf", TestPdfs.withRedBox(0));
            assertThatThrownBy(() -> session.evidence().previewPdf(empty, 3)).isInstanceOf(AuditException.class)
                    .satisfies(e -> assertThat(((AuditException) e).localizedMessage(ja))
                            .isEqualTo("「空.pdf」にはページがありません。"));
            // Nothing about the evidence changed by looking at it.
            assertThat(session.evidence().verify(planId, com.auditworkbench.domain.Progress.NONE)).isEmpty();
        }
    }

    /** One page of the given size in points, with a red box in its lower left corner. */
    private static byte[] onePage(float width, float height) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
                    new org.apache.pdfbox.pdmodel.common.PDRectangle(width, height));
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.setNonStrokingColor(java.awt.Color.RED);
                content.addRect(0, 0, width, Math.min(height, 1000));
                content.fill();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPageOfHugeSizeIsDrawnWithinThePixelBudget() throws Exception {
        try (WorkbenchSession session = session()) {
            long planId = plan(session);
            // 20 points wide, 3,000,000 points (about 1 km) tall: at 150 dpi some 170 million pixels.
            long tall = intake(session, planId, "縦長.pdf", onePage(20, 3_000_000));
            long large = intake(session, planId, "巨大.pdf", onePage(3_000_000, 3_000_000));

            for (long id : List.of(tall, large)) {
                PdfPreview preview = session.evidence().previewPdf(id, 3);

                assertThat(preview.pagesShown()).isEqualTo(1);
                assertThat((long) preview.width() * preview.height()).isLessThanOrEqualTo(PdfPages.MAX_PAGE_PIXELS);
                assertThat(preview.width()).isLessThanOrEqualTo(PdfPages.MAX_SIDE);
                assertThat(preview.height()).isLessThanOrEqualTo(PdfPages.MAX_SIDE);
                assertThat(preview.argb()).hasSize(preview.width() * preview.height());
            }
        }
    }

    @Test
    void drawingThatTakesLongerThanTheLimitIsGivenUpWithASentence() throws Exception {
        Messages en = new Messages(Language.ENGLISH);
        byte[] pdf = TestPdfs.withRedBox(3);

        assertThatThrownBy(() -> PdfPages.render(pdf, 3, "slow.pdf", java.time.Duration.ofNanos(1)))
                .isInstanceOfSatisfying(AuditException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evidence.preview.pdfTooSlow");
                    assertThat(e.localizedMessage(en)).contains("slow.pdf");
                });
        assertThat(PdfPages.render(pdf, 3, "slow.pdf").pagesShown()).isEqualTo(3);
    }

    private static int pixel(PdfPreview preview, int x, int y) {
        return preview.argb()[y * preview.width() + x];
    }
}
