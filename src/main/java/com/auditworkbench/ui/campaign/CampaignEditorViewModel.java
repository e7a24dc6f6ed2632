package com.auditworkbench.ui.campaign;

import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewCampaign;
import com.auditworkbench.domain.NewPlan;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A new self-inspection campaign as the lead fills it in; checked before the dialog closes. */
public final class CampaignEditorViewModel {

    /** Departments usually get about a month to answer. */
    static final int DEFAULT_WEEKS_TO_ANSWER = 4;
    public static final List<String> MARKINGS = List.of("取扱注意", "機密性2", "機密性3", "複製禁止", "配付禁止");

    private final Messages messages;
    private final ChecklistTemplate template;
    private final ObjectProperty<Integer> fiscalYear = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty departments = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty marking = new SimpleStringProperty(NewPlan.DEFAULT_MARKING);
    private final StringProperty error = new SimpleStringProperty("");

    public CampaignEditorViewModel(Messages messages, ChecklistTemplate template, LocalDate today,
            List<Department> knownDepartments) {
        this.messages = messages;
        this.template = template;
        fiscalYear.addListener((obs, old, year) -> {
            if (year != null && (old == null || title.get().equals(defaultTitle(old)))) {
                title.set(defaultTitle(year));
            }
        });
        fiscalYear.set(FiscalYear.containing(today).year());
        deadline.set(today.plusWeeks(DEFAULT_WEEKS_TO_ANSWER));
        departments.set(knownDepartments.stream().map(Department::name).collect(Collectors.joining("\n")));
    }

    private String defaultTitle(int year) {
        return messages.get("campaign.defaultTitle", new FiscalYear(year).japaneseName());
    }

    /** The campaign, or empty with the reason shown in {@link #errorProperty()}. */
    public Optional<NewCampaign> toNewCampaign() {
        List<String> names = Arrays.stream(departments.get().split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        String problem = null;
        if (fiscalYear.get() == null) {
            problem = "plan.error.yearRequired";
        } else if (title.get().isBlank()) {
            problem = "campaign.error.titleRequired";
        } else if (names.isEmpty()) {
            problem = "campaign.error.departmentsRequired";
        } else if (deadline.get() == null) {
            problem = "campaign.error.deadlineRequired";
        } else if (contact.get().isBlank()) {
            problem = "campaign.error.contactRequired";
        } else if (marking.get() == null || marking.get().isBlank()) {
            problem = "campaign.error.markingRequired";
        }
        if (problem != null) {
            error.set(messages.get(problem));
            return Optional.empty();
        }
        error.set("");
        return Optional.of(new NewCampaign(new FiscalYear(fiscalYear.get()), title.get(), names, deadline.get(),
                contact.get(), marking.get()));
    }

    public String templateDescription() {
        return template.title().in(messages.locale()) + "  " + template.version() + "  ("
                + messages.get("plan.templateItems", template.items().size()) + ")";
    }

    public ChecklistTemplate template() {
        return template;
    }

    public ObjectProperty<Integer> fiscalYearProperty() {
        return fiscalYear;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty departmentsProperty() {
        return departments;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty markingProperty() {
        return marking;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
