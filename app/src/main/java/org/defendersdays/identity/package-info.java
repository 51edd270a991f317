/**
 * Identity: who a person is on the platform and how they prove it. This part holds the credential
 * building blocks: the password policy and its common-password list, Argon2id password hashing,
 * TOTP second factors with their QR codes, and single-use recovery codes. Hexagonal like the
 * domain modules: {@code domain} is plain Java, {@code application} holds the use cases and their
 * ports, {@code adapter} the technology, {@code config} the Spring wiring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.defendersdays.identity;
