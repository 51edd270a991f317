/**
 * The audit log's model: records chained by SHA-256 hashes, the chain's head, the walk that checks
 * the chain, and the filters for browsing. Plain Java with jMolecules types, and deliberately
 * without a hexagonal stereotype, so in strict mode ports and adapters may use it.
 */
package org.defendersdays.audit.domain;
