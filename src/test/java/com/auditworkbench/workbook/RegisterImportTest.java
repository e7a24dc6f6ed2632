package com.auditworkbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.AssetEntry;
import com.auditworkbench.domain.AssetKind;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Classification;
import com.auditworkbench.domain.ColumnMapping;
import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.RegisterColumn;
import com.auditworkbench.domain.RegisterImportPreview;
import com.auditworkbench.domain.RegisterTable;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.service.RegisterImportService;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestWorkbenches;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The city's register, imported from Excel and CSV row by row, and refused whole when any row is bad. */
class RegisterImportTest {

    static final Charset SJIS = Charset.forName("Windows-31J");
    static final Messages JA = new Messages(Language.JAPANESE);
    static final Messages EN = new Messages(Language.ENGLISH);
    static final String[] HEADERS = {"No.", "システム名", "所管課", "ネットワーク", "機密性", "完全性", "可用性", "備考"};

    @TempDir
    Path folder;
    WorkbenchSession session;

    @BeforeEach
    void open() {
        session = TestWorkbenches.service().create(folder.resolve("w.awb"), TestWorkbenches.PASSPHRASE.toCharArray());
        session.assets().add(new AssetEntry("文書管理システム", AssetKind.SYSTEM, "総務部 総務課", Segment.LGWAN,
                new Classification("2", "2", "1"), ""));
    }

    @AfterEach
    void close() {
        session.close();
    }

    Path workbook(String name, String[]... rows) throws Exception {
        Path file = folder.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("情報資産台帳");
            sheet.createRow(0).createCell(0).setCellValue("国立市 情報資産台帳（令和8年4月1日現在）");
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    if (c == 0 && r > 0) {
                        row.createCell(c).setCellValue(Integer.parseInt(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    RegisterImportPreview preview(Path file, RegisterReader.Encoding encoding, boolean createDepartments) {
        RegisterTable table = RegisterReader.read(file, encoding);
        return session.registerImport().preview(table, ColumnMapping.guess(table.headers()), createDepartments);
    }

    RegisterImportService.Result importFile(Path file, boolean createDepartments) {
        RegisterTable table = RegisterReader.read(file, RegisterReader.Encoding.AUTO);
        return session.registerImport().importRegister(table, ColumnMapping.guess(table.headers()), createDepartments);
    }

    @Test
    void aGoodWorkbookIsImportedRowByRow() throws Exception {
        Path file = workbook("台帳.xlsx", HEADERS,
                new String[] {"1", "住民基本台帳システム", "総務部 総務課", "マイナンバー利用事務系", "3A", "2", "2", "住基ネットCSを含む"},
                new String[] {"2", "LGWAN メール", "総務部 総務課", "LGWAN接続系", "機密性2", "2", "2", ""},
                new String[] {"3", "文書管理システム", "総務部 総務課", "LGWAN接続系", "3C", "2", "1", "分類を見直し"},
                new String[] {"4", "インターネット閲覧系", "総務部 総務課", "インターネット接続系", "２", "１", "1", ""});
        RegisterImportPreview preview = preview(file, RegisterReader.Encoding.AUTO, false);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.mapping().column(RegisterColumn.NAME)).contains(1);
        assertThat(preview.mapping().column(RegisterColumn.DEPARTMENT)).contains(2);
        assertThat(preview.mapping().column(RegisterColumn.NOTES)).contains(7);
        assertThat(preview.rows()).extracting(RegisterImportPreview.PreviewRow::rowNumber).containsExactly(4, 5, 6, 7);
        assertThat(preview.rows()).extracting(RegisterImportPreview.PreviewRow::action).containsExactly(
                RegisterImportPreview.Action.ADD, RegisterImportPreview.Action.ADD, RegisterImportPreview.Action.UPDATE,
                RegisterImportPreview.Action.ADD);

        RegisterImportService.Result result = importFile(file, false);
        assertThat(result).isEqualTo(new RegisterImportService.Result(3, 1, 0, 0));
        List<InformationAsset> assets = session.assets().all();
        assertThat(assets).extracting(InformationAsset::name).containsExactly("LGWAN メール", "インターネット閲覧系",
                "住民基本台帳システム", "文書管理システム");
        assertThat(assets).extracting(InformationAsset::segment).containsExactly(Segment.LGWAN, Segment.INTERNET,
                Segment.MYNUMBER, Segment.LGWAN);
        assertThat(assets).extracting(InformationAsset::classification).containsExactly(
                new Classification("2", "2", "2"), new Classification("2", "1", "1"),
                new Classification("3A", "2", "2"), new Classification("3C", "2", "1"));
        assertThat(assets).extracting(InformationAsset::notes).containsExactly("", "", "住基ネットCSを含む", "分類を見直し");
        assertThat(session.activity().forEntity("register", "台帳.xlsx［情報資産台帳］")).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("\"added\":3", "\"updated\":1"));
    }

    @Test
    void aGoodShiftJisCsvIsImportedRowByRow() throws Exception {
        String csv = "名称,種別,所管部署,ネットワーク区分,機密性,完全性,可用性,備考\r\n"
                + "税務システム,情報システム,市民部 課税課,マイナンバー利用事務系,自治体機密性3A,完全性2,可用性2,\"住民税・固定資産税, eLTAX連携\"\r\n"
                + "保育所入所申込書類,情報資産,子ども家庭部 子育て支援課,ＬＧＷＡＮ接続系,3C,1,1,\"紙の申込書\r\nと一覧\"\r\n";
        Path file = folder.resolve("台帳.csv");
        Files.write(file, csv.getBytes(SJIS));
        RegisterTable table = RegisterReader.read(file, RegisterReader.Encoding.AUTO);
        assertThat(table.encoding()).isEqualTo("windows-31j");
        RegisterImportPreview refused = preview(file, RegisterReader.Encoding.AUTO, false);
        assertThat(refused.problems()).extracting(p -> p.describe(JA)).containsExactly(
                "2行目：部署「市民部 課税課」はワークベンチに登録されていません（「新しい部署を作成する」を選ぶと作成して取り込みます）。",
                "3行目：部署「子ども家庭部 子育て支援課」はワークベンチに登録されていません（「新しい部署を作成する」を選ぶと作成して取り込みます）。");

        RegisterImportService.Result result = importFile(file, true);
        assertThat(result).isEqualTo(new RegisterImportService.Result(2, 0, 0, 2));
        List<InformationAsset> assets = session.assets().all().stream()
                .filter(a -> !a.name().equals("文書管理システム")).toList();
        assertThat(assets).hasSize(2);
        InformationAsset tax = assets.stream().filter(a -> a.name().equals("税務システム")).findFirst().orElseThrow();
        assertThat(tax.kind()).isEqualTo(AssetKind.SYSTEM);
        assertThat(tax.department().name()).isEqualTo("市民部 課税課");
        assertThat(tax.segment()).isEqualTo(Segment.MYNUMBER);
        assertThat(tax.classification()).isEqualTo(new Classification("3A", "2", "2"));
        assertThat(tax.notes()).isEqualTo("住民税・固定資産税, eLTAX連携");
        InformationAsset forms = assets.stream().filter(a -> a.name().equals("保育所入所申込書類")).findFirst()
                .orElseThrow();
        assertThat(forms.kind()).isEqualTo(AssetKind.ASSET_GROUP);
        assertThat(forms.department().name()).isEqualTo("子ども家庭部 子育て支援課");
        assertThat(forms.segment()).isEqualTo(Segment.LGWAN);
        assertThat(forms.classification()).isEqualTo(new Classification("3C", "1", "1"));
        assertThat(forms.notes()).isEqualTo("紙の申込書\nと一覧");
    }

    @Test
    void aUtf8CsvWithBomAndEnglishHeadersIsRead() throws Exception {
        String csv = "\uFEFFName,Department,Segment,Confidentiality,Integrity,Availability,Notes\n"
                + "Web CMS,政策経営部 秘書広報課,internet,1,2,2,cloud\n";
        Path file = folder.resolve("register.csv");
        Files.write(file, csv.getBytes(StandardCharsets.UTF_8));
        RegisterImportPreview preview = preview(file, RegisterReader.Encoding.AUTO, true);
        assertThat(preview.table().encoding()).isEqualTo("UTF-8");
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).singleElement().satisfies(r -> {
            assertThat(r.entry().name()).isEqualTo("Web CMS");
            assertThat(r.entry().segment()).isEqualTo(Segment.INTERNET);
        });
        assertThat(preview.newDepartments()).containsExactly("政策経営部 秘書広報課");
    }

    @Test
    void aFileWithABadRowReportsThatRowAndImportsNothing() throws Exception {
        Path file = workbook("bad.xlsx", HEADERS,
                new String[] {"1", "住民基本台帳システム", "総務部 総務課", "マイナンバー利用事務系", "3A", "2", "2", ""},
                new String[] {"2", "LGWAN メール", "総務部 総務課", "LGWAN接続系", "2", "2", "2", ""},
                new String[] {"3", "新システム", "総務部 総務課", "LGWAN接続系", "4", "2", "2", ""},
                new String[] {"4", "LGWAN メール", "総務部 総務課", "庁内LAN", "2", "3", "2", ""});
        List<InformationAsset> before = session.assets().all();
        String head = session.activity().headHash();

        RegisterImportPreview preview = preview(file, RegisterReader.Encoding.AUTO, false);
        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).extracting(p -> p.describe(JA)).containsExactly(
                "6行目：機密性「4」は分類基準の区分（3A/3B/3C/2/1）にありません。",
                "7行目：ネットワーク「庁内LAN」は、マイナンバー利用事務系・LGWAN接続系・インターネット接続系のいずれでもありません。",
                "7行目：完全性「3」は分類基準の区分（2/1）にありません。",
                "7行目：名称「LGWAN メール」は5行目と重複しています。");
        assertThat(preview.problems().get(0).describe(EN))
                .isEqualTo("Row 6: Confidentiality '4' is not a level of the scheme (3A/3B/3C/2/1).");

        assertThatThrownBy(() -> importFile(file, false)).isInstanceOf(AuditException.class)
                .satisfies(e -> assertThat(((AuditException) e).localizedMessage(JA))
                        .isEqualTo("問題が4件あるため、何も取り込みませんでした。ファイルを直してから、もう一度取り込んでください。"));
        assertThat(session.assets().all()).isEqualTo(before);
        assertThat(session.activity().headHash()).isEqualTo(head);
    }

    @Test
    void aWorkbookWithoutAHeaderGetsOneSentence() throws Exception {
        Path file = workbook("noheader.xlsx",
                new String[] {"1", "住民基本台帳システム", "総務部 総務課", "マイナンバー利用事務系", "3A", "2", "2", ""},
                new String[] {"2", "LGWAN メール", "総務部 総務課", "LGWAN接続系", "2", "2", "2", ""});
        RegisterImportPreview preview = preview(file, RegisterReader.Encoding.AUTO, false);
        assertThat(preview.problems()).extracting(p -> p.describe(JA)).containsExactly(
                "見出しの行に、名称・所管部署・ネットワーク・機密性・完全性・可用性の列が見当たりません。見出しの行を付けるか、それぞれの列を選んでください。");
        assertThat(preview.rows()).isEmpty();
    }

    @Test
    void hostileAndHalfFilledFilesGetOneSentenceEach() throws Exception {
        Path empty = folder.resolve("empty.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(empty)) {
            wb.createSheet("Sheet1");
            wb.write(out);
        }
        assertRefused(empty, "「empty.xlsx」には台帳のデータがありません（空のシートまたは空のファイルです）。");

        Path fake = folder.resolve("fake.xlsx");
        Files.writeString(fake, "name,department\nx,y\n");
        assertRefused(fake, "「fake.xlsx」は Excel ブック（.xlsx）として読み込めません。壊れているか、別の種類のファイルです。");

        Path broken = folder.resolve("broken.xlsx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3});
        assertRefused(broken, "「broken.xlsx」は Excel ブック（.xlsx）として読み込めません。壊れているか、別の種類のファイルです。");

        Path binary = folder.resolve("image.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertRefused(binary, "「image.csv」は CSV ファイルではありません（文字以外のデータが含まれています）。Excel ブック（.xlsx）か CSV ファイルを選んでください。");

        Path titleOnly = folder.resolve("title.csv");
        Files.writeString(titleOnly, "情報資産台帳\n\n");
        assertRefused(titleOnly, "「title.csv」の先頭に見出しの行（名称・所管部署・機密性などの列名）が見つかりません。見出しの行を付けてから選んでください。");

        Path sjis = folder.resolve("sjis.csv");
        Files.write(sjis, "名称,所管部署\n税務,課税課\n".getBytes(SJIS));
        assertThatThrownBy(() -> RegisterReader.read(sjis, RegisterReader.Encoding.UTF_8))
                .isInstanceOf(AuditException.class)
                .satisfies(e -> assertThat(((AuditException) e).localizedMessage(JA))
                        .isEqualTo("「sjis.csv」は UTF-8 の文字として読めません。文字コードの選択を変えてください。"));

        assertRefused(folder.resolve("gone.xlsx"), "「gone.xlsx」が見つかりません。移動または削除された可能性があります。");
        assertThat(session.assets().all()).hasSize(1);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aLinkToAnEndlessDeviceOrANamedPipeIsRefusedWithoutReadingIt() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("台帳.csv"), Path.of("/dev/zero"));
        assertRefused(link, "「台帳.csv」は通常のファイルではない（デバイスや名前付きパイプなど）ため、読み込みませんでした。");
        Path fifo = folder.resolve("台帳.xlsx");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();
        assertRefused(fifo, "「台帳.xlsx」は通常のファイルではない（デバイスや名前付きパイプなど）ため、読み込みませんでした。");
    }

    @Test
    void aWorkbookWithMoreRowsThanAnyRegisterIsRefusedWhileStreamed() throws Exception {
        Path huge = folder.resolve("huge.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(huge)) {
            var sheet = wb.createSheet("台帳");
            for (int r = 0; r <= UntrustedWorkbook.REGISTER.maxRows(); r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("システム" + r);
                row.createCell(1).setCellValue("総務部 総務課");
            }
            wb.write(out);
        }
        assertRefused(huge, "「huge.xlsx」は 100,000 行を超えるため読み込めないので、台帳の行だけを残したファイルを選んでください。");
    }

    @Test
    void aHiddenSheetIsPassedOverAndAVisibleOneRead() throws Exception {
        Path file = workbook("hidden.xlsx", HEADERS, new String[] {"1", "税務システム", "市民部 課税課", "マイナンバー", "3", "2", "2", ""});
        try (var in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet secret = wb.createSheet("作業用");
            secret.createRow(0).createCell(0).setCellValue("名称");
            secret.getRow(0).createCell(1).setCellValue("所管部署");
            wb.setSheetOrder("作業用", 0);
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        RegisterTable table = RegisterReader.read(file, RegisterReader.Encoding.AUTO);
        assertThat(table.headers()).contains("システム名");
        assertThat(table.rows()).singleElement().satisfies(r -> assertThat(r.cells()).contains("税務システム"));
    }

    void assertRefused(Path file, String sentence) {
        assertThatThrownBy(() -> RegisterReader.read(file, RegisterReader.Encoding.AUTO))
                .isInstanceOf(AuditException.class)
                .satisfies(e -> assertThat(((AuditException) e).localizedMessage(JA)).isEqualTo(sentence));
    }
}
