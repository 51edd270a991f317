package org.defendersdays.identity.adapter.out.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * The SVG is read back the way a phone would: parsed as XML, painted into pixels from its own
 * markup, and decoded by ZXing's QR reader, which has to find the code in the picture.
 */
class ZxingSvgQrCodesTest {

    private static final String URI = "otpauth://totp/Defenders%27%20Days:Maria"
            + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Defenders%27%20Days";
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final int PIXELS_PER_MODULE = 4;

    private final String svg = new ZxingSvgQrCodes().svg(URI);

    @Test
    void itIsAWellFormedStandaloneSvgDocument() throws Exception {
        Element root = parse(svg).getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
        assertThat(root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()).isEqualTo(1);
    }

    @Test
    void itUsesAttributesOnlyAndLoadsNothing() {
        assertThat(svg).doesNotContain("style", "href", "<script").contains("fill=\"#000\"", "fill=\"#fff\"");
        assertThat(svg.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
    }

    @Test
    void aQrReaderFindsTheUriInThePicture() throws Exception {
        assertThat(decode(svg).getText()).isEqualTo(URI);
    }

    @Test
    void theQuietZoneIsFourModulesWide() throws Exception {
        boolean[][] modules = modules(svg);
        int size = modules.length;
        for (int i = 0; i < size; i++) {
            for (int edge = 0; edge < ZxingSvgQrCodes.QUIET_ZONE_MODULES; edge++) {
                assertThat(modules[edge][i] || modules[i][edge] || modules[size - 1 - edge][i] || modules[i][size - 1 - edge])
                        .as("quiet zone at %d/%d", edge, i).isFalse();
            }
        }
        assertThat(modules[ZxingSvgQrCodes.QUIET_ZONE_MODULES][ZxingSvgQrCodes.QUIET_ZONE_MODULES])
                .as("the top-left finder pattern starts right after the quiet zone").isTrue();
    }

    private static Result decode(String svg) throws Exception {
        boolean[][] modules = modules(svg);
        int size = modules.length * PIXELS_PER_MODULE;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = modules[y / PIXELS_PER_MODULE][x / PIXELS_PER_MODULE] ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))));
    }

    /** The dark modules the SVG paints, rebuilt from its viewBox and path. */
    private static boolean[][] modules(String svg) throws Exception {
        Element root = parse(svg).getDocumentElement();
        String[] viewBox = root.getAttribute("viewBox").split(" ");
        int width = Integer.parseInt(viewBox[2]);
        int height = Integer.parseInt(viewBox[3]);
        assertThat(width).isEqualTo(height);
        boolean[][] modules = new boolean[height][width];
        String d = ((Element) root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").item(0)).getAttribute("d");
        Matcher run = RUN.matcher(d);
        int end = 0;
        while (run.find()) {
            assertThat(run.start()).as("nothing but runs in the path").isEqualTo(end);
            end = run.end();
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertThat(run.group(4)).isEqualTo(run.group(3));
            for (int i = x; i < x + length; i++) {
                modules[y][i] = true;
            }
        }
        assertThat(end).isEqualTo(d.length());
        return modules;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
