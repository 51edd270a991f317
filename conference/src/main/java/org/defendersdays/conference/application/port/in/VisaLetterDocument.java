package org.defendersdays.conference.application.port.in;

/** A visa letter as a PDF, made for one download; its file name carries the reference, no name. */
public record VisaLetterDocument(String fileName, byte[] pdf) {
}
