package org.defendersdays.conference;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import org.defendersdays.sharedkernel.crypto.SensitiveData;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/** Seals with a real Tink AEAD under a key made for this test run, as the app does with its own key. */
public final class TinkForTests implements SensitiveData {

    private final Aead aead;

    public TinkForTests() {
        try {
            AeadConfig.register();
            this.aead = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] seal(String plaintext, Context context) {
        try {
            return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context.associatedData());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String open(byte[] sealed, Context context) {
        try {
            return new String(aead.decrypt(sealed, context.associatedData()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value does not open", e);
        }
    }
}
