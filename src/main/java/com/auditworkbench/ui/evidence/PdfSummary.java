package com.auditworkbench.ui.evidence;

import com.auditworkbench.domain.Messages;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the preview says about a PDF whose pages cannot be drawn (protected by a password, damaged, too large): its
 * version, page count, title and producer from the document's own dictionaries, and any readable text found
 * uncompressed, read straight from the bytes without a PDF parser.
 */
final class PdfSummary {

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![s\\w])");
    private static final Pattern INFO = Pattern.compile("/(Title|Producer|Creator|CreationDate)\\s*\\(([^)]{0,200})\\)");
    private static final Pattern TEXT = Pattern.compile("\\(([^()\\\\]{3,200})\\)\\s*Tj");

    private PdfSummary() {
    }

    static String of(byte[] bytes, Messages messages) {
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!raw.startsWith("%PDF-")) {
            return messages.get("evidence.preview.notPdf");
        }
        String version = raw.substring(5, Math.min(raw.length(), 8)).strip();
        int pages = 0;
        Matcher page = PAGE.matcher(raw);
        while (page.find()) {
            pages++;
        }
        StringBuilder info = new StringBuilder();
        Matcher m = INFO.matcher(raw);
        while (m.find()) {
            info.append(m.group(1)).append(": ").append(m.group(2)).append('\n');
        }
        StringBuilder text = new StringBuilder();
        Matcher t = TEXT.matcher(raw);
        while (t.find() && text.length() < 4000) {
            text.append(t.group(1)).append('\n');
        }
        return messages.get("evidence.preview.pdf", version, pages, info.toString().strip(),
                text.length() == 0 ? messages.get("evidence.preview.pdfNoText") : text.toString().strip());
    }
}
