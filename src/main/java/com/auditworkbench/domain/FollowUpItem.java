package com.auditworkbench.domain;

import java.util.List;

/** A finding carried forward from an earlier plan, with where it came from and how its follow-up went. */
public record FollowUpItem(Finding finding, String originalPlanCode, String originalReference, List<FollowUpNote> notes) {

    public FollowUpItem {
        notes = List.copyOf(notes);
    }
}
