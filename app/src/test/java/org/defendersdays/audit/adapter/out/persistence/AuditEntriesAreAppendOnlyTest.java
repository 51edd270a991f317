package org.defendersdays.audit.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.defendersdays.audit.AuditTestSupport.entry;
import static org.defendersdays.audit.AuditTestSupport.sequenceOf;
import static org.defendersdays.audit.AuditTestSupport.uniqueAction;

import java.util.List;
import java.util.Map;

import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL itself keeps the audit log append-only, whatever the application asks: the test's
 * connection is a superuser that owns the tables, the strongest role the application could have.
 */
@PlatformTest
class AuditEntriesAreAppendOnlyTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    private long recordedEntry() {
        String action = uniqueAction("appendonly");
        trail.record(entry(action, "r1"));
        return sequenceOf(jdbc, action);
    }

    private Map<String, Object> row(long sequence) {
        return jdbc.queryForMap("SELECT * FROM audit.entry WHERE sequence = ?", sequence);
    }

    private int entries() {
        return jdbc.queryForObject("SELECT count(*) FROM audit.entry", Integer.class);
    }

    @Test
    void anUpdateIsRefusedAndChangesNothing() {
        long sequence = recordedEntry();
        Map<String, Object> before = row(sequence);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit.entry SET detail = 'forged', target_id = 'other' "
                + "WHERE sequence = ?", sequence))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("audit.entry is append-only: UPDATE refused");

        assertThat(row(sequence)).isEqualTo(before);
    }

    @Test
    void aDeleteIsRefusedAndRemovesNothing() {
        long sequence = recordedEntry();
        int before = entries();

        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit.entry WHERE sequence = ?", sequence))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("audit.entry is append-only: DELETE refused");

        assertThat(entries()).isEqualTo(before);
        assertThat(row(sequence)).containsEntry("sequence", sequence);
    }

    @Test
    void truncateIsRefused() {
        recordedEntry();
        int before = entries();

        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit.entry"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("append-only: TRUNCATE refused");

        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void anUpdateThatMatchesNoRowIsRefusedToo() {
        assertThatThrownBy(() -> jdbc.update("UPDATE audit.entry SET detail = 'x' WHERE sequence = -1"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theChainHeadOnlyMovesForwardAndIsNeverRemoved() {
        recordedEntry();
        Map<String, Object> head = jdbc.queryForMap("SELECT * FROM audit.chain_head");

        assertThatThrownBy(() -> jdbc.update("UPDATE audit.chain_head SET last_sequence = 0"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("only moves forward by one");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit.chain_head"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO audit.chain_head VALUES (false, 0, repeat('0', 64))"))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(jdbc.queryForMap("SELECT * FROM audit.chain_head")).isEqualTo(head);
    }

    /** The grants, as PostgreSQL records them for the role that ran the migrations (and owns the tables). */
    @Test
    void theOwningRoleHoldsNoRightToChangeOrRemoveEntries() {
        List<String> entryRights = jdbc.queryForList("""
                SELECT privilege_type FROM information_schema.role_table_grants
                WHERE table_schema = 'audit' AND table_name = 'entry' AND grantee = current_user
                """, String.class);
        List<String> headRights = jdbc.queryForList("""
                SELECT privilege_type FROM information_schema.role_table_grants
                WHERE table_schema = 'audit' AND table_name = 'chain_head' AND grantee = current_user
                """, String.class);

        assertThat(entryRights).contains("INSERT", "SELECT").doesNotContain("UPDATE", "DELETE", "TRUNCATE");
        assertThat(headRights).contains("SELECT", "UPDATE").doesNotContain("DELETE", "TRUNCATE");
    }

    @Test
    void theModuleOwnsItsSchemaAndItsMigrationHistory() {
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = 'audit'",
                String.class)).containsExactlyInAnyOrder("entry", "chain_head", "flyway_schema_history");
    }
}
