-- The Art. 12 review: for each of the five inputs, what the audit team observed and the policy change it proposes.
CREATE TABLE plan_review_input (
    plan_id     BIGINT         NOT NULL,
    input_no    INT            NOT NULL,
    observation VARCHAR(20000) NOT NULL,
    proposal    VARCHAR(20000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (plan_id, input_no),
    CONSTRAINT review_input_plan_fk FOREIGN KEY (plan_id) REFERENCES audit_plan (id),
    CONSTRAINT review_input_no CHECK (input_no BETWEEN 1 AND 5)
);
