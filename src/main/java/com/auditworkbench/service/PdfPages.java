package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.PdfPreview;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws the first pages of a PDF with PDFBox, from bytes in memory: the document is parsed with a memory-only
 * cache (PDFBox would otherwise spill large streams to temporary files), pages are scaled to a width fit for the
 * preview pane, and stacked with a gap. A PDF that is protected by a password, damaged, or not a PDF gets one
 * sentence instead.
 */
final class PdfPages {

    /** Pages are drawn at most this wide (an A4 page at about 120 dpi). */
    static final int MAX_WIDTH = 1000;
    private static final int GAP = 12;
    private static final float MAX_DPI = 150f;

    private PdfPages() {
    }

    static PdfPreview render(byte[] bytes, int maxPages, String fileName) {
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
            int pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw new AuditException("evidence.preview.pdfEmpty", fileName);
            }
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            int shown = Math.min(maxPages, pageCount);
            for (int i = 0; i < shown; i++) {
                PDPage page = document.getPage(i);
                PDRectangle box = page.getCropBox();
                boolean turned = page.getRotation() % 180 != 0;
                float widthPoints = turned ? box.getHeight() : box.getWidth();
                float scale = Math.min(MAX_DPI / 72f, MAX_WIDTH / Math.max(1f, widthPoints));
                pages.add(renderer.renderImage(i, scale, ImageType.RGB));
            }
            return stack(pageCount, pages);
        } catch (InvalidPasswordException e) {
            throw new AuditException(e, "evidence.preview.pdfPassword", fileName);
        } catch (IOException | RuntimeException e) {
            if (e instanceof AuditException audit) {
                throw audit;
            }
            throw new AuditException(e, "evidence.preview.pdfDamaged", fileName);
        }
    }

    private static PdfPreview stack(int pageCount, List<BufferedImage> pages) {
        int width = pages.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
        int height = pages.stream().mapToInt(BufferedImage::getHeight).sum() + GAP * (pages.size() - 1);
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setColor(new Color(0x9e, 0x9e, 0x9e));
            g.fillRect(0, 0, width, height);
            int y = 0;
            for (BufferedImage page : pages) {
                g.drawImage(page, (width - page.getWidth()) / 2, y, null);
                y += page.getHeight() + GAP;
            }
        } finally {
            g.dispose();
        }
        int[] argb = sheet.getRGB(0, 0, width, height, null, 0, width);
        return new PdfPreview(pageCount, pages.size(), width, height, argb);
    }
}
