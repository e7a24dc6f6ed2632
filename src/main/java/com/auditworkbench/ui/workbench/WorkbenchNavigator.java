package com.auditworkbench.ui.workbench;

import com.auditworkbench.domain.OpenItem;
import com.auditworkbench.ui.finding.FindingsRegisterViewModel;
import com.auditworkbench.ui.phase.ChecklistSelector;
import com.auditworkbench.ui.phase.OpenItemNavigator;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Takes a "what is left" link to its place: the tab first, then the row, finding, request or input in it. */
final class WorkbenchNavigator implements OpenItemNavigator {

    /** The evidence tab, when the workbench window has one. */
    static final String EVIDENCE_TAB = "evidenceTab";

    private final TabPane tabs;
    private final ChecklistSelector checklist;
    private final WorkbenchViewModel viewModel;

    WorkbenchNavigator(TabPane tabs, ChecklistSelector checklist, WorkbenchViewModel viewModel) {
        this.tabs = tabs;
        this.checklist = checklist;
        this.viewModel = viewModel;
    }

    @Override
    public void open(OpenItem item) {
        switch (item.kind().place()) {
            case CHECKLIST -> {
                select("checklistTab");
                checklist.select(item.departmentId(), item.itemCode());
            }
            case FINDINGS -> {
                select("findingsTab");
                selectFinding(viewModel.register(), item.findingId());
            }
            case REVIEW_INPUTS -> select("reviewTab").ifPresent(
                    tab -> focusWhenShown(tab, "#reviewObservation" + item.reviewInput(), FOCUS_PULSES));
            case REQUESTS -> {
                select("requestsTab");
                if (item.requestId() != null) {
                    viewModel.requests().select(item.requestId());
                } else {
                    viewModel.requests().departments().stream().filter(d -> d.id() == item.departmentId())
                            .findFirst().ifPresent(d -> viewModel.requests().departmentFilterProperty().set(d));
                    viewModel.requests().newRequest();
                }
            }
            case AUDIT_PLAN -> select("executionPlanTab");
            case EVIDENCE -> {
                if (select(EVIDENCE_TAB).isEmpty()) {
                    viewModel.statusProperty().set(viewModel.phase().describe(item));
                }
            }
            default -> throw new IllegalStateException("no place for " + item.kind());
        }
    }

    /** How many drawing passes the focus waits for a tab's field to be shown: a tab is built on first selection. */
    private static final int FOCUS_PULSES = 20;

    /**
     * Focuses the field once its tab shows it. A tab built on first selection, on a busy machine, may not have
     * drawn its fields yet when the selection returns; a focus asked for then would be lost, so it is asked again
     * after each drawing pass until the field has it.
     */
    private static void focusWhenShown(Tab tab, String selector, int pulsesLeft) {
        Platform.runLater(() -> {
            Node field = tab.getContent() == null ? null : tab.getContent().lookup(selector);
            if (field != null && tab.isSelected()) {
                field.requestFocus();
            }
            if ((field == null || !field.isFocused()) && pulsesLeft > 0 && tab.isSelected()
                    && tab.getTabPane() != null && tab.getTabPane().getScene() != null) {
                javafx.scene.Scene scene = tab.getTabPane().getScene();
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        focusWhenShown(tab, selector, pulsesLeft - 1);
                    }
                });
                Platform.requestNextPulse();
            }
        });
    }

    private Optional<Tab> select(String id) {
        Optional<Tab> tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst();
        tab.ifPresent(t -> tabs.getSelectionModel().select(t));
        return tab;
    }

    /** Shows the finding in the register, clearing filters that would hide it. */
    static void selectFinding(FindingsRegisterViewModel register, Long findingId) {
        if (findingId == null) {
            return;
        }
        register.severityFilterProperty().set(null);
        register.statusFilterProperty().set(null);
        register.overdueOnlyProperty().set(false);
        register.textFilterProperty().set("");
        if (!selectIfLoaded(register, findingId)) {
            register.findings().addListener(new javafx.collections.ListChangeListener<>() {
                @Override
                public void onChanged(Change<? extends com.auditworkbench.domain.Finding> change) {
                    if (selectIfLoaded(register, findingId)) {
                        register.findings().removeListener(this);
                    }
                }
            });
        }
    }

    /** Selects the finding when the register holds it (it loads in the background after a plan is chosen). */
    private static boolean selectIfLoaded(FindingsRegisterViewModel register, long findingId) {
        var finding = register.findings().stream().filter(f -> f.id() == findingId).findFirst();
        finding.ifPresent(f -> register.selectedProperty().set(f));
        return finding.isPresent();
    }
}
