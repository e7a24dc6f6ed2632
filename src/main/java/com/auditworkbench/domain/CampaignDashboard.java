package com.auditworkbench.domain;

import java.util.List;

/**
 * Where a campaign stands: returned and outstanding departments, the answers per category over all returned
 * questionnaires, and the departments ranked by how often they answered "not in place".
 */
public record CampaignDashboard(
        Campaign campaign,
        int questions,
        List<DepartmentStatus> departments,
        List<CategoryCounts> categories,
        List<DepartmentRanking> ranking) {

    public CampaignDashboard {
        departments = List.copyOf(departments);
        categories = List.copyOf(categories);
        ranking = List.copyOf(ranking);
    }

    public long returned() {
        return departments.stream().filter(DepartmentStatus::returned).count();
    }

    /** One department of the campaign and its latest accepted response, if any. */
    public record DepartmentStatus(Department department, CampaignResponse latest, AnswerCounts counts) {

        public boolean returned() {
            return latest != null;
        }
    }

    /** The answers to one category's questions, over every returned questionnaire. */
    public record CategoryCounts(Category category, AnswerCounts counts) {
    }

    /** A returned department's place in the "not in place" ranking. */
    public record DepartmentRanking(int rank, Department department, int notDone, int partly) {
    }
}
