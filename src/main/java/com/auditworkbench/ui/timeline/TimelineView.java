package com.auditworkbench.ui.timeline;

import com.auditworkbench.domain.CommitteeMeeting;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.ui.common.ViewLoader;
import com.auditworkbench.ui.phase.ScreenDates;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;

/** The fiscal-year timeline tab: the drawn year, and the committee meetings with their editor. */
public final class TimelineView {

    private final TimelineViewModel viewModel;
    private final Messages messages;
    private final Parent root;
    private final TimelineChart chart;

    @FXML private Label yearLabel;
    @FXML private ScrollPane chartScroll;
    @FXML private ListView<CommitteeMeeting> meetingList;
    @FXML private DatePicker meetingDatePicker;
    @FXML private TextField meetingTitleField;
    @FXML private Label meetingError;
    @FXML private Button removeMeetingButton;

    public TimelineView(TimelineViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.chart = new TimelineChart(messages);
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        yearLabel.textProperty().bind(Bindings.createStringBinding(viewModel::yearText, viewModel.yearProperty()));
        chart.setId("timelineChart");
        chartScroll.setContent(chart);
        viewModel.timelineProperty().addListener((obs, old, timeline) -> chart.show(timeline, viewModel.today()));
        meetingList.setItems(viewModel.meetings());
        meetingList.setPlaceholder(new Label(messages.get("timeline.noMeetings")));
        meetingList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CommitteeMeeting m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : ScreenDates.date(m.date(), messages) + "　" + m.title());
            }
        });
        meetingDatePicker.valueProperty().bindBidirectional(viewModel.meetingDateProperty());
        meetingTitleField.textProperty().bindBidirectional(viewModel.meetingTitleProperty());
        meetingError.textProperty().bind(viewModel.errorProperty());
        removeMeetingButton.disableProperty().bind(meetingList.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void onPrevious() {
        viewModel.previousYear();
    }

    @FXML
    private void onNext() {
        viewModel.nextYear();
    }

    @FXML
    private void onAddMeeting() {
        viewModel.addMeeting();
    }

    @FXML
    private void onRemoveMeeting() {
        viewModel.removeMeeting(meetingList.getSelectionModel().getSelectedItem());
    }
}
