/** The audit log's back office pages: browse with filters, and run the chain verification. */
@PrimaryAdapter
package org.defendersdays.audit.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
