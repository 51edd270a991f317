package org.defendersdays.identity.application.port.out;

/** Draws QR codes on the server, so no third party ever sees what they encode. */
public interface QrCodes {

    /** The text as a QR code in a standalone SVG document. */
    String svg(String text);
}
