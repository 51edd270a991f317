package org.defendersdays.identity.adapter.out.qr;

import com.google.zxing.common.BitMatrix;

/**
 * Draws a QR matrix as SVG: a white square and one black path made of a rectangle per horizontal
 * run of dark modules. Attributes only (no inline style), so a strict Content-Security-Policy
 * does not get in the way; {@code crispEdges} keeps the modules sharp at any scale.
 */
final class SvgQrDrawing {

    /** The image's natural size; pages may scale it, the viewBox keeps the proportions. */
    static final int PIXELS_PER_MODULE = 4;

    private SvgQrDrawing() {
    }

    static String draw(BitMatrix matrix) {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && matrix.get(x, y)) {
                    x++;
                }
                int run = x - start;
                path.append('M').append(start).append(' ').append(y)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + width + " " + height
                + "\" width=\"" + width * PIXELS_PER_MODULE + "\" height=\"" + height * PIXELS_PER_MODULE
                + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/>"
                + "</svg>\n";
    }
}
