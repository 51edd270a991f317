package org.defendersdays.identity.adapter.out.qr;

import java.util.Map;

import org.defendersdays.identity.application.port.out.QrCodes;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes encoded by ZXing and drawn as SVG here, so the secret in a TOTP key URI never leaves
 * the server. Error correction M (15%) reads well from a screen; the four-module quiet zone is
 * what the QR standard asks for. Meant for ASCII text such as a percent-encoded URI.
 */
@Component
class ZxingSvgQrCodes implements QrCodes {

    static final int QUIET_ZONE_MODULES = 4;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, QUIET_ZONE_MODULES);

    @Override
    public String svg(String text) {
        return SvgQrDrawing.draw(encode(text));
    }

    /** One matrix cell per module, quiet zone included (a size of 0 asks ZXing for no scaling). */
    static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code", e);
        }
    }
}
