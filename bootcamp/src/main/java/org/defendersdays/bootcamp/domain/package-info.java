/**
 * The bootcamp's domain model: plain Java with jMolecules types, no framework. Deliberately
 * without a hexagonal stereotype, so in strict mode ports and adapters may use it.
 */
package org.defendersdays.bootcamp.domain;
