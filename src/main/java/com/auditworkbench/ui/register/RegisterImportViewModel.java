package com.auditworkbench.ui.register;

import com.auditworkbench.domain.ColumnMapping;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.RegisterColumn;
import com.auditworkbench.domain.RegisterImportPreview;
import com.auditworkbench.domain.RegisterTable;
import com.auditworkbench.service.RegisterImportService;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import com.auditworkbench.workbook.RegisterReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Importing the city's register: the file is read, the column mapping guessed from its headers and adjustable,
 * the rows previewed with every problem, and the import allowed only when no row has one.
 */
public final class RegisterImportViewModel {

    /** A column of the file as the mapping boxes offer it; index -1 is "no column". */
    public record ColumnChoice(int index, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Path file;
    private final ObjectProperty<RegisterReader.Encoding> encoding = new SimpleObjectProperty<>(
            RegisterReader.Encoding.AUTO);
    private final ObjectProperty<RegisterTable> table = new SimpleObjectProperty<>();
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final Map<RegisterColumn, ObjectProperty<ColumnChoice>> mapping = new EnumMap<>(RegisterColumn.class);
    private final BooleanProperty createDepartments = new SimpleBooleanProperty(false);
    private final ObjectProperty<RegisterImportPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<RegisterImportPreview.PreviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty importable = new SimpleBooleanProperty(false);
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private boolean settingMapping;

    public RegisterImportViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, Path file) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.file = file;
        for (RegisterColumn column : RegisterColumn.values()) {
            ObjectProperty<ColumnChoice> choice = new SimpleObjectProperty<>();
            choice.addListener((obs, old, value) -> {
                if (!settingMapping) {
                    refresh();
                }
            });
            mapping.put(column, choice);
        }
        encoding.addListener((obs, old, value) -> read());
        createDepartments.addListener((obs, old, value) -> refresh());
    }

    /** Reads the file (again, after a change of encoding) and guesses the mapping from its headers. */
    public void read() {
        working.set(true);
        RegisterReader.Encoding chosen = encoding.get();
        tasks.run(p -> RegisterReader.read(file, chosen), read -> {
            table.set(read);
            List<ColumnChoice> choices = new ArrayList<>();
            choices.add(new ColumnChoice(-1, messages.get("register.import.noColumn")));
            for (int c = 0; c < read.headers().size(); c++) {
                choices.add(new ColumnChoice(c, columnLetter(c) + ": " + read.headers().get(c)));
            }
            columns.setAll(choices);
            ColumnMapping guessed = ColumnMapping.guess(read.headers());
            settingMapping = true;
            for (RegisterColumn column : RegisterColumn.values()) {
                int index = guessed.column(column).orElse(-1);
                mapping.get(column).set(choices.get(index + 1));
            }
            settingMapping = false;
            refresh();
        }, failure -> {
            working.set(false);
            table.set(null);
            columns.clear();
            rows.clear();
            problems.setAll(failure);
            summary.set(failure);
            importable.set(false);
        });
    }

    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }

    ColumnMapping mapping() {
        Map<RegisterColumn, Integer> chosen = new EnumMap<>(RegisterColumn.class);
        mapping.forEach((column, choice) -> {
            if (choice.get() != null && choice.get().index() >= 0) {
                chosen.put(column, choice.get().index());
            }
        });
        return new ColumnMapping(chosen);
    }

    /** Previews the import with the mapping as it is now. */
    public void refresh() {
        RegisterTable read = table.get();
        if (read == null) {
            return;
        }
        ColumnMapping current = mapping();
        boolean create = createDepartments.get();
        working.set(true);
        tasks.run(p -> session.registerImport().preview(read, current, create), shown -> {
            working.set(false);
            preview.set(shown);
            rows.setAll(shown.rows());
            problems.setAll(shown.problems().stream().map(pr -> pr.describe(messages)).toList());
            importable.set(shown.importable());
            long add = count(shown, RegisterImportPreview.Action.ADD);
            long update = count(shown, RegisterImportPreview.Action.UPDATE);
            long unchanged = count(shown, RegisterImportPreview.Action.UNCHANGED);
            summary.set(shown.problems().isEmpty()
                    ? messages.get("register.import.ready", add, update, unchanged, shown.newDepartments().size())
                    : messages.get("register.import.problems", shown.problems().size()));
        }, failure -> {
            working.set(false);
            summary.set(failure);
        });
    }

    private static long count(RegisterImportPreview preview, RegisterImportPreview.Action action) {
        return preview.rows().stream().filter(r -> r.action() == action).count();
    }

    /** Imports all rows; on success hands the result on, on refusal shows why (nothing is written then). */
    public void importNow(java.util.function.Consumer<RegisterImportService.Result> onImported) {
        RegisterTable read = table.get();
        ColumnMapping current = mapping();
        boolean create = createDepartments.get();
        working.set(true);
        tasks.run(p -> session.registerImport().importRegister(read, current, create), result -> {
            working.set(false);
            onImported.accept(result);
        }, failure -> {
            working.set(false);
            summary.set(failure);
            refresh();
        });
    }

    public Path file() {
        return file;
    }

    public ObjectProperty<RegisterReader.Encoding> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<RegisterTable> tableProperty() {
        return table;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObjectProperty<ColumnChoice> mapping(RegisterColumn column) {
        return mapping.get(column);
    }

    public BooleanProperty createDepartmentsProperty() {
        return createDepartments;
    }

    public ObjectProperty<RegisterImportPreview> previewProperty() {
        return preview;
    }

    public ObservableList<RegisterImportPreview.PreviewRow> rows() {
        return rows;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty importableProperty() {
        return importable;
    }

    public BooleanProperty workingProperty() {
        return working;
    }
}
