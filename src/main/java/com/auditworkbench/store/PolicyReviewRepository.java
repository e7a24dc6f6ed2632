package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.PLAN_REVIEW_INPUT;

import com.auditworkbench.domain.PolicyReviewEntry;
import com.auditworkbench.domain.PolicyReviewInput;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** The Art. 12 review inputs of each plan. */
public final class PolicyReviewRepository {

    private final DSLContext dsl;

    PolicyReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All five inputs, in the article's order; those not yet written are empty. */
    public List<PolicyReviewEntry> entries(long planId) {
        var stored = dsl.selectFrom(PLAN_REVIEW_INPUT).where(PLAN_REVIEW_INPUT.PLAN_ID.eq(planId)).fetch();
        List<PolicyReviewEntry> entries = new ArrayList<>();
        for (PolicyReviewInput input : PolicyReviewInput.values()) {
            entries.add(stored.stream().filter(r -> r.getInputNo() == input.articleItem()).findFirst()
                    .map(r -> new PolicyReviewEntry(input, r.getObservation(), r.getProposal()))
                    .orElse(new PolicyReviewEntry(input, "", "")));
        }
        return entries;
    }

    public void save(long planId, PolicyReviewEntry entry, OffsetDateTime at) {
        dsl.mergeInto(PLAN_REVIEW_INPUT)
                .using(dsl.selectOne())
                .on(PLAN_REVIEW_INPUT.PLAN_ID.eq(planId).and(PLAN_REVIEW_INPUT.INPUT_NO.eq(entry.input().articleItem())))
                .whenMatchedThenUpdate()
                .set(PLAN_REVIEW_INPUT.OBSERVATION, entry.observation())
                .set(PLAN_REVIEW_INPUT.PROPOSAL, entry.proposal())
                .set(PLAN_REVIEW_INPUT.UPDATED_AT, at)
                .whenNotMatchedThenInsert(PLAN_REVIEW_INPUT.PLAN_ID, PLAN_REVIEW_INPUT.INPUT_NO,
                        PLAN_REVIEW_INPUT.OBSERVATION, PLAN_REVIEW_INPUT.PROPOSAL, PLAN_REVIEW_INPUT.UPDATED_AT)
                .values(planId, entry.input().articleItem(), entry.observation(), entry.proposal(), at)
                .execute();
    }
}
