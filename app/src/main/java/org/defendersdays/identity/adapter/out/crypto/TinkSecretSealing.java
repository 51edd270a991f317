package org.defendersdays.identity.adapter.out.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import org.defendersdays.identity.application.port.out.SecretSealing;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;

/**
 * Seals secrets with Tink's AEAD (AES-256-GCM). The keyset comes from
 * {@code defendersdays.secrets.keyset} (environment {@code DD_SECRETS_KEYSET}: the Base64 of a Tink
 * JSON keyset), never from the database; without it the platform does not start. The owner's id is
 * the associated data, so a sealed secret copied into another account's row does not open. Tink
 * keysets hold several keys, so the key can be rotated without re-encrypting at once.
 */
@Component
class TinkSecretSealing implements SecretSealing {

    private static final String PURPOSE = "defendersdays.identity.secret:";

    private final Aead aead;

    TinkSecretSealing(@Value("${defendersdays.secrets.keyset:}") String keysetBase64) {
        if (keysetBase64.isBlank()) {
            throw new IllegalStateException("No encryption key: set DD_SECRETS_KEYSET (defendersdays.secrets.keyset) "
                    + "to the Base64 of a Tink AEAD keyset; see docs/operations.md");
        }
        try {
            AeadConfig.register();
            String json = new String(Base64.getDecoder().decode(keysetBase64.strip()), StandardCharsets.UTF_8);
            KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("DD_SECRETS_KEYSET is not a usable Tink AEAD keyset", e);
        }
    }

    @Override
    public byte[] seal(byte[] secret, PersonId owner) {
        try {
            return aead.encrypt(secret, associatedData(owner));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a secret", e);
        }
    }

    @Override
    public byte[] open(byte[] sealed, PersonId owner) {
        try {
            return aead.decrypt(sealed, associatedData(owner));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed secret does not open: altered, moved, or another key", e);
        }
    }

    private static byte[] associatedData(PersonId owner) {
        return (PURPOSE + owner).getBytes(StandardCharsets.UTF_8);
    }
}
