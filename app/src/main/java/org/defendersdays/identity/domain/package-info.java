/** The identity model: plain Java with jMolecules types; no hexagonal stereotype on purpose. */
package org.defendersdays.identity.domain;
