package com.auditworkbench.service;

import com.auditworkbench.domain.AnswerChange;
import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.CampaignAnswer;
import com.auditworkbench.domain.CampaignResponse;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.IdentitySeal;
import com.auditworkbench.domain.ImportPreview;
import com.auditworkbench.domain.ImportProblem;
import com.auditworkbench.domain.ImportProblem.Kind;
import com.auditworkbench.domain.QuestionnaireIdentity;
import com.auditworkbench.domain.ReturnedQuestionnaire;
import com.auditworkbench.domain.ReturnedQuestionnaire.Row;
import com.auditworkbench.domain.SelfInspectionAnswer;
import com.auditworkbench.store.CampaignRepository;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks a returned questionnaire passes before it may be imported: that it is this campaign's, for one of
 * its departments and the same questions; that its rows are the rows sent, in their order; that every answer is
 * on the scale. Each problem is reported with the sheet row it is on; nothing is corrected.
 */
final class ResponseCheck {

    /** A missing-answers warning names this many questions, then says how many more. */
    private static final int LISTED_QUESTIONS = 10;
    private static final String LIST_SEPARATOR = "、";

    private final Campaign campaign;
    private final List<ChecklistItem> items;
    private final Map<String, ChecklistItem> itemsByCode = new HashMap<>();
    private final String checksum;
    private final IdentitySeal seal;
    private final Function<String, Optional<String>> otherCampaignCode;

    ResponseCheck(Campaign campaign, List<ChecklistItem> items, IdentitySeal seal,
            Function<String, Optional<String>> otherCampaignCode) {
        this.campaign = campaign;
        this.items = items;
        this.seal = seal;
        this.otherCampaignCode = otherCampaignCode;
        items.forEach(item -> itemsByCode.put(item.code(), item));
        this.checksum = QuestionnaireIdentity.checksum(items.stream().map(ChecklistItem::code).toList());
    }

    ImportPreview preview(ReturnedQuestionnaire file, Map<Long, CampaignResponse> latest,
            Map<Long, Map<String, CampaignAnswer>> latestAnswers) {
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        if (!problems.isEmpty() || file.identity() == null) {
            if (problems.isEmpty()) {
                problems.add(ImportProblem.of(Kind.NOT_QUESTIONNAIRE));
            }
            return refused(file, null, problems);
        }
        QuestionnaireIdentity identity = file.identity();
        Optional<ImportProblem> mismatch = matchCampaign(file, identity);
        if (mismatch.isPresent()) {
            return refused(file, null, List.of(mismatch.get()));
        }
        Optional<Department> department = campaign.departments().stream()
                .filter(d -> d.id() == identity.departmentId() && d.code().equals(identity.departmentCode()))
                .findFirst();
        if (department.isEmpty()) {
            return refused(file, null, List.of(ImportProblem.of(Kind.UNKNOWN_DEPARTMENT,
                    ImportProblem.shown(identity.departmentName()), campaign.code())));
        }
        checkStoreLimits(file, problems);
        Map<String, Row> rows = checkRows(file.rows(), problems);
        List<CampaignAnswer> answers = answers(rows, problems);
        if (problems.stream().anyMatch(ImportProblem::isError)) {
            return refused(file, department.get(), problems);
        }
        List<String> missing = answers.stream().filter(a -> !a.isAnswered()).map(CampaignAnswer::itemCode).toList();
        if (!missing.isEmpty()) {
            problems.add(ImportProblem.of(Kind.MISSING_ANSWERS, missing.size(), listed(missing)));
        }
        CampaignResponse previous = latest.get(department.get().id());
        List<AnswerChange> changes = List.of();
        if (previous != null) {
            Date when = Date.from(previous.importedAt());
            problems.add(previous.fileSha256().equals(file.sha256())
                    ? ImportProblem.of(Kind.SAME_FILE_AGAIN, when, previous.fileName())
                    : ImportProblem.of(Kind.ALREADY_IMPORTED, when, previous.fileName()));
            changes = diff(latestAnswers.getOrDefault(previous.id(), Map.of()), answers);
        }
        return new ImportPreview(file, campaign.id(), department.get(), items.size(), answers, changes, previous,
                problems);
    }

    /**
     * Whether the file is this campaign's, and its identity the one the workbench sealed: a file of another
     * campaign is named as such; after that, nothing the identity says is believed unless its seal verifies.
     */
    private Optional<ImportProblem> matchCampaign(ReturnedQuestionnaire file, QuestionnaireIdentity identity) {
        if (!campaign.uuid().equals(identity.campaignUuid())) {
            return Optional.of(otherCampaignCode.apply(identity.campaignUuid())
                    .map(code -> ImportProblem.of(Kind.OTHER_CAMPAIGN, code, campaign.code()))
                    .orElseGet(() -> ImportProblem.of(Kind.FOREIGN_CAMPAIGN, ImportProblem.shown(identity.campaignCode()),
                            campaign.code())));
        }
        if (!identity.isSealed()) {
            return Optional.of(ImportProblem.of(Kind.UNSEALED, file.fileName()));
        }
        if (!seal.verifies(identity)) {
            return Optional.of(ImportProblem.of(Kind.IDENTITY_FORGED, file.fileName()));
        }
        if (!campaign.templateId().equals(identity.templateId())
                || !campaign.templateVersion().equals(identity.templateVersion())) {
            return Optional.of(ImportProblem.of(Kind.TEMPLATE_VERSION,
                    ImportProblem.shown(identity.templateId() + " " + identity.templateVersion()),
                    campaign.templateId() + " " + campaign.templateVersion()));
        }
        if (identity.questionCount() != items.size() || !checksum.equals(identity.questionChecksum())) {
            return Optional.of(ImportProblem.of(Kind.QUESTIONS_CHANGED, campaign.code()));
        }
        return Optional.empty();
    }

    /**
     * What the store cannot keep is refused here, in the preview and the dry run, and never reaches the database:
     * the limits are the column lengths of the migrations.
     */
    private static void checkStoreLimits(ReturnedQuestionnaire file, List<ImportProblem> problems) {
        if (file.respondent().length() > CampaignRepository.MAX_RESPONDENT_CHARS) {
            problems.add(ImportProblem.of(Kind.RESPONDENT_TOO_LONG, file.respondent().length(),
                    CampaignRepository.MAX_RESPONDENT_CHARS));
        }
        if (file.fileName().length() > CampaignRepository.MAX_FILE_NAME_CHARS) {
            problems.add(ImportProblem.of(Kind.FILE_NAME_TOO_LONG, CampaignRepository.MAX_FILE_NAME_CHARS));
        }
        for (Row row : file.rows()) {
            if (row.comment().length() > CampaignRepository.MAX_COMMENT_CHARS) {
                problems.add(ImportProblem.of(Kind.COMMENT_TOO_LONG, row(row), ImportProblem.shown(row.itemCode()),
                        row.comment().length(), CampaignRepository.MAX_COMMENT_CHARS));
            }
        }
    }

    /** The rows that stand for questions, by item code; every row added, removed, moved or altered is a problem. */
    private Map<String, Row> checkRows(List<Row> rows, List<ImportProblem> problems) {
        Map<String, Row> found = new LinkedHashMap<>();
        for (Row row : rows) {
            ChecklistItem item = itemsByCode.get(row.itemCode());
            if (item == null || found.containsKey(row.itemCode())) {
                problems.add(ImportProblem.of(Kind.ROW_ADDED, row(row), row.itemCode().isEmpty() ? "—"
                        : ImportProblem.shown(row.itemCode())));
                continue;
            }
            found.put(row.itemCode(), row);
            if (!normalised(row.question()).equals(normalised(item.question().ja()))) {
                problems.add(ImportProblem.of(Kind.ROW_ALTERED, row(row), item.code()));
            }
        }
        List<String> expected = new ArrayList<>();
        for (ChecklistItem item : items) {
            if (found.containsKey(item.code())) {
                expected.add(item.code());
            } else {
                problems.add(ImportProblem.of(Kind.ROW_DELETED, item.code()));
            }
        }
        List<String> actual = new ArrayList<>(found.keySet());
        for (int i = 0; i < actual.size(); i++) {
            if (!actual.get(i).equals(expected.get(i))) {
                Row moved = found.get(actual.get(i));
                problems.add(ImportProblem.of(Kind.ROWS_REORDERED, row(moved), actual.get(i), expected.get(i)));
                break;
            }
        }
        return found;
    }

    private List<CampaignAnswer> answers(Map<String, Row> rows, List<ImportProblem> problems) {
        List<CampaignAnswer> answers = new ArrayList<>(items.size());
        String scale = String.join("／", SelfInspectionAnswer.labels());
        for (ChecklistItem item : items) {
            Row row = rows.get(item.code());
            if (row == null) {
                continue;
            }
            SelfInspectionAnswer answer = null;
            if (!row.answer().isBlank()) {
                Optional<SelfInspectionAnswer> onScale = SelfInspectionAnswer.fromLabel(row.answer());
                if (onScale.isEmpty()) {
                    problems.add(ImportProblem.of(Kind.ANSWER_OUTSIDE_SCALE, row(row), item.code(),
                            ImportProblem.shown(row.answer()), scale));
                    continue;
                }
                answer = onScale.get();
            }
            answers.add(new CampaignAnswer(item.code(), answer, row.comment()));
        }
        return answers;
    }

    /** Row numbers as the user sees them in Excel, without a thousands separator. */
    private static String row(Row row) {
        return Integer.toString(row.sheetRow());
    }

    /** Texts compared the way a reader would: line breaks and runs of blanks count as one space. */
    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String listed(List<String> codes) {
        String shown = codes.stream().limit(LISTED_QUESTIONS).collect(Collectors.joining(LIST_SEPARATOR));
        return codes.size() > LISTED_QUESTIONS ? shown + LIST_SEPARATOR + "…" : shown;
    }

    private List<AnswerChange> diff(Map<String, CampaignAnswer> before, List<CampaignAnswer> after) {
        List<AnswerChange> changes = new ArrayList<>();
        for (CampaignAnswer now : after) {
            CampaignAnswer then = before.getOrDefault(now.itemCode(), new CampaignAnswer(now.itemCode(), null, ""));
            if (then.answer() != now.answer() || !Objects.equals(then.comment(), now.comment())) {
                changes.add(new AnswerChange(itemsByCode.get(now.itemCode()), then, now));
            }
        }
        return changes;
    }

    private ImportPreview refused(ReturnedQuestionnaire file, Department department, List<ImportProblem> problems) {
        return new ImportPreview(file, campaign.id(), department, items.size(), List.of(), List.of(), null, problems);
    }

    /**
     * Two files of one selection from the same department: which one is meant cannot be told, so both are refused
     * until the user picks one.
     */
    static List<ImportPreview> markDuplicates(List<ImportPreview> previews) {
        Map<Long, List<ImportPreview>> byDepartment = new HashMap<>();
        for (ImportPreview preview : previews) {
            if (preview.department() != null && preview.importable()) {
                byDepartment.computeIfAbsent(preview.department().id(), k -> new ArrayList<>()).add(preview);
            }
        }
        List<ImportPreview> marked = new ArrayList<>(previews.size());
        for (ImportPreview preview : previews) {
            List<ImportPreview> same = preview.department() == null ? List.of()
                    : byDepartment.getOrDefault(preview.department().id(), List.of());
            if (same.size() < 2 || !same.contains(preview)) {
                marked.add(preview);
                continue;
            }
            String others = same.stream().filter(p -> p != preview).map(p -> p.returned().fileName())
                    .collect(Collectors.joining(LIST_SEPARATOR));
            List<ImportProblem> problems = new ArrayList<>(preview.problems());
            problems.add(0, ImportProblem.of(Kind.DUPLICATE_IN_SELECTION, preview.department().name(), others));
            marked.add(new ImportPreview(preview.returned(), preview.campaignId(), preview.department(),
                    preview.questions(), preview.answers(), preview.changes(), preview.replaces(), problems));
        }
        return marked;
    }
}
