/**
 * The audit log in PostgreSQL (schema {@code audit}), with plain SQL through JdbcTemplate: an
 * append-only log has no aggregates to save, only rows to insert and read.
 */
@SecondaryAdapter
package org.defendersdays.audit.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
