package com.auditworkbench.service;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.EvidenceTarget;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The sample's evidence, so the first look shows it: a screenshot of an account list (a PNG made here), an
 * extract of an authentication log and an account list, linked to results and to the first finding.
 */
final class EvidenceSample {

    private EvidenceSample() {
    }

    static void populate(WorkbenchSession session, Plan plan, Finding finding) {
        List<ChecklistRow> rows = session.fieldwork().rows(plan.id());
        ChecklistRow findingRow = rows.stream().filter(r -> r.department().id() == finding.department().id()
                && r.item().code().equals(finding.itemCode())).findFirst().orElse(rows.get(0));
        ChecklistRow conforming = rows.stream().filter(r -> r.result() == Result.CONFORMING).findFirst()
                .orElse(rows.get(0));
        EvidenceService evidence = session.evidence();
        evidence.intakeBytes(plan.id(), "アカウント管理画面_" + findingRow.department().name() + ".png", screenshot(),
                new EvidenceDetails(findingRow.department().name() + " 庶務担当", LocalDate.of(2026, 6, 26),
                        "業務システムのアカウント一覧画面。異動者のアカウントが有効のまま表示されている。", "機密性2"),
                List.of(EvidenceTarget.result(findingRow), EvidenceTarget.finding(finding.id())));
        evidence.intakeBytes(plan.id(), "認証ログ抜粋_2026-06.log", authLog().getBytes(StandardCharsets.UTF_8),
                new EvidenceDetails("情報政策課 統合認証基盤", LocalDate.of(2026, 6, 30),
                        "6月分の認証失敗・ロックアウトの抜粋。", "取扱注意"),
                List.of(EvidenceTarget.result(conforming)));
        evidence.intakeBytes(plan.id(), "アカウント棚卸結果.csv", ("ユーザーID,氏名,所属,最終ログオン,状態\r\n"
                + "k-sato,佐藤,市民課,2026-03-31,有効（異動済）\r\n"
                + "m-ito,伊藤,市民課,2026-07-07,有効\r\n").getBytes(StandardCharsets.UTF_8),
                new EvidenceDetails("人事課", LocalDate.of(2026, 6, 25), "人事異動情報と突合した棚卸結果。", "機密性2"),
                List.of(EvidenceTarget.finding(finding.id())));
        evidence.intakeBytes(plan.id(), "アクセス権限レポート_人事給与システム.pdf", accessReport(),
                new EvidenceDetails("情報政策課 人事給与システム担当", LocalDate.of(2026, 6, 26),
                        "システムが出力した利用者・権限の一覧（2ページ）。異動者 k-sato に管理者権限が残っている。", "機密性2"),
                List.of(EvidenceTarget.result(findingRow), EvidenceTarget.finding(finding.id())));
    }

    /**
     * A two-page report as a business system exports it (in English, as many do), with its font embedded: PDFBox's
     * own Liberation Sans, so the sample is the same on every machine and its preview needs no system font.
     */
    static byte[] accessReport() {
        String[][] users = {{"tanaka", "Tanaka", "Citizens Div.", "user", "2026-06-24"},
                {"suzuki", "Suzuki", "Citizens Div.", "user", "2026-06-25"},
                {"k-sato", "Sato", "(transferred 2026-04-01)", "ADMIN", "2026-03-31"},
                {"yamada", "Yamada", "Citizens Div.", "approver", "2026-06-26"},
                {"m-ito", "Ito", "Citizens Div.", "user", "2026-06-22"}};
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.InputStream fontFile = org.apache.pdfbox.pdmodel.PDDocument.class.getResourceAsStream(
                        "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, fontFile);
            for (int pageNumber = 1; pageNumber <= 2; pageNumber++) {
                var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
                document.addPage(page);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                    content.setNonStrokingColor(0x1F / 255f, 0x4E / 255f, 0x79 / 255f);
                    content.addRect(40, 770, 515, 36);
                    content.fill();
                    text(content, font, 14, 52, 783, 1f, "Jinji-Kyuyo System  -  User and Privilege Report");
                    text(content, font, 9, 40, 750, 0f, "Kunitachi City  /  exported 2026-06-26 09:12  /  page "
                            + pageNumber + " of 2");
                    if (pageNumber == 1) {
                        String[] head = {"User ID", "Name", "Section", "Privilege", "Last logon"};
                        float[] columns = {48, 138, 228, 388, 468};
                        float y = 712;
                        content.setNonStrokingColor(0.93f, 0.93f, 0.93f);
                        content.addRect(40, y - 6, 515, 22);
                        content.fill();
                        for (int c = 0; c < head.length; c++) {
                            text(content, font, 10, columns[c], y, 0f, head[c]);
                        }
                        for (String[] user : users) {
                            y -= 24;
                            if (user[3].equals("ADMIN")) {
                                content.setNonStrokingColor(1f, 0.84f, 0.84f);
                                content.addRect(40, y - 6, 515, 22);
                                content.fill();
                            }
                            for (int c = 0; c < user.length; c++) {
                                text(content, font, 10, columns[c], y, 0f, user[c]);
                            }
                            content.setStrokingColor(0.69f, 0.72f, 0.76f);
                            content.moveTo(40, y - 7);
                            content.lineTo(555, y - 7);
                            content.stroke();
                        }
                    } else {
                        text(content, font, 10, 48, 712, 0f, "Summary: 5 accounts, 1 with ADMIN privilege.");
                        text(content, font, 10, 48, 694, 0f, "Accounts of staff transferred or retired: 1 (k-sato).");
                        text(content, font, 10, 48, 676, 0f, "Report produced by the system; not edited.");
                    }
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The sample report is made in memory from a bundled font", e);
        }
    }

    private static void text(org.apache.pdfbox.pdmodel.PDPageContentStream content,
            org.apache.pdfbox.pdmodel.font.PDFont font, float size, float x, float y, float grey, String text)
            throws java.io.IOException {
        content.beginText();
        content.setNonStrokingColor(grey, grey, grey);
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static String authLog() {
        StringBuilder log = new StringBuilder();
        String[] users = {"tanaka", "suzuki", "k-sato", "yamada"};
        for (int day = 1; day <= 30; day += 3) {
            for (int i = 0; i < users.length; i++) {
                log.append(String.format("2026-06-%02d %02d:%02d:14 auth %s user=%s src=10.12.%d.%d%n", day, 8 + i,
                        (day * 7 + i * 13) % 60, (day + i) % 5 == 0 ? "FAILED" : "ok", users[i], 3 + i, 20 + day));
            }
            if (day % 9 == 1) {
                log.append(String.format("2026-06-%02d 09:41:02 auth LOCKOUT user=k-sato attempts=5%n", day));
            }
        }
        return log.toString();
    }

    /** A 480×300 picture of an account list: title bar, table lines, one highlighted row. */
    static byte[] screenshot() {
        int width = 480;
        int height = 300;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            raw.write(0);
            for (int x = 0; x < width; x++) {
                int rgb;
                if (y < 28) {
                    rgb = 0x1F4E79;
                } else if (y >= 120 && y < 144) {
                    rgb = x > 10 && x < width - 10 ? 0xFFD7D7 : 0xFFFFFF;
                } else if ((y - 48) % 24 == 0 || x == 10 || x == width - 11 || x == 160 || x == 320) {
                    rgb = 0xB0B7C3;
                } else if (y > 48 && (y - 48) % 24 > 8 && (y - 48) % 24 < 15 && x % 160 > 20 && x % 160 < 20 + (y * 7
                        + x / 160 * 31) % 110) {
                    rgb = 0x40464F;
                } else {
                    rgb = 0xFFFFFF;
                }
                raw.write(rgb >> 16);
                raw.write((rgb >> 8) & 0xFF);
                raw.write(rgb & 0xFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, new Deflater(6))) {
            z.write(raw.toByteArray());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("In-memory compression cannot fail", e);
        }
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
