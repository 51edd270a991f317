package org.defendersdays.identity.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.defendersdays.identity.application.port.in.IssueRecoveryCodesUseCase;
import org.defendersdays.identity.application.port.in.NewRecoveryCodes;
import org.defendersdays.identity.application.port.in.RedeemRecoveryCodeUseCase;
import org.defendersdays.identity.application.port.in.SecondFactorUseCase;
import org.defendersdays.identity.application.port.in.VerifyTotpCodeUseCase;
import org.defendersdays.identity.application.port.out.SecondFactors;
import org.defendersdays.identity.application.port.out.SecondFactors.StoredSecondFactor;
import org.defendersdays.identity.domain.recovery.RecoveryCode;
import org.defendersdays.identity.domain.recovery.RecoveryCodes;
import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.identity.domain.totp.TotpTimeStep;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/** Enrolling an authenticator app and passing the second step of a sign-in. */
@Transactional
public class SecondFactorService implements SecondFactorUseCase {

    private final SecondFactors secondFactors;
    private final VerifyTotpCodeUseCase totp;
    private final IssueRecoveryCodesUseCase issueRecoveryCodes;
    private final RedeemRecoveryCodeUseCase redeemRecoveryCode;
    private final AuditTrail audit;
    private final Clock clock;

    public SecondFactorService(SecondFactors secondFactors, VerifyTotpCodeUseCase totp,
            IssueRecoveryCodesUseCase issueRecoveryCodes, RedeemRecoveryCodeUseCase redeemRecoveryCode,
            AuditTrail audit, Clock clock) {
        this.secondFactors = secondFactors;
        this.totp = totp;
        this.issueRecoveryCodes = issueRecoveryCodes;
        this.redeemRecoveryCode = redeemRecoveryCode;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEnrolled(PersonId person) {
        return secondFactors.exists(person);
    }

    @Override
    public Optional<List<RecoveryCode>> enrol(PersonId person, TotpSecret scannedSecret, String typedCode) {
        Optional<TotpTimeStep> accepted = totp.verify(scannedSecret, typedCode, Optional.empty());
        if (accepted.isEmpty()) {
            record(person, "identity.secondFactor.enrolment", Outcome.FAILURE);
            return Optional.empty();
        }
        NewRecoveryCodes recoveryCodes = issueRecoveryCodes.issue();
        secondFactors.enrol(person, scannedSecret, accepted.get(), recoveryCodes.toStore(), clock.instant());
        record(person, "identity.secondFactor.enrolled", Outcome.SUCCESS);
        return Optional.of(recoveryCodes.toShowOnce());
    }

    @Override
    public boolean pass(PersonId person, String typedCode) {
        Optional<StoredSecondFactor> stored = secondFactors.find(person);
        if (stored.isEmpty() || typedCode == null || typedCode.length() > 40) {
            return false;
        }
        Optional<TotpTimeStep> step = totp.verify(stored.get().secret(), typedCode, stored.get().lastUsedStep());
        if (step.isPresent() && secondFactors.useStep(person, step.get())) {
            record(person, "identity.secondFactor.passed", Outcome.SUCCESS);
            return true;
        }
        Optional<RecoveryCodes> remaining = redeemRecoveryCode.redeem(stored.get().recoveryCodes(), typedCode);
        if (remaining.isPresent()) {
            secondFactors.replaceRecoveryCodes(person, remaining.get());
            record(person, "identity.secondFactor.recoveryCodeUsed", Outcome.SUCCESS);
            return true;
        }
        record(person, "identity.secondFactor.passed", Outcome.FAILURE);
        return false;
    }

    private void record(PersonId person, String action, Outcome outcome) {
        audit.record(new AuditEntry(Optional.of(person), action, "account", Optional.of(person.toString()), outcome,
                Optional.empty()));
    }
}
