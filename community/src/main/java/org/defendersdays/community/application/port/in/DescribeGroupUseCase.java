package org.defendersdays.community.application.port.in;

/** A moderator corrects what a topic group says about itself. */
public interface DescribeGroupUseCase {

    /**
     * @throws UnknownGroup if there is no such group
     * @throws org.defendersdays.community.domain.GroupChangedMeanwhile if the group changed since
     *         {@link DescribeGroupCommand#readVersion()}; nothing is stored
     * @throws org.defendersdays.community.domain.GroupRuleViolation if the group cannot be described
     *         (an edition group, an archived group)
     */
    void describe(DescribeGroupCommand command);
}
