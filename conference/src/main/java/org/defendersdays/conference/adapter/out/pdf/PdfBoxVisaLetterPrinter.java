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
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new Writer(content, text, heading, PDRectangle.A4.getHeight() - MARGIN).write(letter);
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

    /** Writes the letter from the top of the page down. */
    private static final class Writer {

        private final PDPageContentStream content;
        private final PDFont text;
        private final PDFont bold;
        private float y;

        Writer(PDPageContentStream content, PDFont text, PDFont bold, float top) {
            this.content = content;
            this.text = text;
            this.bold = bold;
            this.y = top;
        }

        void write(VisaLetter letter) throws IOException {
            var head = letter.letterhead();
            line(bold, 17, head.organisation(), MARGIN);
            for (String address : head.address()) {
                line(text, 9.5f, address, MARGIN);
            }
            if (!head.contact().isBlank()) {
                line(text, 9.5f, head.contact(), MARGIN);
            }
            y -= 6;
            content.setLineWidth(1.2f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + WIDTH, y);
            content.stroke();
            y -= 22;

            PassportDetails passport = letter.passport();
            String dated = head.place() + ", " + date(letter.issuedOn());
            line(text, BODY, dated, MARGIN + WIDTH - text.getStringWidth(dated) / 1000 * BODY);
            line(text, BODY, "Reference: " + letter.reference(), MARGIN);
            y -= LEADING;
            line(bold, BODY, passport.embassy().map(embassy -> "To the Embassy/Consulate of " + embassy)
                    .orElse("To the Embassy or Consulate concerned"), MARGIN);
            y -= LEADING / 2;
            line(bold, BODY, "Re: Invitation to " + letter.editionName() + " - " + passport.nameInPassport(), MARGIN);
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
            signature();
            line(bold, BODY, head.signatoryName(), MARGIN);
            line(text, BODY, head.signatoryTitle(), MARGIN);
            line(text, BODY, head.organisation(), MARGIN);
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

        private void facts(List<String[]> rows) throws IOException {
            for (String[] row : rows) {
                line(bold, BODY, row[0] + ":", MARGIN + 12);
                y += LEADING;
                line(text, BODY, row[1], MARGIN + 150);
            }
            y -= LEADING / 2;
        }

        private void paragraph(String words) throws IOException {
            StringBuilder current = new StringBuilder();
            for (String word : words.split(" ")) {
                String tried = current.isEmpty() ? word : current + " " + word;
                if (text.getStringWidth(tried) / 1000 * BODY > WIDTH && !current.isEmpty()) {
                    line(text, BODY, current.toString(), MARGIN);
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(tried);
                }
            }
            if (!current.isEmpty()) {
                line(text, BODY, current.toString(), MARGIN);
            }
            y -= LEADING / 2;
        }

        private void line(PDFont font, float size, String words, float x) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(words);
            content.endText();
            y -= size > BODY + 1 ? size + 4 : LEADING;
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
