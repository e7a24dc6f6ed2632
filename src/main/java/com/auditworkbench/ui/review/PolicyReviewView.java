package com.auditworkbench.ui.review;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.PolicyReviewInput;
import com.auditworkbench.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;

/** The editor of the Art. 12 review inputs; each text is saved when the user leaves it. */
public final class PolicyReviewView {

    private final PolicyReviewViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private GridPane inputsGrid;

    public PolicyReviewView(PolicyReviewViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        int row = 1;
        for (PolicyReviewInput input : PolicyReviewInput.values()) {
            Label label = new Label("(" + input.articleItem() + ") " + messages.get(input.messageKey()));
            label.setWrapText(true);
            label.getStyleClass().add("subheading");
            TextArea observation = area("reviewObservation" + input.articleItem(),
                    messages.get("workbook.review.observation"));
            TextArea proposal = area("reviewProposal" + input.articleItem(), messages.get("workbook.review.proposal"));
            observation.textProperty().bindBidirectional(viewModel.observation(input));
            proposal.textProperty().bindBidirectional(viewModel.proposal(input));
            observation.focusedProperty().addListener((obs, was, now) -> saveOnLeave(now, input));
            proposal.focusedProperty().addListener((obs, was, now) -> saveOnLeave(now, input));
            inputsGrid.addRow(row++, label, observation, proposal);
        }
    }

    private void saveOnLeave(boolean focused, PolicyReviewInput input) {
        if (!focused) {
            viewModel.save(input);
        }
    }

    private static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPromptText(prompt);
        return area;
    }
}
