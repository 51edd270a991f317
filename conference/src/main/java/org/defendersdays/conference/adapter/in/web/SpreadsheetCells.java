package org.defendersdays.conference.adapter.in.web;

/**
 * Keeps a spreadsheet from reading a cell as a formula: a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe (OWASP's advice on CSV
 * injection), whatever else it holds.
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
