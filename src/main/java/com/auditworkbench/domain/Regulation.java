package com.auditworkbench.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of the city's information-security regulation (国立市情報セキュリティに関する規則): which articles
 * exist and how many numbered items (号) each has, so that a citation like {@code 10(3)} can be checked.
 */
public final class Regulation {

    public static final String NAME_JA = "国立市情報セキュリティに関する規則";
    private static final int ARTICLES = 14;
    private static final Map<Integer, Integer> ITEMS_PER_ARTICLE = Map.of(2, 13, 3, 5, 4, 3, 10, 8, 12, 5);
    private static final Pattern REFERENCE = Pattern.compile("(\\d{1,2})(?:\\((\\d{1,2})\\))?");

    private Regulation() {
    }

    /** True for "N" (an article) or "N(k)" (an item of it) that exists in the regulation. */
    public static boolean exists(String reference) {
        Matcher m = REFERENCE.matcher(reference);
        if (!m.matches()) {
            return false;
        }
        int article = Integer.parseInt(m.group(1));
        if (article < 1 || article > ARTICLES) {
            return false;
        }
        if (m.group(2) == null) {
            return true;
        }
        int item = Integer.parseInt(m.group(2));
        return item >= 1 && item <= ITEMS_PER_ARTICLE.getOrDefault(article, 0);
    }
}
