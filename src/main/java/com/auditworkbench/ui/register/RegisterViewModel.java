package com.auditworkbench.ui.register;

import com.auditworkbench.domain.AssetEntry;
import com.auditworkbench.domain.AssetKind;
import com.auditworkbench.domain.Classification;
import com.auditworkbench.domain.ClassificationDimension;
import com.auditworkbench.domain.ClassificationScheme;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Incident;
import com.auditworkbench.domain.IncidentSeverity;
import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The asset and system register (Art. 9) as the lead keeps it: the entries, an editor for the selected or a new
 * one, and the incidents recorded against departments. Every save goes through the service, which logs it.
 */
public final class RegisterViewModel {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<InformationAsset> assets = FXCollections.observableArrayList();
    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObservableList<String> departmentNames = FXCollections.observableArrayList();
    private final ObservableList<String> confidentialityLevels = FXCollections.observableArrayList();
    private final ObservableList<String> integrityLevels = FXCollections.observableArrayList();
    private final ObservableList<String> availabilityLevels = FXCollections.observableArrayList();
    private final ObjectProperty<ClassificationScheme> scheme = new SimpleObjectProperty<>();
    private final ObjectProperty<InformationAsset> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<AssetKind> kind = new SimpleObjectProperty<>(AssetKind.SYSTEM);
    private final StringProperty department = new SimpleStringProperty("");
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>();
    private final StringProperty confidentiality = new SimpleStringProperty("");
    private final StringProperty integrity = new SimpleStringProperty("");
    private final StringProperty availability = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> incidentDate = new SimpleObjectProperty<>();
    private final StringProperty incidentDepartment = new SimpleStringProperty("");
    private final StringProperty incidentTitle = new SimpleStringProperty("");
    private final ObjectProperty<IncidentSeverity> incidentSeverity = new SimpleObjectProperty<>(
            IncidentSeverity.MODERATE);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public RegisterViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, LocalDate today) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        incidentDate.set(today);
        selected.addListener((obs, old, asset) -> edit(asset));
    }

    private record Loaded(List<InformationAsset> assets, List<Incident> incidents, List<Department> departments,
            ClassificationScheme scheme) {
    }

    public void load() {
        load(null);
    }

    /** Reads the register again; {@code message} (when given) replaces the usual status line afterwards. */
    public void load(String message) {
        tasks.run(p -> new Loaded(session.assets().all(), session.assets().incidents(), session.assets().departments(),
                session.assets().scheme()), loaded -> {
                    assets.setAll(loaded.assets());
                    incidents.setAll(loaded.incidents());
                    departmentNames.setAll(loaded.departments().stream().map(Department::name).toList());
                    scheme.set(loaded.scheme());
                    confidentialityLevels.setAll(codes(loaded.scheme(), ClassificationDimension.CONFIDENTIALITY));
                    integrityLevels.setAll(codes(loaded.scheme(), ClassificationDimension.INTEGRITY));
                    availabilityLevels.setAll(codes(loaded.scheme(), ClassificationDimension.AVAILABILITY));
                    status.set(message != null ? message : messages.get("register.loaded", loaded.assets().size(),
                            loaded.incidents().size(), loaded.scheme().name().in(messages.locale())));
                }, this::fail);
    }

    private static List<String> codes(ClassificationScheme scheme, ClassificationDimension dimension) {
        return scheme.levels(dimension).stream().map(ClassificationScheme.Level::code).toList();
    }

    private void edit(InformationAsset asset) {
        if (asset == null) {
            return;
        }
        name.set(asset.name());
        kind.set(asset.kind());
        department.set(asset.department().name());
        segment.set(asset.segment());
        confidentiality.set(asset.classification().confidentiality());
        integrity.set(asset.classification().integrity());
        availability.set(asset.classification().availability());
        notes.set(asset.notes());
    }

    /** Clears the editor for a new entry. */
    public void newEntry() {
        selected.set(null);
        name.set("");
        kind.set(AssetKind.SYSTEM);
        department.set("");
        segment.set(null);
        confidentiality.set("");
        integrity.set("");
        availability.set("");
        notes.set("");
    }

    AssetEntry entry() {
        return new AssetEntry(name.get(), kind.get(), department.get(), segment.get(),
                new Classification(confidentiality.get(), integrity.get(), availability.get()), notes.get());
    }

    /** Saves the editor: a change to the selected entry, or a new one. */
    public void save() {
        AssetEntry entry = entry();
        InformationAsset current = selected.get();
        tasks.run(p -> current == null ? session.assets().add(entry) : session.assets().update(current.id(), entry),
                saved -> {
                    assets.removeIf(a -> a.id() == saved.id());
                    assets.add(saved);
                    assets.sort(java.util.Comparator.comparing((InformationAsset a) -> a.department().code())
                            .thenComparing(InformationAsset::name));
                    if (!departmentNames.contains(saved.department().name())) {
                        departmentNames.add(saved.department().name());
                    }
                    selected.set(saved);
                    status.set(messages.get(current == null ? "register.added" : "register.saved", saved.name()));
                }, this::fail);
    }

    public void delete(InformationAsset asset) {
        tasks.run(p -> {
            session.assets().delete(asset.id());
            return asset;
        }, deleted -> {
            assets.remove(deleted);
            newEntry();
            status.set(messages.get("register.deleted", deleted.name()));
        }, this::fail);
    }

    public void addIncident() {
        String dept = incidentDepartment.get();
        LocalDate date = incidentDate.get();
        String title = incidentTitle.get();
        IncidentSeverity severity = incidentSeverity.get();
        tasks.run(p -> session.assets().recordIncident(dept, date, title, severity), recorded -> {
            incidents.add(0, recorded);
            incidents.sort(java.util.Comparator.comparing(Incident::occurredOn).reversed());
            incidentTitle.set("");
            status.set(messages.get("incident.recorded", recorded.title()));
        }, this::fail);
    }

    public void deleteIncident(Incident incident) {
        tasks.run(p -> {
            session.assets().deleteIncident(incident.id());
            return incident;
        }, deleted -> {
            incidents.remove(deleted);
            status.set(messages.get("incident.deleted", deleted.title()));
        }, this::fail);
    }

    void fail(String sentence) {
        error.set("");
        error.set(sentence);
    }

    WorkbenchSession session() {
        return session;
    }

    TaskRunner tasks() {
        return tasks;
    }

    public ObservableList<InformationAsset> assets() {
        return assets;
    }

    public ObservableList<Incident> incidents() {
        return incidents;
    }

    public ObservableList<String> departmentNames() {
        return departmentNames;
    }

    public ObservableList<String> levels(ClassificationDimension dimension) {
        return switch (dimension) {
            case CONFIDENTIALITY -> confidentialityLevels;
            case INTEGRITY -> integrityLevels;
            case AVAILABILITY -> availabilityLevels;
        };
    }

    public ObjectProperty<ClassificationScheme> schemeProperty() {
        return scheme;
    }

    public ObjectProperty<InformationAsset> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<AssetKind> kindProperty() {
        return kind;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public ObjectProperty<Segment> segmentProperty() {
        return segment;
    }

    public StringProperty confidentialityProperty() {
        return confidentiality;
    }

    public StringProperty integrityProperty() {
        return integrity;
    }

    public StringProperty availabilityProperty() {
        return availability;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<LocalDate> incidentDateProperty() {
        return incidentDate;
    }

    public StringProperty incidentDepartmentProperty() {
        return incidentDepartment;
    }

    public StringProperty incidentTitleProperty() {
        return incidentTitle;
    }

    public ObjectProperty<IncidentSeverity> incidentSeverityProperty() {
        return incidentSeverity;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
