package org.defendersdays.identity.application.port.in;

/** Issues a new set of recovery codes; the new set replaces any earlier one. */
public interface IssueRecoveryCodesUseCase {

    NewRecoveryCodes issue();
}
