package com.auditworkbench.ui.search;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.SearchHit;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The search pane: a query, the hits with where they are, and a double-click or Enter to go to one. It sits in a
 * tab of the workbench window, so going to a hit and back to the list never loses a window behind another.
 */
public final class SearchView {

    private final SearchViewModel viewModel;
    private final Messages messages;
    private final VBox root;

    public SearchView(SearchViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = build();
    }

    public VBox root() {
        return root;
    }

    /** Runs the query and shows its hits. */
    public void search(String query) {
        viewModel.queryProperty().set(query);
        viewModel.search();
    }

    private VBox build() {
        TextField queryField = new TextField();
        queryField.setId("searchQueryField");
        queryField.setPromptText(messages.get("search.prompt"));
        queryField.textProperty().bindBidirectional(viewModel.queryProperty());
        queryField.setOnAction(e -> viewModel.search());
        HBox.setHgrow(queryField, Priority.ALWAYS);
        Button go = new Button(messages.get("search.go"));
        go.setId("searchGoButton");
        go.setOnAction(e -> viewModel.search());
        CheckBox all = new CheckBox(messages.get("search.allPlans"));
        all.selectedProperty().bindBidirectional(viewModel.allPlansProperty());
        all.selectedProperty().addListener((o, a, v) -> viewModel.search());
        HBox top = new HBox(8, queryField, go, all);

        TableView<SearchHit> table = new TableView<>(viewModel.hits());
        table.setId("searchHits");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SearchHit, String> kind = new TableColumn<>(messages.get("search.column.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get(c.getValue().kind().messageKey())));
        kind.setPrefWidth(90);
        TableColumn<SearchHit, String> where = new TableColumn<>(messages.get("search.column.where"));
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reference()));
        where.setPrefWidth(220);
        TableColumn<SearchHit, String> snippet = new TableColumn<>(messages.get("search.column.snippet"));
        snippet.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().snippet()));
        snippet.setPrefWidth(420);
        table.getColumns().add(kind);
        table.getColumns().add(where);
        table.getColumns().add(snippet);
        table.setPlaceholder(new Label(messages.get("search.empty")));
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<SearchHit>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
            }
        });
        Label summary = new Label();
        summary.setId("searchSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label hint = new Label(messages.get("search.hint"));
        hint.getStyleClass().add("muted-text");
        VBox box = new VBox(8, top, table, new HBox(12, summary, hint));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }
}
