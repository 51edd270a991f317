package org.defendersdays.conference.application;

import org.defendersdays.conference.application.port.out.PublicationRevision;

/** A fake of the {@link PublicationRevision} port: counts the bumps. */
class CountingRevision implements PublicationRevision {

    private long revision = 1;

    @Override
    public void bump() {
        revision++;
    }

    @Override
    public long current() {
        return revision;
    }
}
