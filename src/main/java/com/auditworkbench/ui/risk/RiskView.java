package com.auditworkbench.ui.risk;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.ScopeRule;
import com.auditworkbench.ui.common.DialogService;
import com.auditworkbench.ui.common.ViewLoader;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The risk view: departments by score with their reasons, the weights, and the year's scope. */
public final class RiskView {

    private final RiskViewModel viewModel;
    private final DialogService dialogs;
    private final Messages messages;
    private final Parent root;

    @FXML private Spinner<Integer> yearSpinner;
    @FXML private ComboBox<ScopeRule.Kind> ruleBox;
    @FXML private TextField ruleValueField;
    @FXML private Button acceptButton;
    @FXML private Label decisionLabel;
    @FXML private TableView<RiskViewModel.Row> scoreTable;
    @FXML private TableColumn<RiskViewModel.Row, String> rankColumn;
    @FXML private TableColumn<RiskViewModel.Row, String> departmentColumn;
    @FXML private TableColumn<RiskViewModel.Row, String> scoreColumn;
    @FXML private TableColumn<RiskViewModel.Row, String> reasonsColumn;
    @FXML private TableColumn<RiskViewModel.Row, String> proposedColumn;
    @FXML private TableColumn<RiskViewModel.Row, RiskViewModel.Row> includedColumn;
    @FXML private TableColumn<RiskViewModel.Row, String> overrideColumn;
    @FXML private TableView<RiskViewModel.Weight> weightTable;
    @FXML private TableColumn<RiskViewModel.Weight, String> factorColumn;
    @FXML private TableColumn<RiskViewModel.Weight, String> weightColumn;
    @FXML private TableColumn<RiskViewModel.Weight, String> unitColumn;
    @FXML private TextField weightField;
    @FXML private Button applyWeightButton;
    @FXML private Label riskStatusLabel;
    @FXML private ProgressIndicator riskBusy;

    public RiskView(RiskViewModel viewModel, DialogService dialogs, Messages messages) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        yearSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2019, 2100,
                viewModel.fiscalYearProperty().get()));
        yearSpinner.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer year) {
                return year == null ? "" : new com.auditworkbench.domain.FiscalYear(year).japaneseName();
            }

            @Override
            public Integer fromString(String text) {
                return viewModel.fiscalYearProperty().get();
            }
        });
        yearSpinner.valueProperty().addListener((obs, old, year) -> {
            viewModel.fiscalYearProperty().set(year);
            viewModel.load();
        });
        ruleBox.getItems().setAll(ScopeRule.Kind.values());
        ruleBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ScopeRule.Kind kind) {
                return kind == null ? "" : messages.get(kind.messageKey());
            }

            @Override
            public ScopeRule.Kind fromString(String text) {
                return null;
            }
        });
        ruleBox.valueProperty().bindBidirectional(viewModel.ruleKindProperty());
        ruleValueField.setText(RiskViewModel.format(viewModel.ruleValueProperty().get()));
        decisionLabel.textProperty().bind(viewModel.decisionTextProperty());
        bindScores();
        bindWeights();
        riskStatusLabel.textProperty().bind(viewModel.statusProperty());
        riskBusy.visibleProperty().bind(viewModel.workingProperty());
        acceptButton.disableProperty().bind(viewModel.workingProperty());
        viewModel.errorProperty().addListener((obs, old, sentence) -> {
            if (!sentence.isEmpty()) {
                dialogs.showError(messages.get("risk.window.title"), sentence);
            }
        });
        viewModel.load();
    }

    private void bindScores() {
        scoreTable.setItems(viewModel.rows());
        rankColumn.setCellValueFactory(c -> text(Integer.toString(c.getValue().rank())));
        departmentColumn.setCellValueFactory(c -> text(c.getValue().score().department().name()));
        scoreColumn.setCellValueFactory(c -> text(c.getValue().score().scoreText()));
        reasonsColumn.setCellValueFactory(c -> text(c.getValue().reasons()));
        reasonsColumn.setCellFactory(column -> new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.getStyleClass().add("reason-text");
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        proposedColumn.setCellValueFactory(c -> c.getValue().proposedProperty().map(p -> messages.get(p
                ? "risk.proposedYes" : "risk.proposedNo")));
        includedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        includedColumn.setCellFactory(column -> new IncludedCell());
        overrideColumn.setCellValueFactory(c -> c.getValue().overrideReasonProperty());
    }

    /** The lead's choice; a change against the proposal asks for the reason first. */
    private final class IncludedCell extends TableCell<RiskViewModel.Row, RiskViewModel.Row> {
        private final CheckBox box = new CheckBox();

        IncludedCell() {
            box.setOnAction(e -> {
                RiskViewModel.Row row = getItem();
                boolean include = box.isSelected();
                Optional<String> reason = include == row.proposedProperty().get() ? Optional.empty()
                        : dialogs.askText(messages.get("risk.overrideTitle"), messages.get(include
                                ? "risk.overrideAdd" : "risk.overrideRemove", row.score().department().name()));
                viewModel.choose(row, include, reason);
                box.setSelected(row.includedProperty().get());
            });
        }

        @Override
        protected void updateItem(RiskViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            box.setSelected(row.includedProperty().get());
            row.includedProperty().addListener((obs, old, in) -> {
                if (getItem() == row) {
                    box.setSelected(in);
                }
            });
            setGraphic(box);
        }
    }

    private void bindWeights() {
        weightTable.setItems(viewModel.weights());
        factorColumn.setCellValueFactory(c -> text(messages.get(c.getValue().factor().messageKey())));
        weightColumn.setCellValueFactory(c -> text(RiskViewModel.format(c.getValue().value())));
        unitColumn.setCellValueFactory(c -> text(messages.get(c.getValue().factor().unitKey())));
        weightTable.getSelectionModel().selectedItemProperty().addListener((obs, old, weight) ->
                weightField.setText(weight == null ? "" : RiskViewModel.format(weight.value())));
        applyWeightButton.disableProperty().bind(weightTable.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.workingProperty()));
    }

    @FXML
    private void onApplyWeight() {
        RiskViewModel.Weight weight = weightTable.getSelectionModel().getSelectedItem();
        Double value = number(weightField.getText());
        if (value == null) {
            dialogs.showError(messages.get("risk.window.title"), messages.get("risk.error.weightRange"));
            return;
        }
        viewModel.changeWeight(weight.factor(), value);
    }

    @FXML
    private void onPropose() {
        Double value = number(ruleValueField.getText());
        if (value == null || value < 0) {
            dialogs.showError(messages.get("risk.window.title"), messages.get("risk.error.ruleNegative"));
            return;
        }
        viewModel.ruleValueProperty().set(value);
        viewModel.propose();
    }

    @FXML
    private void onAccept() {
        viewModel.accept();
    }

    private static Double number(String text) {
        try {
            return Double.parseDouble(java.text.Normalizer.normalize(text == null ? "" : text,
                    java.text.Normalizer.Form.NFKC).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }
}
