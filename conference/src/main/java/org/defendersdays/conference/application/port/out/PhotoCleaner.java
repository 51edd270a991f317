package org.defendersdays.conference.application.port.out;

/**
 * Turns an uploaded picture into a photo fit to keep and show: decoded, checked, scaled down and
 * encoded again as JPEG, so that nothing of the original file but its pixels survives (no EXIF, GPS
 * position, camera serial, comments or thumbnails).
 */
public interface PhotoCleaner {

    /** Edges longer than this are scaled down to it. */
    int MAX_EDGE = 600;

    /**
     * @return the cleaned JPEG bytes
     * @throws org.defendersdays.conference.domain.programme.ProgrammeRuleViolation (field {@code photo})
     *         if the upload is not a JPEG or PNG picture that can be read, or is too large in pixels
     */
    byte[] clean(byte[] upload);
}
