/** PostgreSQL storage with Spring Data JDBC rows, mapped to the domain by MapStruct. */
@SecondaryAdapter
package org.defendersdays.community.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
