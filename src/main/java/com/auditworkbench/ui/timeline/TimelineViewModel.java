package com.auditworkbench.ui.timeline;

import com.auditworkbench.domain.CommitteeMeeting;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Timeline;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A fiscal year's timeline and the committee meetings on it. */
public final class TimelineViewModel {

    private final WorkbenchSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final LocalDate today;
    private final Consumer<String> onError;

    private final ObjectProperty<FiscalYear> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Timeline> timeline = new SimpleObjectProperty<>();
    private final ObservableList<CommitteeMeeting> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> meetingDate = new SimpleObjectProperty<>();
    private final StringProperty meetingTitle = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public TimelineViewModel(WorkbenchSession session, TaskRunner tasks, Messages messages, LocalDate today,
            Consumer<String> onError) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
        this.onError = onError;
        year.set(FiscalYear.containing(today));
    }

    public void load() {
        FiscalYear shown = year.get();
        tasks.run(p -> session.timeline().year(shown), loaded -> {
            if (shown.equals(year.get())) {
                timeline.set(loaded);
                meetings.setAll(loaded.meetings());
            }
        }, onError);
    }

    public void previousYear() {
        year.set(new FiscalYear(year.get().year() - 1));
        load();
    }

    public void nextYear() {
        year.set(new FiscalYear(year.get().year() + 1));
        load();
    }

    public void addMeeting() {
        LocalDate date = meetingDate.get();
        String title = meetingTitle.get();
        tasks.run(p -> session.timeline().addMeeting(date, title), added -> {
            error.set("");
            meetingTitle.set("");
            meetingDate.set(null);
            load();
        }, error::set);
    }

    public void removeMeeting(CommitteeMeeting meeting) {
        if (meeting == null) {
            return;
        }
        tasks.run(() -> session.timeline().removeMeeting(meeting), this::load, onError);
    }

    public String yearText() {
        return year.get().fullName();
    }

    public ObjectProperty<FiscalYear> yearProperty() {
        return year;
    }

    public ObjectProperty<Timeline> timelineProperty() {
        return timeline;
    }

    public ObservableList<CommitteeMeeting> meetings() {
        return meetings;
    }

    public ObjectProperty<LocalDate> meetingDateProperty() {
        return meetingDate;
    }

    public StringProperty meetingTitleProperty() {
        return meetingTitle;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public LocalDate today() {
        return today;
    }

    public Messages messages() {
        return messages;
    }
}
