package com.auditworkbench.bench;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Role;
import com.auditworkbench.service.LargeSampleWorkbench;
import com.auditworkbench.service.WorkbenchService;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.template.ShippedTemplates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One measurement of {@link DurabilityBench}, in its own JVM so that {@code -Dawb.store.relaxedDurability} takes
 * effect. Prints one {@code FIGURE} line. Arguments: {@code keyboard FILE N}, {@code intake FOLDER N} or
 * {@code sample FOLDER}.
 */
public final class DurabilityProbe {

    static final char[] PASSPHRASE = "bench-passphrase-large-2026".toCharArray();

    private DurabilityProbe() {
    }

    public static void main(String[] args) throws Exception {
        WorkbenchService service = new WorkbenchService("bench", Clock.systemDefaultZone());
        switch (args[0]) {
            case "keyboard" -> keyboard(service, Path.of(args[1]), Integer.parseInt(args[2]));
            case "intake" -> intake(service, Path.of(args[1]), Integer.parseInt(args[2]));
            case "sample" -> sample(service, Path.of(args[1]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Results typed one after another on the large plan, each saved as the checklist saves it. */
    private static void keyboard(WorkbenchService service, Path file, int count) {
        try (WorkbenchSession session = service.open(file, PASSPHRASE)) {
            session.people().actAs(session.people().all().stream().filter(a -> a.role() == Role.LEAD).findFirst()
                    .orElseThrow());
            Plan plan = session.plans().resolve("2026");
            List<ChecklistRow> rows = session.fieldwork().rows(plan.id(), plan.departments().get(3).id());
            Random random = new Random(count);
            double[] millis = new double[count];
            for (int i = 0; i < count; i++) {
                ChecklistRow row = rows.get(random.nextInt(rows.size()));
                long start = System.nanoTime();
                session.fieldwork().record(row, Result.values()[i % 4], "入力 " + i);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf("FIGURE keyboard %.2f %.2f%n", millis[count / 2], millis[(int) (count * 0.95)]);
        }
    }

    /** Small evidence files taken in one by one (as dropped on the window) into a fresh workbench. */
    private static void intake(WorkbenchService service, Path folder, int count) throws Exception {
        Path file = folder.resolve("intake.awb");
        Path sources = Files.createDirectories(folder.resolve("sources"));
        Random random = new Random(7);
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            byte[] content = new byte[16 * 1024 + random.nextInt(48 * 1024)];
            random.nextBytes(content);
            bytes += content.length;
            files.add(Files.write(sources.resolve("log-" + i + ".bin"), content));
        }
        try (WorkbenchSession session = service.create(file, PASSPHRASE)) {
            session.people().actAs(session.people().add("監査 太郎", Role.LEAD, null));
            Plan plan = session.plans().create(new NewPlan(new FiscalYear(2026), "計画", "測定", List.of("総務部 総務課"),
                    null, null, NewPlan.DEFAULT_MARKING, "監査 太郎"), new ShippedTemplates().defaultAudit());
            EvidenceDetails details = new EvidenceDetails("総務課", LocalDate.of(2026, 7, 1), "測定", "取扱注意");
            long start = System.nanoTime();
            for (Path f : files) {
                session.evidence().intake(plan.id(), List.of(f), details, List.of(), Progress.NONE);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("FIGURE intake %.1f %.2f%n", count / seconds, bytes / 1e6 / seconds);
        }
    }

    /** What {@code sample --size large} does: the reference large plan generated into a new workbench. */
    private static void sample(WorkbenchService service, Path folder) {
        Path file = folder.resolve("large.awb");
        long start = System.nanoTime();
        try (WorkbenchSession session = service.create(file, PASSPHRASE)) {
            LargeSampleWorkbench.populate(session, new ShippedTemplates().defaultAudit(), step -> { });
        }
        System.out.printf("FIGURE sample %.1f%n", (System.nanoTime() - start) / 1e9);
    }
}
