package com.auditworkbench.ui.people;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Role;
import com.auditworkbench.ui.common.Styles;
import com.auditworkbench.ui.common.ViewLoader;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The dialog that adds a person to the workbench: name, role and, for independence, their own department. */
public final class PersonEditorView {

    /** What the dialog returns. */
    public record Person(String name, Role role, String homeDepartment) {
    }

    private final Messages messages;
    private final Parent root;

    @FXML private TextField nameField;
    @FXML private ComboBox<Role> roleBox;
    @FXML private TextField departmentField;
    @FXML private Label errorLabel;

    public PersonEditorView(Messages messages) {
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    @FXML
    private void initialize() {
        roleBox.getItems().setAll(Role.values());
        roleBox.setValue(Role.AUDITOR);
        roleBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return role == null ? "" : messages.get(role.messageKey());
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
    }

    public Optional<Person> showAndWait(Window owner) {
        Dialog<Person> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("people.dialog.title"));
        dialog.setHeaderText(messages.get("people.dialog.header"));
        dialog.getDialogPane().setContent(root);
        dialog.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        ButtonType add = new ButtonType(messages.get("people.dialog.add"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(add,
                new ButtonType(messages.get("common.cancel"), ButtonType.CANCEL.getButtonData()));
        dialog.getDialogPane().lookupButton(add).setId("addPersonConfirm");
        dialog.getDialogPane().lookupButton(add).addEventFilter(ActionEvent.ACTION, e -> {
            if (nameField.getText().isBlank()) {
                errorLabel.setText(messages.get("people.error.nameRequired"));
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == add
                ? new Person(nameField.getText().strip(), roleBox.getValue(), departmentField.getText().strip())
                : null);
        return dialog.showAndWait();
    }
}
