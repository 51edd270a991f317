package org.defendersdays.conference.adapter.out.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

import org.defendersdays.conference.TestPictures;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.junit.jupiter.api.Test;

/** What is kept of an upload: its pixels, scaled down, as a fresh JPEG, and nothing else. */
class ImageIoPhotoCleanerTest {

    private final ImageIoPhotoCleaner cleaner = new ImageIoPhotoCleaner();

    @Test
    void aPhonePhotosGpsPositionAndCameraDoNotSurvive() {
        byte[] upload = TestPictures.jpegWithGpsPosition(800, 600);
        assertThat(TestPictures.markersBeforeScan(upload)).contains(0xe1);
        assertThat(TestPictures.contains(upload, TestPictures.GPS_LATITUDE)).isTrue();
        assertThat(TestPictures.read(upload)).as("the upload is a readable JPEG").isNotNull();

        byte[] kept = cleaner.clean(upload);

        assertThat(TestPictures.markersBeforeScan(kept)).as("segments of the kept photo")
                .doesNotContain(0xe1, 0xe2, 0xed, 0xfe);
        assertThat(TestPictures.contains(kept, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(TestPictures.contains(kept, "PhoneCam".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(TestPictures.contains(kept, TestPictures.GPS_LATITUDE)).isFalse();
        BufferedImage image = TestPictures.read(kept);
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(450);
    }

    @Test
    void aPngIsAcceptedAndKeptAsAnOpaqueJpeg() {
        byte[] kept = cleaner.clean(TestPictures.png(300, 200));

        assertThat(kept[0] & 0xff).isEqualTo(0xff);
        assertThat(kept[1] & 0xff).isEqualTo(0xd8);
        BufferedImage image = TestPictures.read(kept);
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(200);
        assertThat(image.getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void aLargePictureIsScaledToAtMost600PixelsASide() {
        BufferedImage image = TestPictures.read(cleaner.clean(TestPictures.jpeg(1500, 3900)));

        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(image.getWidth()).isBetween(230, 231);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAlone() {
        byte[] bomb = TestPictures.pngBomb(12_000);
        assertThat(bomb.length).as("a small file").isLessThan(200_000);

        assertRefused(bomb, "programme.photo.tooManyPixels");
        assertRefused(TestPictures.png(4001, 10), "programme.photo.tooManyPixels");
    }

    @Test
    void whatIsNotAJpegOrPngIsRefused() {
        assertRefused("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8),
                "programme.photo.notAnImage");
        assertRefused(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'},
                "programme.photo.notAnImage");
        byte[] gif = new byte[0];
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "gif", out);
            gif = out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertRefused(gif, "programme.photo.notAnImage");
        assertRefused(new byte[0], "programme.photo.notAnImage");
    }

    private void assertRefused(byte[] upload, String key) {
        assertThatThrownBy(() -> cleaner.clean(upload)).isInstanceOfSatisfying(ProgrammeRuleViolation.class,
                violation -> {
                    assertThat(violation.field()).isEqualTo("photo");
                    assertThat(violation.messageKey()).isEqualTo(key);
                });
    }
}
