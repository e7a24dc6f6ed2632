package com.auditworkbench.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** PDFs made for tests: A4 pages, the first with a red box whose place the preview can be checked at. */
public final class TestPdfs {

    /** The red box on page one, in PDF points from the page's lower left corner. */
    public static final float BOX_X = 100;
    public static final float BOX_Y = 600;
    public static final float BOX_WIDTH = 200;
    public static final float BOX_HEIGHT = 100;

    private TestPdfs() {
    }

    public static byte[] withRedBox(int pages) throws IOException {
        return make(pages, null);
    }

    public static byte[] protectedByPassword(String password) throws IOException {
        return make(1, password);
    }

    private static byte[] make(int pages, String password) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                if (i == 0) {
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.setNonStrokingColor(1f, 0f, 0f);
                        content.addRect(BOX_X, BOX_Y, BOX_WIDTH, BOX_HEIGHT);
                        content.fill();
                    }
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(password + "-owner", password,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
