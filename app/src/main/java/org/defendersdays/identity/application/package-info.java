/** Identity use cases: registration, verification, password reset, sessions. */
@Application
package org.defendersdays.identity.application;

import org.jmolecules.architecture.hexagonal.Application;
