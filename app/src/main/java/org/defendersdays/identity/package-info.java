/**
 * Identity: accounts, sign-in, second factors and sessions. Other modules never see these classes;
 * they learn who is signed in through the shared kernel's {@code CurrentPerson}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.defendersdays.identity;
