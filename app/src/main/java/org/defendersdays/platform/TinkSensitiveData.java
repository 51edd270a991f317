package org.defendersdays.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import org.defendersdays.sharedkernel.crypto.SensitiveData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;

/**
 * Seals the modules' sensitive fields with Tink's AEAD (AES-256-GCM), keyed by the same
 * environment-held keyset as identity's secrets ({@code DD_SECRETS_KEYSET}); the associated data
 * names the purpose and the record, so the two uses never open each other's values. Rotating the
 * key is adding one to the keyset and making it primary: old values still open.
 */
@Component
class TinkSensitiveData implements SensitiveData {

    private final Aead aead;

    TinkSensitiveData(@Value("${defendersdays.secrets.keyset:}") String keysetBase64) {
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
    public byte[] seal(String plaintext, Context context) {
        try {
            return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context.associatedData());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a value", e);
        }
    }

    @Override
    public String open(byte[] sealed, Context context) {
        try {
            return new String(aead.decrypt(sealed, context.associatedData()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value does not open: altered, moved, or another key", e);
        }
    }
}
