package org.defendersdays.conference.application.port.in;

import java.util.List;

import org.defendersdays.conference.domain.programme.ScheduleConflict;

/** The session conflicts with the rest of the programme, so it was not saved; here is every conflict. */
public class SessionDoesNotFit extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ScheduleConflict> conflicts;

    public SessionDoesNotFit(List<ScheduleConflict> conflicts) {
        super("the session conflicts with the programme");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<ScheduleConflict> conflicts() {
        return conflicts;
    }
}
