package org.defendersdays.community.domain;

import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.types.ValueObject;

/**
 * What a topic group says about itself: a name and an optional short description, both plain text
 * (pages escape them; no markup is interpreted). Leading and trailing blanks are dropped, line
 * breaks in the description are kept as {@code \n}. Lengths are counted in characters as people and
 * PostgreSQL count them (code points), so a name that fits here fits in the table.
 *
 * @param name what the group is called, such as "Digital security circle"
 * @param description what the group is about, if said
 */
public record GroupProfile(String name, Optional<String> description) implements ValueObject {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;

    public GroupProfile {
        Objects.requireNonNull(description, "description");
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new GroupRuleViolation("group.name.required");
        }
        if (name.codePointCount(0, name.length()) > NAME_MAX) {
            throw new GroupRuleViolation("group.name.tooLong");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new GroupRuleViolation("group.name.invalidCharacters");
        }
        description = description.map(text -> text.replace("\r\n", "\n").replace('\r', '\n').strip())
                .filter(text -> !text.isEmpty());
        if (description.filter(text -> text.codePointCount(0, text.length()) > DESCRIPTION_MAX).isPresent()) {
            throw new GroupRuleViolation("group.description.tooLong");
        }
        if (description.filter(GroupProfile::hasControlCharacterOtherThanLineBreakOrTab).isPresent()) {
            throw new GroupRuleViolation("group.description.invalidCharacters");
        }
    }

    /** A profile from what was typed; a blank description means none. */
    public static GroupProfile of(String name, String description) {
        return new GroupProfile(name, Optional.ofNullable(description));
    }

    private static boolean hasControlCharacterOtherThanLineBreakOrTab(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t');
    }
}
