package org.defendersdays.identity.application;

import org.defendersdays.identity.application.port.in.CandidatePassword;
import org.defendersdays.identity.application.port.in.CheckNewPasswordUseCase;
import org.defendersdays.identity.application.port.in.PasswordCheck;
import org.defendersdays.identity.application.port.out.CommonPasswords;
import org.defendersdays.identity.domain.password.PasswordPolicy;

/** Checks new passwords against the domain's policy and the shipped common-password list. */
public class PasswordPolicyService implements CheckNewPasswordUseCase {

    private final PasswordPolicy policy;
    private final CommonPasswords commonPasswords;

    public PasswordPolicyService(PasswordPolicy policy, CommonPasswords commonPasswords) {
        this.policy = policy;
        this.commonPasswords = commonPasswords;
    }

    @Override
    public PasswordCheck check(CandidatePassword candidate) {
        return new PasswordCheck(policy.violationsOf(candidate.password(), candidate.owner(), commonPasswords::contains));
    }
}
