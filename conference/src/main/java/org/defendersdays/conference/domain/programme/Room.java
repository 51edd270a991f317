package org.defendersdays.conference.domain.programme;

import java.util.Objects;
import java.util.Optional;

import org.defendersdays.conference.domain.EditionId;
import org.jmolecules.ddd.types.AggregateRoot;

/** A room of an edition's venue, with an optional note such as "step-free, hearing loop". */
public class Room implements AggregateRoot<Room, RoomId> {

    public static final int NAME_MAX = 80;
    public static final int NOTE_MAX = 300;

    private final RoomId id;
    private final EditionId edition;
    private String name;
    private Optional<String> note;
    private final Long version;

    private Room(RoomId id, EditionId edition, String name, Optional<String> note, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.edition = Objects.requireNonNull(edition, "edition");
        this.name = Text.required("name", name, NAME_MAX);
        this.note = Text.optional("note", note == null ? null : note.orElse(null), NOTE_MAX, false);
        this.version = version;
    }

    public static Room open(RoomId id, EditionId edition, String name, Optional<String> note) {
        return new Room(id, edition, name, note, null);
    }

    /** Rebuilds a stored room; persistence adapters only. */
    public static Room rehydrate(RoomId id, EditionId edition, String name, Optional<String> note, Long version) {
        return new Room(id, edition, name, note, version);
    }

    public void rename(String newName, Optional<String> newNote) {
        this.name = Text.required("name", newName, NAME_MAX);
        this.note = Text.optional("note", newNote == null ? null : newNote.orElse(null), NOTE_MAX, false);
    }

    @Override
    public RoomId getId() {
        return id;
    }

    public RoomId id() {
        return id;
    }

    public EditionId edition() {
        return edition;
    }

    public String name() {
        return name;
    }

    public Optional<String> note() {
        return note;
    }

    public Long version() {
        return version;
    }
}
