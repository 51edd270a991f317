package org.defendersdays.conference.adapter.in.web;

import java.util.List;
import java.util.Map;

/**
 * One entry of a form's error summary: the id of the field to jump to, the field's label (a message
 * key with an optional row number), and what is wrong (a message key).
 */
record FormError(String anchor, String labelKey, Integer row, String messageKey) {

    /**
     * The summary of a form's errors. Field names of numbered rows ({@code question.2}) point at the
     * row's first input and are labelled with their number as people count (3).
     */
    static List<FormError> summary(Map<String, String> errors, String labelPrefix) {
        return errors.entrySet().stream().map(error -> {
            String field = error.getKey();
            String[] parts = field.split("\\.", 2);
            if (parts.length == 2 && parts[1].matches("\\d+")) {
                int row = Integer.parseInt(parts[1]);
                String first = switch (parts[0]) {
                    case "criterion" -> "name";
                    default -> "prompt";
                };
                return new FormError(parts[0] + "-" + row + "-" + first, labelPrefix + parts[0], row + 1,
                        error.getValue());
            }
            if (parts.length == 2 && "quota".equals(parts[0])) {
                return new FormError("quota-" + parts[1] + "-kind", "application.region." + parts[1], null,
                        error.getValue());
            }
            if (parts.length == 2 && "answer".equals(parts[0])) {
                return new FormError("answer-" + parts[1], labelPrefix + "answer", null, error.getValue());
            }
            return new FormError(field, labelPrefix + field, null, error.getValue());
        }).toList();
    }
}
