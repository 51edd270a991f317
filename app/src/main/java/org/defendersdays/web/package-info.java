/**
 * The web chrome the app owns: layout, navigation, language switch, home page and error pages.
 * Each domain module owns its own pages, templates and messages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web chrome")
package org.defendersdays.web;
