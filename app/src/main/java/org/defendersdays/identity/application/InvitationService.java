package org.defendersdays.identity.application;

import org.defendersdays.identity.application.port.in.CheckNewPasswordUseCase;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.defendersdays.identity.application.port.in.AcceptInvitationUseCase;
import org.defendersdays.identity.application.port.in.BootstrapPlatformAdminUseCase;
import org.defendersdays.identity.application.port.in.InvalidToken;
import org.defendersdays.identity.application.port.in.InviteUseCase;
import org.defendersdays.identity.application.port.out.Accounts;
import org.defendersdays.identity.application.port.out.IdentityMail;
import org.defendersdays.identity.application.port.out.Invitations;
import org.defendersdays.identity.application.port.out.PasswordHasher;
import org.defendersdays.identity.domain.Account;
import org.defendersdays.identity.domain.DisplayName;
import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.identity.domain.Invitation;
import org.defendersdays.identity.domain.OneTimeToken;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: an admin invites an address, the invited person creates their account from the link.
 * The first platform admin of an installation is invited the same way by the operator.
 */
@Transactional
public class InvitationService implements InviteUseCase, AcceptInvitationUseCase, BootstrapPlatformAdminUseCase {

    private static final String BOOTSTRAPPED = "identity.invitation.bootstrapped";

    private final Invitations invitations;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final CheckNewPasswordUseCase policy;
    private final IdentityMail mail;
    private final AuditTrail audit;
    private final Clock clock;

    public InvitationService(Invitations invitations, Accounts accounts, PasswordHasher hasher, CheckNewPasswordUseCase policy,
            IdentityMail mail, AuditTrail audit, Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void invite(PersonId admin, EmailAddress email, Set<Role> roles, Locale language) {
        if (accounts.findByEmail(email).isPresent()) {
            throw new AlreadyRegistered();
        }
        Invitation.Issued issued = Invitation.issue(email, roles, admin, clock.instant());
        invitations.store(issued.invitation());
        mail.invitation(email, issued.secret(), language);
        AuditEntry sent = AuditEntry.success(admin, "identity.invitation.sent", "invitation",
                issued.invitation().id().toString());
        audit.record(roles.isEmpty() ? sent : sent.withDetail(rolesCode(roles)));
    }

    /** Refusals are audited too, so they commit. */
    @Override
    @Transactional(noRollbackFor = { PlatformAdminExists.class, AlreadyRegistered.class })
    public FirstAdminInvitation inviteFirstPlatformAdmin(EmailAddress email) {
        if (accounts.anyHolds(Role.PLATFORM_ADMIN)) {
            audit.record(bootstrapRefused("platformAdminExists"));
            throw new PlatformAdminExists();
        }
        if (accounts.findByEmail(email).isPresent()) {
            audit.record(bootstrapRefused("alreadyRegistered"));
            throw new AlreadyRegistered();
        }
        Invitation.Issued issued = Invitation.issue(email, Set.of(Role.PLATFORM_ADMIN), Invitation.OPERATOR,
                clock.instant());
        invitations.store(issued.invitation());
        // The operator has no account: the entry has no actor.
        audit.record(new AuditEntry(Optional.empty(), BOOTSTRAPPED, "invitation",
                Optional.of(issued.invitation().id().toString()), Outcome.SUCCESS,
                Optional.of(rolesCode(issued.invitation().roles()))));
        return new FirstAdminInvitation(issued.invitation().id(), issued.secret(), issued.invitation().expiresAt());
    }

    private static AuditEntry bootstrapRefused(String reason) {
        return new AuditEntry(Optional.empty(), BOOTSTRAPPED, "invitation", Optional.empty(), Outcome.DENIED,
                Optional.of(reason));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return invitations.isUsable(OneTimeToken.hashOf(token), clock.instant());
    }

    @Override
    public void accept(String token, DisplayName displayName, String password) {
        // A rejected password rolls the transaction back, so the link stays usable for another try.
        Instant now = clock.instant();
        Invitation invitation = invitations.consume(OneTimeToken.hashOf(token), now).orElseThrow(InvalidToken::new);
        if (accounts.findByEmail(invitation.email()).isPresent()) {
            // Registered in the meantime: the existing account stays as it is.
            throw new InvalidToken();
        }
        policy.requireAcceptable(password, invitation.email().localPart(), displayName.value());
        Account account = accounts.save(invitation.accept(PersonId.generate(), displayName, hasher.hash(password), now));
        AuditEntry accepted = AuditEntry.success(account.id(), "identity.invitation.accepted", "invitation",
                invitation.id().toString());
        audit.record(invitation.roles().isEmpty() ? accepted : accepted.withDetail(rolesCode(invitation.roles())));
    }

    /** The roles as one audit detail code, in the order roles are declared, such as {@code TRAINER:REVIEWER}. */
    private static String rolesCode(Set<Role> roles) {
        return String.join(":", roles.stream().sorted().map(Role::name).toList());
    }
}
