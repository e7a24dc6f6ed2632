package com.auditworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.EvidenceTarget;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Role;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.service.WorkbenchService;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.store.EvidenceVault;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify --workbench} re-hashes every evidence file besides the activity log. */
class EvidenceVerifyCommandTest {

    private static final String PASSPHRASE = "cli-evidence-passphrase-2026";

    @TempDir
    Path folder;

    private final Map<String, String> environment = new HashMap<>(Map.of("LANG", "ja_JP.UTF-8",
            "AWB_PASSPHRASE", PASSPHRASE));
    private StringWriter out;

    private int run(String... args) {
        out = new StringWriter();
        return new CommandLineApp(new AppDirs(folder.resolve("data")), environment, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true)).run(args);
    }

    @Test
    void verifyRecomputesEvidenceHashesAndNamesTheTamperedFileAndWhatItSupports() throws Exception {
        Path workbench = folder.resolve("cli.awb");
        String itemCode;
        String findingReference;
        WorkbenchService service = new WorkbenchService("test", TestWorkbenches.CLOCK);
        try (WorkbenchSession session = service.create(workbench, PASSPHRASE.toCharArray())) {
            session.people().actAs(session.people().add("監査 太郎", Role.LEAD, null));
            Plan plan = session.plans().create(new NewPlan(new FiscalYear(2026), "監査", "目的", List.of("総務課"),
                    LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30), NewPlan.DEFAULT_MARKING, "監査 太郎"),
                    TestTemplates.audit(2));
            ChecklistRow row = session.fieldwork().record(session.fieldwork().rows(plan.id()).get(0),
                    Result.NONCONFORMING, "不備");
            itemCode = row.item().code();
            Finding finding = session.findings().raise(new NewFinding(plan.id(), row.department().id(), itemCode,
                    "記録の不備", "不備", "基準", "改善", Severity.MINOR));
            findingReference = finding.reference();
            byte[] bytes = new byte[80_000];
            new Random(1).nextBytes(bytes);
            Path source = Files.write(folder.resolve("操作ログ抜粋.txt"), bytes);
            session.evidence().intake(plan.id(), List.of(source), new EvidenceDetails("情報政策課", LocalDate.of(2026,
                    6, 20), "", "取扱注意"), List.of(EvidenceTarget.result(row), EvidenceTarget.finding(finding.id())),
                    Progress.NONE);
        }
        assertThat(run("verify", "--workbench", workbench.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("改ざんは見つかりませんでした").contains("1 件の SHA-256 を再計算しました");

        Path pack;
        try (Stream<Path> s = Files.walk(EvidenceVault.folderFor(workbench))) {
            pack = s.filter(p -> p.toString().endsWith(".awbp")).findFirst().orElseThrow();
        }
        try (FileChannel channel = FileChannel.open(pack, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            long at = channel.size() - 500;
            channel.read(b, at);
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {(byte) (b.get(0) ^ 0x40)}), at);
        }
        assertThat(run("verify", "--workbench", workbench.toString())).isEqualTo(1);
        assertThat(out.toString())
                .contains("改ざんは見つかりませんでした")
                .contains("1 件中 1 件が取り込み時の値と一致しません")
                .contains("操作ログ抜粋.txt")
                .contains("改ざんまたは破損")
                .contains("チェック結果 " + itemCode + " 総務課")
                .contains("指摘事項 " + findingReference);
    }
}
