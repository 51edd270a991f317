/**
 * The unified back office: one shell at {@code /admin} whose navigation and dashboard are composed
 * from the {@code BackOfficeSection} beans the modules contribute, each shown only to the roles it
 * is for. A module adds a section without any change here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Back office")
package org.defendersdays.backoffice;
