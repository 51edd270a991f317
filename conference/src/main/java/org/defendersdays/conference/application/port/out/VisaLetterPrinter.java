package org.defendersdays.conference.application.port.out;

import org.defendersdays.conference.domain.travel.VisaLetter;

/** Prints a visa letter as a PDF document, in memory (never written to disk). */
public interface VisaLetterPrinter {

    byte[] print(VisaLetter letter);

    /** Whether the letter's font has a glyph for every character of {@code text}. */
    boolean canPrint(String text);
}
