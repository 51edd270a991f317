/**
 * Who is signed in, as the modules see it: a person's identifier, display name and roles. Modules
 * learn this through these types only, never through the app's identity classes.
 */
package org.defendersdays.sharedkernel.identity;
