package org.defendersdays.identity.application.port.in;

import org.defendersdays.identity.domain.totp.TotpLabel;
import org.defendersdays.identity.domain.totp.TotpSecret;

/**
 * Setting up an authenticator app: a fresh secret, its key URI and its QR code. The caller keeps
 * the secret pending (in the session) and confirms it with {@link VerifyTotpCodeUseCase}.
 */
public interface SetUpTotpUseCase {

    /** A new random secret for the account, with its key URI. */
    TotpSetup start(TotpLabel label);

    /** The setup of a secret kept pending, for instance to draw its QR code on a second request. */
    TotpSetup resume(TotpSecret pendingSecret, TotpLabel label);

    /**
     * The key URI as a QR code: a standalone SVG document, drawn by the app itself, for a page to
     * serve from its own address with {@code Cache-Control: no-store} (it shows the secret).
     */
    String qrCodeSvg(TotpSetup setup);
}
