/** The bootcamp's use cases: they load programmes through ports, change them, and store them. */
@Application
package org.defendersdays.bootcamp.application;

import org.jmolecules.architecture.hexagonal.Application;
