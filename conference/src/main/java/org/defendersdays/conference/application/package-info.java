/** The conference's use cases: they load aggregates through ports, change them, and tell others. */
@Application
package org.defendersdays.conference.application;

import org.jmolecules.architecture.hexagonal.Application;
