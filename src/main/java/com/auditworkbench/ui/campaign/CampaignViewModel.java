package com.auditworkbench.ui.campaign;

import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.CampaignDashboard;
import com.auditworkbench.domain.CampaignDashboard.CategoryCounts;
import com.auditworkbench.domain.CampaignDashboard.DepartmentRanking;
import com.auditworkbench.domain.CampaignDashboard.DepartmentStatus;
import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewCampaign;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.template.ShippedTemplates;
import com.auditworkbench.ui.common.TaskRunner;
import com.auditworkbench.workbook.QuestionnaireWorkbook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The self-inspection screen: the campaigns of the workbench, and for the selected one its dashboard (returned and
 * outstanding departments, answers per category, the "not in place" ranking), the questionnaire export and the
 * import of answered files.
 */
public final class CampaignViewModel {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ShippedTemplates templates;
    private final LocalDate today;
    private final ImportReviewViewModel imports;

    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<CampaignDashboard> dashboard = new SimpleObjectProperty<>();
    private final ObservableList<DepartmentStatus> statuses = FXCollections.observableArrayList();
    private final ObservableList<CategoryCounts> categories = FXCollections.observableArrayList();
    private final ObservableList<DepartmentRanking> ranking = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);

    public CampaignViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, ShippedTemplates templates,
            LocalDate today) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.templates = templates;
        this.today = today;
        this.imports = new ImportReviewViewModel(session, tasks, messages, this::showError);
        selected.addListener((obs, old, campaign) -> {
            dashboard.set(null);
            statuses.clear();
            categories.clear();
            ranking.clear();
            imports.clear();
            if (campaign != null) {
                loadDashboard();
            }
        });
    }

    public void load() {
        tasks.run(p -> session.selfInspection().all(), loaded -> {
            campaigns.setAll(loaded);
            if (!loaded.isEmpty() && selected.get() == null) {
                selected.set(loaded.get(0));
            }
        }, this::showError);
    }

    public void loadDashboard() {
        Campaign campaign = selected.get();
        if (campaign == null) {
            return;
        }
        tasks.run(p -> session.selfInspection().dashboard(campaign.id()), loaded -> {
            if (selected.get() == null || selected.get().id() != loaded.campaign().id()) {
                return;
            }
            dashboard.set(loaded);
            statuses.setAll(loaded.departments());
            categories.setAll(loaded.categories());
            ranking.setAll(loaded.ranking());
        }, this::showError);
    }

    /** Reads the shipped questionnaire and the known departments in the background, then hands over the editor. */
    public void withNewCampaign(Consumer<CampaignEditorViewModel> then) {
        record Start(ChecklistTemplate template, List<Department> departments) {
        }
        tasks.run(p -> new Start(templates.get(ShippedTemplates.SELF_INSPECTION),
                session.selfInspection().knownDepartments()),
                start -> then.accept(new CampaignEditorViewModel(messages, start.template(), today,
                        start.departments())), this::showError);
    }

    public void create(NewCampaign campaign, ChecklistTemplate template, Consumer<String> onFailure) {
        tasks.run(p -> session.selfInspection().create(campaign, template), created -> {
            campaigns.add(0, created);
            selected.set(created);
            status.set(messages.get("campaign.created", created.title(), created.code()));
        }, onFailure);
    }

    /** Writes one questionnaire per department into the folder, in the background; all of them or none. */
    public void exportQuestionnaires(Path folder) {
        Campaign campaign = selected.get();
        if (campaign == null || exporting.get()) {
            return;
        }
        exporting.set(true);
        status.set(messages.get("campaign.exporting"));
        tasks.run(progress -> new QuestionnaireWorkbook(new Messages(Language.JAPANESE)).writeAll(
                session.selfInspection().questionnaires(campaign.id(), List.of()), folder, progress), written -> {
                    exporting.set(false);
                    status.set(messages.get("campaign.exported", written.size(), folder));
                }, failure -> {
                    exporting.set(false);
                    showError(failure);
                });
    }

    /** Reads and checks answered files or folders; the import tab then shows what each holds. */
    public void review(List<Path> picked, Runnable onReviewed) {
        Campaign campaign = selected.get();
        if (campaign != null) {
            imports.review(campaign.id(), picked, onReviewed);
        }
    }

    public void importChosen() {
        imports.importChosen(this::loadDashboard);
    }

    /**
     * The names of the departments that answered "not in place" at least once, most first, one per line: pasted
     * into the plan dialog's department list, they become the next audit's scope.
     */
    public String rankedDepartmentNames() {
        return ranking.stream().filter(r -> r.notDone() > 0).map(r -> r.department().name())
                .collect(Collectors.joining("\n"));
    }

    public void rankingCopied() {
        long count = ranking.stream().filter(r -> r.notDone() > 0).count();
        status.set(messages.get("campaign.ranking.copied", count));
    }

    public String suggestedFolderName() {
        Campaign campaign = selected.get();
        return campaign == null ? "" : campaign.code();
    }

    private void showError(String sentence) {
        error.set("");
        error.set(sentence);
        status.set(sentence);
    }

    public StringBinding summary() {
        return Bindings.createStringBinding(() -> {
            Campaign campaign = selected.get();
            if (campaign == null) {
                return messages.get("campaign.none");
            }
            CampaignDashboard board = dashboard.get();
            String returned = board == null ? "…" : messages.get("campaign.returnedCount", board.returned(),
                    board.departments().size());
            return messages.get("campaign.summary", campaign.fiscalYear().fullName(), campaign.code(),
                    DatesForScreen.date(campaign.deadline(), messages), campaign.contact(),
                    campaign.templateTitle().in(messages.locale()), campaign.templateVersion(), returned);
        }, selected, dashboard);
    }

    public ImportReviewViewModel imports() {
        return imports;
    }

    public ObservableList<Campaign> campaigns() {
        return campaigns;
    }

    public ObjectProperty<Campaign> selectedProperty() {
        return selected;
    }

    public ObservableList<DepartmentStatus> statuses() {
        return statuses;
    }

    public ObservableList<CategoryCounts> categories() {
        return categories;
    }

    public ObservableList<DepartmentRanking> ranking() {
        return ranking;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty exportingProperty() {
        return exporting;
    }
}
