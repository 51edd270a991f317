package org.defendersdays.identity.adapter.in.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.defendersdays.identity.application.port.in.SeedAccountUseCase;
import org.defendersdays.identity.application.port.in.SeedAccountUseCase.SeedAccountCommand;
import org.defendersdays.identity.domain.DisplayName;
import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.sharedkernel.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo account per role, so a newcomer can explore every part right after README's run
 * command. The addresses, the password and the administrators' authenticator key are written in
 * the README; they exist only with the demo profile, which refuses to run with {@code prod}.
 */
@Component
@Profile("demo")
@Order(5)
class IdentityDemoData implements ApplicationRunner {

    /** The demo password of every demo account (documented in README). */
    static final String PASSWORD = "river lantern orchard 2028";

    /** The demo administrators' authenticator key (documented in README): add it to any TOTP app. */
    static final String ADMIN_TOTP_KEY = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

    private record DemoAccount(String localPart, String displayName, Role role) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("member", "Demo Member", Role.MEMBER),
            new DemoAccount("trainer", "Demo Trainer", Role.TRAINER),
            new DemoAccount("reviewer", "Demo Reviewer", Role.REVIEWER),
            new DemoAccount("conference-admin", "Demo Conference Admin", Role.CONFERENCE_ADMIN),
            new DemoAccount("bootcamp-admin", "Demo Bootcamp Admin", Role.BOOTCAMP_ADMIN),
            new DemoAccount("community-moderator", "Demo Community Moderator", Role.COMMUNITY_MODERATOR),
            new DemoAccount("platform-admin", "Demo Platform Admin", Role.PLATFORM_ADMIN));

    private final SeedAccountUseCase seed;

    IdentityDemoData(SeedAccountUseCase seed) {
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoAccount account : ACCOUNTS) {
            Set<Role> roles = EnumSet.of(Role.MEMBER, account.role());
            Optional<TotpSecret> secondFactor = account.role().isAdministrative()
                    ? Optional.of(TotpSecret.fromBase32(ADMIN_TOTP_KEY)) : Optional.empty();
            if (seed.seed(new SeedAccountCommand(new EmailAddress(account.localPart() + "@demo.defendersdays.invalid"),
                    new DisplayName(account.displayName()), PASSWORD, roles, secondFactor))) {
                created++;
            }
        }
        if (created > 0) {
            log.info("Demo data: {} demo accounts added (see README)", created);
        }
    }
}
