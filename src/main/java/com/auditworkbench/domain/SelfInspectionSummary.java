package com.auditworkbench.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The self-inspection results of one campaign, per department and category, as the committee workbook shows
 * them (Art. 11 and 12). Only the latest accepted response of each department counts.
 */
public record SelfInspectionSummary(Campaign campaign, int questions, List<DepartmentResult> departments,
        Instant summarisedAt) {

    public SelfInspectionSummary {
        departments = List.copyOf(departments);
    }

    /** One department: whether it returned its questionnaire, and the answer counts of each category. */
    public record DepartmentResult(Department department, CampaignResponse response, Map<Category, AnswerCounts> perCategory) {

        public DepartmentResult {
            EnumMap<Category, AnswerCounts> ordered = new EnumMap<>(Category.class);
            ordered.putAll(perCategory);
            perCategory = Collections.unmodifiableMap(ordered);
        }

        public boolean returned() {
            return response != null;
        }

        public AnswerCounts total() {
            return perCategory.values().stream().reduce(AnswerCounts.ZERO, AnswerCounts::plus);
        }
    }
}
