package org.defendersdays.identity.domain.password;

import java.util.Locale;

/**
 * Patterns an attacker tries before any list (NIST SP 800-63B names repetitive and sequential
 * characters). Lists such as zxcvbn's leave them out because a pattern rule finds them, so the
 * policy needs this rule as well as the list.
 */
final class GuessablePatterns {

    private GuessablePatterns() {
    }

    /**
     * Whether the password only repeats a unit shorter than the shortest allowed password
     * ("aaaaaaaaaaaa", "abcabcabcabc", "passpasspass"): repeating a too-short password does not
     * make it stronger. A long unit repeated ("correct horse staple" twice) is left alone.
     */
    static boolean repeatsAShortUnit(String password, int shortestAllowed) {
        int[] codePoints = password.toLowerCase(Locale.ROOT).codePoints().toArray();
        for (int unit = 1; unit < shortestAllowed && unit * 2 <= codePoints.length; unit++) {
            if (repeats(codePoints, unit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeats(int[] codePoints, int unit) {
        for (int i = unit; i < codePoints.length; i++) {
            if (codePoints[i] != codePoints[i - unit]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the whole password runs straight up or down by one: "abcdefghijkl", "lkjihgfedcba",
     * and, with digits wrapping from 9 to 0, "123456789012" or "987654321098".
     */
    static boolean isStraightSequence(String password) {
        int[] codePoints = password.toLowerCase(Locale.ROOT).codePoints().toArray();
        if (codePoints.length < 3) {
            return false;
        }
        int direction = step(codePoints[0], codePoints[1]);
        if (direction != 1 && direction != -1) {
            return false;
        }
        for (int i = 2; i < codePoints.length; i++) {
            if (step(codePoints[i - 1], codePoints[i]) != direction) {
                return false;
            }
        }
        return true;
    }

    private static int step(int from, int to) {
        if (isAsciiDigit(from) && isAsciiDigit(to)) {
            int up = Math.floorMod(to - from, 10);
            return up == 1 ? 1 : up == 9 ? -1 : 0;
        }
        return to - from;
    }

    private static boolean isAsciiDigit(int codePoint) {
        return codePoint >= '0' && codePoint <= '9';
    }
}
