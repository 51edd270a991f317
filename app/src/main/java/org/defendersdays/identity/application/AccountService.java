package org.defendersdays.identity.application;

import org.defendersdays.identity.application.port.in.CheckNewPasswordUseCase;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.defendersdays.identity.application.port.in.InvalidToken;
import org.defendersdays.identity.application.port.in.RegisterAccountCommand;
import org.defendersdays.identity.application.port.in.RegisterAccountUseCase;
import org.defendersdays.identity.application.port.in.RequestPasswordResetUseCase;
import org.defendersdays.identity.application.port.in.ResetPasswordUseCase;
import org.defendersdays.identity.application.port.in.VerifyEmailUseCase;
import org.defendersdays.identity.application.port.out.Accounts;
import org.defendersdays.identity.application.port.out.IdentityMail;
import org.defendersdays.identity.application.port.out.OneTimeTokens;
import org.defendersdays.identity.application.port.out.PasswordHasher;
import org.defendersdays.identity.application.port.out.SignedInSessions;
import org.defendersdays.identity.domain.Account;
import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.identity.domain.OneTimeToken;
import org.defendersdays.identity.domain.TokenPurpose;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration, email verification and password reset. Each path does the same expensive work
 * (a password hash) whether or not the address has an account, and mails go out after commit, so
 * neither the answer nor its timing tells an attacker who is registered.
 */
@Transactional
public class AccountService implements RegisterAccountUseCase, VerifyEmailUseCase, RequestPasswordResetUseCase,
        ResetPasswordUseCase {

    private final Accounts accounts;
    private final OneTimeTokens tokens;
    private final PasswordHasher hasher;
    private final CheckNewPasswordUseCase policy;
    private final IdentityMail mail;
    private final SignedInSessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    public AccountService(Accounts accounts, OneTimeTokens tokens, PasswordHasher hasher, CheckNewPasswordUseCase policy,
            IdentityMail mail, SignedInSessions sessions, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.hasher = hasher;
        this.policy = policy;
        this.mail = mail;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void register(RegisterAccountCommand command) {
        policy.requireAcceptable(command.password(), command.email().localPart(), command.displayName().value());
        String passwordHash = hasher.hash(command.password());
        Optional<Account> existing = accounts.findByEmail(command.email());
        if (existing.isPresent()) {
            mail.alreadyRegistered(command.email(), command.language());
            return;
        }
        Instant now = clock.instant();
        Account account = accounts.save(
                Account.register(PersonId.generate(), command.email(), command.displayName(), passwordHash, now));
        OneTimeToken.Issued link = OneTimeToken.issue(TokenPurpose.EMAIL_VERIFICATION, account.id(), now);
        tokens.store(link.token());
        mail.verificationLink(account.email(), account.displayName(), link.secret(), command.language());
        audit.record(new AuditEntry(Optional.empty(), "identity.account.registered", "account",
                Optional.of(account.id().toString()), Outcome.SUCCESS, Optional.empty()));
    }

    @Override
    public void verify(String token) {
        OneTimeToken used = tokens.consume(OneTimeToken.hashOf(token), TokenPurpose.EMAIL_VERIFICATION,
                clock.instant()).orElseThrow(InvalidToken::new);
        Account account = accounts.findById(used.person()).orElseThrow(InvalidToken::new);
        account.verifyEmail();
        accounts.save(account);
        audit.record(AuditEntry.success(account.id(), "identity.email.verified", "account", account.id().toString()));
    }

    @Override
    public void requestReset(EmailAddress email, Locale language) {
        Optional<Account> account = accounts.findByEmail(email).filter(Account::canSignIn);
        if (account.isEmpty()) {
            return;
        }
        OneTimeToken.Issued link = OneTimeToken.issue(TokenPurpose.PASSWORD_RESET, account.get().id(), clock.instant());
        tokens.store(link.token());
        mail.passwordResetLink(email, link.secret(), language);
        audit.record(new AuditEntry(Optional.empty(), "identity.passwordReset.requested", "account",
                Optional.of(account.get().id().toString()), Outcome.SUCCESS, Optional.empty()));
    }

    @Override
    public void reset(String token, String newPassword, Locale language) {
        // A rejected password rolls the transaction back, so the link stays usable for another try.
        OneTimeToken used = tokens.consume(OneTimeToken.hashOf(token), TokenPurpose.PASSWORD_RESET, clock.instant())
                .orElseThrow(InvalidToken::new);
        Account account = accounts.findById(used.person()).filter(Account::canSignIn).orElseThrow(InvalidToken::new);
        policy.requireAcceptable(newPassword, account.email().localPart(), account.displayName().value());
        account.changePassword(hasher.hash(newPassword));
        accounts.save(account);
        sessions.endAll(account.id());
        mail.passwordChanged(account.email(), language);
        audit.record(AuditEntry.success(account.id(), "identity.password.reset", "account", account.id().toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return tokens.isUsable(OneTimeToken.hashOf(token), TokenPurpose.PASSWORD_RESET, clock.instant());
    }

}
