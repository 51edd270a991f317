package org.defendersdays.audit;

import java.security.SecureRandom;
import java.util.Optional;

import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Helpers for the audit log's tests on the shared test database: action codes no other test uses,
 * and tampering with stored entries the way only a database superuser can (the trigger switched off
 * inside one transaction, so no other session ever sees it off).
 */
public final class AuditTestSupport {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AuditTestSupport() {
    }

    /** An action code of the form {@code <prefix>.<random letters>}, unique to the calling test. */
    public static String uniqueAction(String prefix) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return prefix + "." + letters;
    }

    public static AuditEntry entry(String action, String targetId) {
        return new AuditEntry(Optional.of(PersonId.generate()), action, "testrecord", Optional.of(targetId),
                Outcome.SUCCESS, Optional.empty());
    }

    /** Runs the statement with the append-only trigger off, as a superuser could, and switches it back on. */
    public static void tamper(JdbcTemplate jdbc, TransactionTemplate transaction, String sql, Object... args) {
        transaction.executeWithoutResult(status -> {
            jdbc.execute("ALTER TABLE audit.entry DISABLE TRIGGER entry_is_append_only");
            jdbc.update(sql, args);
            jdbc.execute("ALTER TABLE audit.entry ENABLE TRIGGER entry_is_append_only");
        });
    }

    /** The sequence number of the only entry with this action. */
    public static long sequenceOf(JdbcTemplate jdbc, String action) {
        return jdbc.queryForObject("SELECT sequence FROM audit.entry WHERE action = ?", Long.class, action);
    }
}
