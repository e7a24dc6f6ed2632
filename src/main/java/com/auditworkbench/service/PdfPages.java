package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.PdfPreview;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * sentence instead. What a PDF can cost is bounded: each page's picture stays within {@value #MAX_PAGE_PIXELS}
 * pixels and {@value #MAX_SIDE} pixels a side however large its page claims to be, and drawing stops waiting after
 * {@link #TIME_LIMIT} (the drawing thread is told to stop and left behind, its memory bounded by the same caps).
 */
final class PdfPages {

    /** Pages are drawn at most this wide (an A4 page at about 120 dpi). */
    static final int MAX_WIDTH = 1000;
    private static final int GAP = 12;
    private static final float MAX_DPI = 150f;
    /** A page's picture holds at most this many pixels (16 MB as RGB), whatever its page size says. */
    static final int MAX_PAGE_PIXELS = 4_000_000;
    /** Neither side of a page's picture is longer (a picture the preview can still show). */
    static final int MAX_SIDE = 4096;
    static final Duration TIME_LIMIT = Duration.ofSeconds(20);

    private PdfPages() {
    }

    static PdfPreview render(byte[] bytes, int maxPages, String fileName) {
        return render(bytes, maxPages, fileName, TIME_LIMIT);
    }

    /** Draws on a thread of its own and waits at most {@code limit} for it. */
    static PdfPreview render(byte[] bytes, int maxPages, String fileName, Duration limit) {
        FutureTask<PdfPreview> drawing = new FutureTask<>(() -> draw(bytes, maxPages, fileName));
        Thread thread = new Thread(drawing, "awb-pdf-pages");
        thread.setDaemon(true);
        thread.start();
        try {
            return drawing.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            drawing.cancel(true);
            throw new AuditException(e, "evidence.preview.pdfTooSlow", fileName, limit.toSeconds());
        } catch (InterruptedException e) {
            drawing.cancel(true);
            Thread.currentThread().interrupt();
            throw new AuditException(e, "task.cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuditException audit) {
                throw audit;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("PDF preview of " + fileName, e.getCause());
        }
    }

    /** The scale of a page of these points: 150 dpi at most, narrowed to fit the preview and the pixel caps. */
    static float scaleFor(float widthPoints, float heightPoints) {
        float w = Math.max(1f, widthPoints);
        float h = Math.max(1f, heightPoints);
        float scale = Math.min(MAX_DPI / 72f, MAX_WIDTH / w);
        scale = Math.min(scale, MAX_SIDE / h);
        return (float) Math.min(scale, Math.sqrt(MAX_PAGE_PIXELS / ((double) w * h)));
    }

    private static PdfPreview draw(byte[] bytes, int maxPages, String fileName) {
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
            int pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw new AuditException("evidence.preview.pdfEmpty", fileName);
            }
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            int shown = Math.min(maxPages, pageCount);
            for (int i = 0; i < shown; i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new AuditException("task.cancelled");
                }
                PDPage page = document.getPage(i);
                PDRectangle box = page.getCropBox();
                boolean turned = page.getRotation() % 180 != 0;
                float widthPoints = turned ? box.getHeight() : box.getWidth();
                float heightPoints = turned ? box.getWidth() : box.getHeight();
                pages.add(renderer.renderImage(i, scaleFor(widthPoints, heightPoints), ImageType.RGB));
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
