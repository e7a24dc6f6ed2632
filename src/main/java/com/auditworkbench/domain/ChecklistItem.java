package com.auditworkbench.domain;

import java.util.List;
import java.util.Set;

/** One item of a checklist template, as it is snapshotted into a plan. */
public record ChecklistItem(
        String code,
        LocalizedText title,
        Category category,
        List<String> articles,
        Set<Threat> threats,
        Set<Segment> segments,
        Set<NetworkModel> networkModels,
        boolean priority,
        LocalizedText procedure,
        List<String> evidenceExamples,
        LocalizedText question,
        LocalizedText explanation,
        List<String> isoControls) {

    public ChecklistItem {
        articles = List.copyOf(articles);
        threats = Set.copyOf(threats);
        segments = Set.copyOf(segments);
        networkModels = Set.copyOf(networkModels);
        evidenceExamples = List.copyOf(evidenceExamples);
        isoControls = List.copyOf(isoControls);
    }

    /** Articles as the criteria of a finding cite them: 第10条第3号、第9条. */
    public String articlesInJapanese() {
        return String.join("、", articles.stream().map(ChecklistItem::articleInJapanese).toList());
    }

    static String articleInJapanese(String reference) {
        int paren = reference.indexOf('(');
        if (paren < 0) {
            return "第" + reference + "条";
        }
        return "第" + reference.substring(0, paren) + "条第" + reference.substring(paren + 1, reference.length() - 1) + "号";
    }
}
