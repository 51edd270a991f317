/**
 * Platform plumbing the app owns: the event publication registry's schema and the guards around
 * the demo data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.defendersdays.platform;
