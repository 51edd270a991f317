/** PostgreSQL storage of accounts and one-time links. */
@SecondaryAdapter
package org.defendersdays.identity.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
