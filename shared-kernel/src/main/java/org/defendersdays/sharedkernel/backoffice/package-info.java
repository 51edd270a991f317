/**
 * How a module joins the unified back office: it provides {@link BackOfficeSection} beans, and the
 * app's back office shell shows each one, in its navigation and dashboard, to the roles it is for.
 * A module adds a section without any change to the app.
 */
package org.defendersdays.sharedkernel.backoffice;
