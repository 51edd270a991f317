/**
 * Platform plumbing the app owns: the event publication registry's schema, the guards around
 * the demo data, and runs of the jar that carry out an operator command instead of serving.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.defendersdays.platform;
