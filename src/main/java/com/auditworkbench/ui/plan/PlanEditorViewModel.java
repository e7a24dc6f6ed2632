package com.auditworkbench.ui.plan;

import com.auditworkbench.domain.ChecklistTemplate;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewPlan;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A new fiscal-year plan as the lead fills it in; checked before the dialog closes. */
public final class PlanEditorViewModel {

    public static final List<String> MARKINGS = List.of("取扱注意", "機密性2", "機密性3", "複製禁止", "配付禁止");

    private final Messages messages;
    private final ChecklistTemplate template;
    private final ObjectProperty<Integer> fiscalYear = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty objective = new SimpleStringProperty("");
    private final StringProperty departments = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> periodStart = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> periodEnd = new SimpleObjectProperty<>();
    private final StringProperty marking = new SimpleStringProperty(NewPlan.DEFAULT_MARKING);
    private final StringProperty leadAuditor = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty titleTouched = new SimpleBooleanProperty(false);
    private boolean settingTitle;

    /** An open finding of an earlier year, offered for carrying forward; chosen by default. */
    public static final class Offer {
        private final Finding finding;
        private final String label;
        private final BooleanProperty chosen = new SimpleBooleanProperty(true);

        Offer(Finding finding, String label) {
            this.finding = finding;
            this.label = label;
        }

        public Finding finding() {
            return finding;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final List<Offer> allOffers;
    private final ObservableList<Offer> offers = FXCollections.observableArrayList();
    private final java.util.Map<Long, Integer> yearOfPlan;

    public PlanEditorViewModel(Messages messages, ChecklistTemplate template, LocalDate today) {
        this(messages, template, today, List.of(), java.util.Map.of());
    }

    /**
     * @param openFindings open findings of all plans not yet carried forward
     * @param yearOfPlan the fiscal year of each plan those findings belong to
     */
    public PlanEditorViewModel(Messages messages, ChecklistTemplate template, LocalDate today,
            List<Finding> openFindings, java.util.Map<Long, Integer> yearOfPlan) {
        this.messages = messages;
        this.template = template;
        this.yearOfPlan = yearOfPlan;
        this.allOffers = openFindings.stream().map(f -> new Offer(f, new FiscalYear(yearOfPlan.getOrDefault(f.planId(),
                2019)).japaneseName() + "　" + f.reference() + "　" + f.department().name() + "　" + f.title()
                + "（" + messages.get(f.content().response().status().messageKey()) + "）")).toList();
        fiscalYear.addListener((obs, old, year) -> offers.setAll(allOffers.stream()
                .filter(o -> year != null && yearOfPlan.getOrDefault(o.finding().planId(), Integer.MAX_VALUE) < year)
                .toList()));
        fiscalYear.addListener((obs, old, year) -> {
            if (year != null && !titleTouched.get()) {
                settingTitle = true;
                title.set(messages.get("plan.defaultTitle", new FiscalYear(year).japaneseName()));
                settingTitle = false;
            }
        });
        title.addListener((obs, old, value) -> {
            if (!settingTitle) {
                titleTouched.set(true);
            }
        });
        fiscalYear.set(FiscalYear.containing(today).year());
        objective.set(messages.get("plan.defaultObjective"));
    }

    /** The plan, or empty with the reason shown in {@link #errorProperty()}. */
    public Optional<NewPlan> toNewPlan() {
        List<String> names = Arrays.stream(departments.get().split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        String problem = null;
        if (fiscalYear.get() == null) {
            problem = "plan.error.yearRequired";
        } else if (title.get().isBlank()) {
            problem = "plan.error.titleRequired";
        } else if (names.isEmpty()) {
            problem = "plan.error.departmentsRequired";
        } else if (periodStart.get() != null && periodEnd.get() != null && periodEnd.get().isBefore(periodStart.get())) {
            problem = "plan.error.periodReversed";
        } else if (marking.get() == null || marking.get().isBlank()) {
            problem = "plan.error.markingRequired";
        }
        if (problem != null) {
            error.set(messages.get(problem));
            return Optional.empty();
        }
        error.set("");
        return Optional.of(new NewPlan(new FiscalYear(fiscalYear.get()), title.get().strip(), objective.get().strip(),
                names, periodStart.get(), periodEnd.get(), marking.get().strip(), leadAuditor.get().strip()));
    }

    public ObservableList<Offer> offers() {
        return offers;
    }

    /** The offered findings the lead kept ticked. */
    public List<Finding> chosenCarryForward() {
        return offers.stream().filter(o -> o.chosenProperty().get()).map(Offer::finding).toList();
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

    public StringProperty objectiveProperty() {
        return objective;
    }

    public StringProperty departmentsProperty() {
        return departments;
    }

    public ObjectProperty<LocalDate> periodStartProperty() {
        return periodStart;
    }

    public ObjectProperty<LocalDate> periodEndProperty() {
        return periodEnd;
    }

    public StringProperty markingProperty() {
        return marking;
    }

    public StringProperty leadAuditorProperty() {
        return leadAuditor;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
