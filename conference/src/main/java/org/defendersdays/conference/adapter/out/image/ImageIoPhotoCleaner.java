package org.defendersdays.conference.adapter.out.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.defendersdays.conference.application.port.out.PhotoCleaner;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.springframework.stereotype.Component;

/**
 * Cleans uploaded photos with the JDK's ImageIO, nothing else. Only JPEG and PNG readers are used
 * (whatever the file claims to be, the reader is chosen by its content). The picture's size is read
 * from its header before any pixel is decoded, and anything over {@value #MAX_SOURCE_EDGE} px a side is
 * refused, so a small file that would unpack into gigabytes (a decompression bomb) never does. Large
 * pictures are decoded subsampled, then scaled to at most {@value PhotoCleaner#MAX_EDGE} px a side,
 * drawn onto an opaque white canvas and encoded afresh as JPEG: the new file carries the pixels and
 * nothing else of the upload (metadata is ignored when reading and none is written). At most two
 * pictures are decoded at once, so uploads cannot take all the memory between them.
 */
@Component
class ImageIoPhotoCleaner implements PhotoCleaner {

    static final int MAX_SOURCE_EDGE = 4000;
    private static final Set<String> FORMATS = Set.of("jpeg", "png");
    private static final float QUALITY = 0.85f;
    private static final String FIELD = "photo";

    private final Semaphore decoding = new Semaphore(2);

    ImageIoPhotoCleaner() {
        ImageIO.setUseCache(false);
    }

    @Override
    public byte[] clean(byte[] upload) {
        try {
            if (!decoding.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new ProgrammeRuleViolation(FIELD, "programme.photo.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProgrammeRuleViolation(FIELD, "programme.photo.busy");
        }
        try {
            return encode(scale(decode(upload)));
        } finally {
            decoding.release();
        }
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? Collections.<ImageReader>emptyIterator() : ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    try {
                        return read(reader, in);
                    } finally {
                        reader.dispose();
                    }
                }
            }
        } catch (ProgrammeRuleViolation refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw notAnImage();
        }
        throw notAnImage();
    }

    private static BufferedImage read(ImageReader reader, ImageInputStream in) throws IOException {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < 1 || height < 1) {
            throw notAnImage();
        }
        if (width > MAX_SOURCE_EDGE || height > MAX_SOURCE_EDGE) {
            throw new ProgrammeRuleViolation(FIELD, "programme.photo.tooManyPixels");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.max(width, height) / (2 * MAX_EDGE));
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = reader.read(0, param);
        if (image == null || image.getWidth() > MAX_SOURCE_EDGE || image.getHeight() > MAX_SOURCE_EDGE) {
            throw notAnImage();
        }
        return image;
    }

    /** Halves while that still leaves it larger than the target (smoother than one big step), then fits it. */
    private static BufferedImage scale(BufferedImage source) {
        int width = source.getWidth();
        int height = source.getHeight();
        double factor = Math.min(1.0, (double) MAX_EDGE / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * factor));
        int targetHeight = Math.max(1, (int) Math.round(height * factor));
        BufferedImage current = source;
        while (width / 2 >= targetWidth && height / 2 >= targetHeight) {
            width /= 2;
            height /= 2;
            current = draw(current, width, height);
        }
        return draw(current, targetWidth, targetHeight);
    }

    /** Draws onto a fresh opaque RGB canvas: transparency becomes white, and nothing but pixels is copied. */
    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = canvas.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return canvas;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ProgrammeRuleViolation notAnImage() {
        return new ProgrammeRuleViolation(FIELD, "programme.photo.notAnImage");
    }
}
