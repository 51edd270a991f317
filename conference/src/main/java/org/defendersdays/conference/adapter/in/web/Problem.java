package org.defendersdays.conference.adapter.in.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Why a form field (or the whole form, field {@code form}) was not accepted: a message key and its arguments. */
record Problem(String key, Object[] args) {

    static Problem of(String key, Object... args) {
        return new Problem(key, args);
    }

    /** The problems of a form, by field, in the order they were found. */
    static final class ByField {

        private final Map<String, List<Problem>> problems = new LinkedHashMap<>();

        ByField add(String field, Problem problem) {
            problems.computeIfAbsent(field, any -> new ArrayList<>()).add(problem);
            return this;
        }

        ByField addAll(Map<String, String> keysByField) {
            keysByField.forEach((field, key) -> add(field, Problem.of(key)));
            return this;
        }

        boolean isEmpty() {
            return problems.isEmpty();
        }

        Map<String, List<Problem>> asMap() {
            return problems;
        }
    }
}
