package org.defendersdays.conference;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/** Pictures for tests, made on the spot: nothing binary is checked in. */
public final class TestPictures {

    /** The latitude written into {@link #jpegWithGpsPosition}: 59° 19' 45.12" N (Stockholm), as EXIF rationals. */
    public static final byte[] GPS_LATITUDE = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN)
            .putInt(59).putInt(1).putInt(19).putInt(1).putInt(4512).putInt(100).array();

    private TestPictures() {
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** A PNG that is tiny as a file but would take edge x edge pixels (12000: 576 MB as ARGB) once decoded. */
    public static byte[] pngBomb(int edge) {
        return encode(new BufferedImage(edge, edge, BufferedImage.TYPE_BYTE_BINARY), "png");
    }

    /**
     * A JPEG as a phone writes it: with an EXIF block (APP1) holding a GPS position (latitude
     * {@link #GPS_LATITUDE}, reference "N") and a camera model.
     */
    public static byte[] jpegWithGpsPosition(int width, int height) {
        byte[] plain = jpeg(width, height);
        // EXIF: a little-endian TIFF with IFD0 (Model, GPS IFD pointer) and a GPS IFD (latitude ref and value).
        ByteBuffer tiff = ByteBuffer.allocate(120).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        int modelText = gpsIfd + 2 + 2 * 12 + 4;
        int latitude = modelText + 12;
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0110).putShort((short) 2).putInt(12).putInt(modelText);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(latitude);
        tiff.putInt(0);
        tiff.put("PhoneCam X1\0".getBytes(StandardCharsets.US_ASCII));
        tiff.put(GPS_LATITUDE);
        byte[] exif = new byte[6 + tiff.position()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());
        // Inserted after the JFIF segment (APP0), where cameras put theirs.
        int app0Length = ((plain[4] & 0xff) << 8) | (plain[5] & 0xff);
        int at = 4 + app0Length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, at);
        out.write(0xff);
        out.write(0xe1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xff);
        out.write(exif, 0, exif.length);
        out.write(plain, at, plain.length - at);
        return out.toByteArray();
    }

    /** The markers of a JPEG's segments before its image data (0xE0 for APP0, 0xE1 for APP1/EXIF, ...). */
    public static List<Integer> markersBeforeScan(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff;
            markers.add(marker);
            if (marker == 0xda) {
                break;
            }
            at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
        }
        return markers;
    }

    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(30, 90, 160));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(240, 200, 40, 128));
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
