package org.defendersdays.community.domain;

/**
 * Someone else changed the group after it was read: the change was made to a stale copy and is
 * refused, so nobody's work is silently overwritten.
 */
public class GroupChangedMeanwhile extends GroupRuleViolation {

    private static final long serialVersionUID = 1L;

    public GroupChangedMeanwhile() {
        super("group.changedMeanwhile");
    }
}
