package org.defendersdays.conference.adapter.out.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.defendersdays.conference.application.port.out.VisaLetterPrinter;
import org.defendersdays.conference.domain.travel.PassportDetails;
import org.defendersdays.conference.domain.travel.SupportPurpose;
import org.defendersdays.conference.domain.travel.VisaLetter;
import org.springframework.stereotype.Component;

/**
 * Prints a visa invitation letter on one A4 page with PDFBox: the letterhead, date and reference,
 * the addressee, the traveller's passport facts, the edition, what is covered, and a signature block
 * with a drawn signature. Liberation Serif (regular and bold, under its licence in
 * {@code fonts/LICENSE-Liberation.txt}) is embedded as a subset, so names with accents render and
 * the text can be extracted again. The document is built in memory and never written to disk; its
 * metadata carries the reference only.
 */
@Component
class PdfBoxVisaLetterPrinter implements VisaLetterPrinter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final float MARGIN = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 10.5f;
    private static final float LEADING = 14.5f;

    private final byte[] regular;
    private final byte[] bold;
    private final CmapLookup glyphs;

    PdfBoxVisaLetterPrinter() {
        this.regular = font("fonts/LiberationSerif-Regular.ttf");
        this.bold = font("fonts/LiberationSerif-Bold.ttf");
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(regular))) {
            this.glyphs = ttf.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean canPrint(String text) {
        return text.codePoints().allMatch(cp -> cp == ' ' || glyphs.getGlyphId(cp) > 0);
    }

    @Override
    public byte[] print(VisaLetter letter) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Visa invitation letter " + letter.reference());
            info.setAuthor(letter.letterhead().organisation());
            PDFont text = PDType0Font.load(document, new java.io.ByteArrayInputStream(regular), true);
            PDFont heading = PDType0Font.load(document, new java.io.ByteArrayInputStream(bold), true);
            try (Writer writer = new Writer(document, text, heading)) {
                writer.write(letter);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String path) {
        try (InputStream in = PdfBoxVisaLetterPrinter.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the letter font is missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** Writes the letter from the top of the page down, wrapping long lines and going on to a new page if needed. */
    private static final class Writer implements AutoCloseable {

        private static final float BOTTOM = 56;
        private static final float LABELS = 150;

        private final PDDocument document;
        private final PDFont text;
        private final PDFont bold;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, PDFont text, PDFont bold) throws IOException {
            this.document = document;
            this.text = text;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            content.close();
        }

        void write(VisaLetter letter) throws IOException {
            var head = letter.letterhead();
            lines(bold, 17, head.organisation(), MARGIN, WIDTH);
            for (String address : head.address()) {
                lines(text, 9.5f, address, MARGIN, WIDTH);
            }
            if (!head.contact().isBlank()) {
                lines(text, 9.5f, head.contact(), MARGIN, WIDTH);
            }
            y -= 6;
            content.setLineWidth(1.2f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + WIDTH, y);
            content.stroke();
            y -= 22;

            PassportDetails passport = letter.passport();
            String dated = head.place() + ", " + date(letter.issuedOn());
            float datedWidth = Math.min(WIDTH, text.getStringWidth(dated) / 1000 * BODY);
            lines(text, BODY, dated, MARGIN + WIDTH - datedWidth, datedWidth + 1);
            lines(text, BODY, "Reference: " + letter.reference(), MARGIN, WIDTH);
            y -= LEADING;
            lines(bold, BODY, passport.embassy().map(embassy -> "To the Embassy/Consulate of " + embassy)
                    .orElse("To the Embassy or Consulate concerned"), MARGIN, WIDTH);
            y -= LEADING / 2;
            lines(bold, BODY, "Re: Invitation to " + letter.editionName() + " - " + passport.nameInPassport(), MARGIN,
                    WIDTH);
            y -= LEADING / 2;
            paragraph("Dear Sir or Madam,");
            paragraph(head.organisation() + " hereby invites the person named below to take part in "
                    + letter.editionName() + ", an international conference for human rights defenders. "
                    + "The participant has been selected by the organisers and holds a confirmed place.");

            facts(List.of(
                    new String[] {"Name (as in passport)", passport.nameInPassport()},
                    new String[] {"Nationality", passport.nationality()},
                    new String[] {"Date of birth", date(passport.dateOfBirth())},
                    new String[] {"Passport number", passport.passportNumber()},
                    new String[] {"Issued by", passport.issuingCountry()},
                    new String[] {"Date of issue", date(passport.issuedOn())},
                    new String[] {"Valid until", date(passport.expiresOn())}));
            facts(List.of(
                    new String[] {"Event", letter.editionName()
                            + letter.theme().map(theme -> ": " + theme).orElse("")},
                    new String[] {"Dates", date(letter.starts()) + " to " + date(letter.ends())},
                    new String[] {"Place", letter.venue().map(venue -> venue + ", ").orElse("") + letter.city()}));

            paragraph(coverage(letter.coverage()));
            paragraph("We kindly ask you to grant " + passport.nameInPassport()
                    + " the visa needed to attend the conference for its full duration. We will be glad to confirm "
                    + "these details on request, quoting the reference above.");
            paragraph("Yours faithfully,");
            room(44 + 3 * LEADING);
            signature();
            lines(bold, BODY, head.signatoryName(), MARGIN, WIDTH);
            lines(text, BODY, head.signatoryTitle(), MARGIN, WIDTH);
            lines(text, BODY, head.organisation(), MARGIN, WIDTH);
        }

        private static String coverage(VisaLetter.Coverage coverage) {
            StringBuilder said = new StringBuilder();
            if (coverage.ownTravel()) {
                said.append("The participant covers their own travel and accommodation costs.");
            } else {
                List<String> items = new ArrayList<>();
                if (coverage.purposes().contains(SupportPurpose.TRAVEL)) {
                    items.add("travel");
                }
                if (coverage.purposes().contains(SupportPurpose.ACCOMMODATION)) {
                    items.add("accommodation");
                }
                if (coverage.purposes().contains(SupportPurpose.VISA_FEES)) {
                    items.add("visa fees");
                }
                said.append("The organisers cover the participant's ").append(joined(items))
                        .append(coverage.upTo().map(amount -> ", up to " + amount.formatted()).orElse(""))
                        .append('.');
            }
            if (coverage.meals()) {
                said.append(" Meals during the conference days are provided by the organisers.");
            }
            return said.toString();
        }

        private static String joined(List<String> items) {
            if (items.size() == 1) {
                return items.get(0);
            }
            return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                    + items.get(items.size() - 1);
        }

        /** Label and value side by side; a long value wraps in its own column. */
        private void facts(List<String[]> rows) throws IOException {
            for (String[] row : rows) {
                List<String> values = wrap(text, BODY, row[1], WIDTH - LABELS);
                room(values.size() * LEADING);
                show(bold, BODY, row[0] + ":", MARGIN + 12, y);
                for (String value : values) {
                    show(text, BODY, value, MARGIN + LABELS, y);
                    y -= LEADING;
                }
            }
            y -= LEADING / 2;
        }

        private void paragraph(String words) throws IOException {
            lines(text, BODY, words, MARGIN, WIDTH);
            y -= LEADING / 2;
        }

        /** Writes the words at {@code x}, wrapped to {@code width}, moving down a line each. */
        private void lines(PDFont font, float size, String words, float x, float width) throws IOException {
            float step = size > BODY + 1 ? size + 4 : LEADING;
            for (String line : wrap(font, size, words, width)) {
                room(step);
                show(font, size, line, x, y);
                y -= step;
            }
        }

        private void show(PDFont font, float size, String words, float x, float at) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, at);
            content.showText(words);
            content.endText();
        }

        /** Goes on to a new page unless {@code height} still fits on this one. */
        private void room(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        /** Lines of at most {@code width} points; a word longer than a line is cut. */
        private static List<String> wrap(PDFont font, float size, String words, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : words.split(" ")) {
                String tried = current.isEmpty() ? word : current + " " + word;
                if (width(font, size, tried) <= width) {
                    current = new StringBuilder(tried);
                    continue;
                }
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                }
                current = new StringBuilder(word);
                while (width(font, size, current.toString()) > width && current.length() > 1) {
                    int cut = current.length() - 1;
                    while (cut > 1 && width(font, size, current.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(current.substring(0, cut));
                    current = new StringBuilder(current.substring(cut));
                }
            }
            if (!current.isEmpty() || lines.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }

        private static float width(PDFont font, float size, String words) throws IOException {
            return font.getStringWidth(words) / 1000 * size;
        }

        /** A pen stroke that reads as a handwritten signature. */
        private void signature() throws IOException {
            float x = MARGIN + 4;
            float base = y - 18;
            content.setLineWidth(1.1f);
            content.setStrokingColor(0.08f, 0.16f, 0.45f);
            content.moveTo(x, base);
            content.curveTo(x + 10, base + 30, x + 22, base + 26, x + 26, base + 4);
            content.curveTo(x + 30, base - 14, x + 44, base + 22, x + 58, base + 10);
            content.curveTo(x + 70, base, x + 78, base + 24, x + 96, base + 6);
            content.curveTo(x + 108, base - 6, x + 120, base + 12, x + 150, base + 2);
            content.stroke();
            content.setStrokingColor(0f, 0f, 0f);
            y -= 44;
        }
    }
}
