/** The community's use cases: they load groups through ports, change them, and answer queries. */
@Application
package org.defendersdays.community.application;

import org.jmolecules.architecture.hexagonal.Application;
