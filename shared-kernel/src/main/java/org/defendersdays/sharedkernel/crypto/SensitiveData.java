package org.defendersdays.sharedkernel.crypto;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Seals and opens sensitive text with an authenticated cipher (the app uses Google Tink's AEAD,
 * with the keyset from the environment, never from the database). The context is bound to the
 * ciphertext as associated data: a value sealed for one record and purpose does not open for
 * another, so a sealed column copied into another row is useless.
 *
 * <p>Opening is a read of sensitive data: callers write an audit entry for it.
 */
public interface SensitiveData {

    byte[] seal(String plaintext, Context context);

    /** @throws IllegalStateException if the value was altered, moved to another record, or sealed with another key */
    String open(byte[] sealed, Context context);

    /**
     * What a sealed value belongs to.
     *
     * @param purpose a code naming the field, such as {@code conference.application.riskSituation}
     * @param recordId the identifier of the row holding it
     */
    record Context(String purpose, String recordId) {

        private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

        public Context {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(recordId, "recordId");
            if (!CODE.matcher(purpose).matches() || !CODE.matcher(recordId).matches()) {
                throw new IllegalArgumentException("a sealing context is made of codes and identifiers");
            }
        }

        /** The associated data the cipher authenticates. */
        public byte[] associatedData() {
            return ("defendersdays.sensitive:" + purpose + ":" + recordId).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
