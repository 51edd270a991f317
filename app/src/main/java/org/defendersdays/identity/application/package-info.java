/** Identity's use cases: they apply the domain's rules and reach technology only through ports. */
@Application
package org.defendersdays.identity.application;

import org.jmolecules.architecture.hexagonal.Application;
