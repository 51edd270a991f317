/**
 * The audit log's use cases: recording an entry (the shared kernel's {@code AuditTrail}), verifying
 * the chain and browsing the log. The services are package-private; {@link AuditUseCases} hands them
 * out as their interfaces, so nothing can depend on a concrete service.
 */
@Application
package org.defendersdays.audit.application;

import org.jmolecules.architecture.hexagonal.Application;
