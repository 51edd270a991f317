package org.defendersdays.conference.domain.application;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.ValueObject;

/**
 * One of a call's own questions, answered in free text. Its id stays the same when the prompt is
 * corrected, so answers already given stay attached to it.
 */
public record CallQuestion(UUID id, String prompt, boolean required) implements ValueObject {

    public static final int PROMPT_MAX = 500;

    public CallQuestion {
        Objects.requireNonNull(id, "id");
        prompt = ApplicationText.required("question", prompt, PROMPT_MAX, false);
    }

    public static CallQuestion ask(String prompt, boolean required) {
        return new CallQuestion(UUID.randomUUID(), prompt, required);
    }
}
