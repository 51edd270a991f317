/**
 * Mail to a person the platform knows only by id. Modules write the text (in the person's
 * language); identity, which alone holds addresses, delivers it.
 */
package org.defendersdays.sharedkernel.mail;
