package com.auditworkbench.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An in-memory full-text index over short Japanese and English texts. Japanese has no spaces between words, so the
 * index keeps, for each pair of adjacent characters (bigram), the documents that contain it; a query's bigrams
 * narrow the candidates and a plain substring test confirms them. Texts are compared after NFKC normalisation and
 * lower-casing, so 全角 and 半角 letters and digits match each other.
 *
 * <p>Not thread-safe: the search service guards it.
 */
final class TextIndex<D> {

    private final List<D> documents = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final Map<Object, Integer> byKey = new HashMap<>();
    private final Map<Integer, Postings> postings = new HashMap<>();
    private int live;

    /** Adds or replaces the document of that key; an empty text removes it. */
    void put(Object key, D document, String text) {
        remove(key);
        String normalized = normalize(text);
        if (normalized.isBlank()) {
            return;
        }
        int id = documents.size();
        documents.add(document);
        texts.add(normalized);
        byKey.put(key, id);
        live++;
        int previous = -1;
        for (int i = 0; i + 1 < normalized.length(); i++) {
            int bigram = bigram(normalized, i);
            if (bigram == previous) {
                continue;
            }
            postings.computeIfAbsent(bigram, b -> new Postings()).add(id);
            previous = bigram;
        }
    }

    void remove(Object key) {
        Integer old = byKey.remove(key);
        if (old != null) {
            documents.set(old, null);
            texts.set(old, null);
            live--;
        }
    }

    int size() {
        return live;
    }

    /** The documents containing every word of the query (words are separated by spaces), in the order added. */
    List<D> search(String query, int limit, java.util.function.Predicate<D> filter) {
        String[] words = Arrays.stream(normalize(query).split("\\s+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (words.length == 0) {
            return List.of();
        }
        List<Postings> lists = new ArrayList<>();
        for (String word : words) {
            for (int i = 0; i + 1 < word.length(); i++) {
                Postings p = postings.get(bigram(word, i));
                if (p == null) {
                    return List.of();
                }
                lists.add(p);
            }
        }
        int[] candidates = null;
        if (!lists.isEmpty()) {
            lists.sort(java.util.Comparator.comparingInt(p -> p.size));
            candidates = Arrays.copyOf(lists.get(0).ids, lists.get(0).size);
            for (int k = 1; k < lists.size() && candidates.length > 0; k++) {
                candidates = intersect(candidates, lists.get(k).ids, lists.get(k).size);
            }
        }
        List<D> found = new ArrayList<>();
        if (candidates == null) {
            for (int id = 0; id < texts.size() && found.size() < limit; id++) {
                collect(id, words, filter, found);
            }
        } else {
            for (int i = 0; i < candidates.length && found.size() < limit; i++) {
                collect(candidates[i], words, filter, found);
            }
        }
        return found;
    }

    private void collect(int id, String[] words, java.util.function.Predicate<D> filter, List<D> found) {
        String text = texts.get(id);
        if (text == null || !filter.test(documents.get(id))) {
            return;
        }
        for (String word : words) {
            if (!text.contains(word)) {
                return;
            }
        }
        found.add(documents.get(id));
    }

    static String normalize(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static int bigram(String s, int i) {
        return (s.charAt(i) << 16) | s.charAt(i + 1);
    }

    private static int[] intersect(int[] a, int[] b, int bSize) {
        int[] out = new int[Math.min(a.length, bSize)];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < bSize) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Ascending document ids, without repeats (ids only grow as documents are added). */
    private static final class Postings {
        private int[] ids = new int[4];
        private int size;

        void add(int id) {
            if (size > 0 && ids[size - 1] == id) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }
}
