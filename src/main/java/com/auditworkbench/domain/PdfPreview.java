package com.auditworkbench.domain;

/**
 * The first pages of a PDF drawn for the preview, stacked top to bottom in one picture of {@code width} ×
 * {@code height} pixels (ARGB, row by row). Made in memory from the decrypted bytes; nothing is written to disk.
 */
public record PdfPreview(int pageCount, int pagesShown, int width, int height, int[] argb) {

    public PdfPreview {
        if (argb.length != (long) width * height) {
            throw new IllegalArgumentException("pixels " + argb.length + " for " + width + "×" + height);
        }
    }
}
