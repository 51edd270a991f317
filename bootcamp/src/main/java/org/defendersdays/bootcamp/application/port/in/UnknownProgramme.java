package org.defendersdays.bootcamp.application.port.in;

/** No programme answers to what was asked for (or it is not published, for catalogue queries). */
public class UnknownProgramme extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownProgramme() {
        super("no such programme");
    }
}
