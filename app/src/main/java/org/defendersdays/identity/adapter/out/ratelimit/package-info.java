/** Sign-in attempt allowances as Bucket4j token buckets, kept in a bounded in-memory map (Caffeine). */
@SecondaryAdapter
package org.defendersdays.identity.adapter.out.ratelimit;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
