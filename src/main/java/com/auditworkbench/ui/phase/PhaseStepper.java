package com.auditworkbench.ui.phase;

import com.auditworkbench.domain.AuditPhase;
import com.auditworkbench.domain.Messages;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The audit's phases as a row of steps, 準備 → … → フォローアップ: the phases done, the current one, those to come.
 * The next step and the earlier ones can be clicked to move the audit there; later ones cannot.
 */
public final class PhaseStepper extends HBox {

    public static final String STYLE = "phase-stepper";
    public static final String STEP = "phase-step";
    public static final String DONE = "phase-done";
    public static final String CURRENT = "phase-current";
    public static final String TO_COME = "phase-to-come";

    private final ObjectProperty<AuditPhase> phase = new SimpleObjectProperty<>();
    private final Map<AuditPhase, Button> steps = new EnumMap<>(AuditPhase.class);
    private Consumer<AuditPhase> onMove = to -> { };

    public PhaseStepper(Messages messages) {
        getStyleClass().add(STYLE);
        setSpacing(2);
        for (AuditPhase p : AuditPhase.values()) {
            if (p.ordinal() > 0) {
                Label arrow = new Label("›");
                arrow.getStyleClass().add("phase-arrow");
                getChildren().add(arrow);
            }
            Button step = new Button((p.ordinal() + 1) + " " + messages.get(p.messageKey()));
            step.setId("phase-" + p.code());
            step.getStyleClass().add(STEP);
            step.setOnAction(e -> onMove.accept(p));
            steps.put(p, step);
            getChildren().add(step);
        }
        phase.addListener((obs, old, now) -> show(now));
        show(null);
    }

    public ObjectProperty<AuditPhase> phaseProperty() {
        return phase;
    }

    /** Called with the phase the user clicked: the next one, or one before the current. */
    public void setOnMove(Consumer<AuditPhase> onMove) {
        this.onMove = onMove;
    }

    private void show(AuditPhase current) {
        steps.forEach((p, step) -> {
            step.getStyleClass().removeAll(DONE, CURRENT, TO_COME);
            if (current == null) {
                step.getStyleClass().add(TO_COME);
                step.setDisable(true);
                return;
            }
            step.getStyleClass().add(p == current ? CURRENT : p.ordinal() < current.ordinal() ? DONE : TO_COME);
            step.setDisable(p == current || p.ordinal() > current.ordinal() + 1);
        });
    }
}
