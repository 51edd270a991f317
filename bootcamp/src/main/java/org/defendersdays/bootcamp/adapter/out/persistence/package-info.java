/** PostgreSQL storage with Spring Data JDBC rows, mapped to the domain by MapStruct. */
@SecondaryAdapter
package org.defendersdays.bootcamp.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
