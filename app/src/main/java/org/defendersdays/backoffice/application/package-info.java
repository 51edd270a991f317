/** Chooses which of the contributed sections a person sees. */
@Application
package org.defendersdays.backoffice.application;

import org.jmolecules.architecture.hexagonal.Application;
