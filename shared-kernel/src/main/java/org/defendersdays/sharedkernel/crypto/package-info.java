/**
 * Sealing of sensitive values before they are stored (risk situations, passport details, travel
 * contacts). Modules depend on the interface; the app implements it with an authenticated cipher
 * whose key lives outside the database.
 */
package org.defendersdays.sharedkernel.crypto;
