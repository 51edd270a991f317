/**
 * Integration events between modules. Each is a record implementing jMolecules
 * {@code DomainEvent}, carries identifiers and minimal non-personal data, and is stored
 * serialized in the event publication registry (the outbox), so it must never hold personal data.
 */
package org.defendersdays.sharedkernel.events;
