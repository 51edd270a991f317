package org.defendersdays.conference.adapter.out.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.travel.Letterhead;
import org.defendersdays.conference.domain.travel.PassportDetails;
import org.defendersdays.conference.domain.travel.RequestStatus;
import org.defendersdays.conference.domain.travel.SupportAmount;
import org.defendersdays.conference.domain.travel.SupportCurrency;
import org.defendersdays.conference.domain.travel.SupportPurpose;
import org.defendersdays.conference.domain.travel.TravelSupportRequest;
import org.defendersdays.conference.domain.travel.TravelSupportRequestId;
import org.defendersdays.conference.domain.travel.VisaLetter;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;

/** The printed letter, read back with PDFBox's own text extraction. */
class PdfBoxVisaLetterPrinterTest {

    private final PdfBoxVisaLetterPrinter printer = new PdfBoxVisaLetterPrinter();

    private static final Letterhead LETTERHEAD = new Letterhead("Defenders' Days Foundation",
            List.of("Example Street 1", "SE-111 22 Stockholm", "Sweden"), "Stockholm", "Anna Andersson",
            "Programme Director", "visa@defendersdays.example");

    private static final PassportDetails PASSPORT = new PassportDetails("Zoë Núñez Ødegård", "Kenyan",
            LocalDate.of(1988, 2, 29), "AK1234567", LocalDate.of(2045, 3, 1), LocalDate.of(2055, 2, 28), "Kenya",
            Optional.of("Sweden in Nairobi"));

    private static VisaLetter letter(VisaLetter.Coverage coverage) {
        return new VisaLetter(LETTERHEAD, "DD-2050-0A1B2C3D", LocalDate.of(2050, 1, 15), PASSPORT, "Defenders' Days 2050",
                Optional.of("Protection in practice"), LocalDate.of(2050, 5, 4), LocalDate.of(2050, 5, 7), "Stockholm",
                Optional.of("Folkets Hus"), coverage);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Visa invitation letter DD-2050-0A1B2C3D");
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theLetterStatesWhoIsInvitedToWhatWhenAndWhere() throws IOException {
        TravelSupportRequest support = new TravelSupportRequest(TravelSupportRequestId.generate(), EditionId.generate(),
                PersonId.generate(), new SupportAmount(new BigDecimal("900"), SupportCurrency.EUR),
                Set.of(SupportPurpose.TRAVEL, SupportPurpose.ACCOMMODATION), RequestStatus.APPROVED,
                Optional.of(new SupportAmount(new BigDecimal("750"), SupportCurrency.EUR)), Optional.empty(),
                Instant.now(), Optional.of(Instant.now()), false);

        byte[] pdf = printer.print(letter(VisaLetter.Coverage.of(Optional.of(support), true)));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Defenders' Days Foundation", "Stockholm, 15 January 2050",
                "Reference: DD-2050-0A1B2C3D", "To the Embassy/Consulate of Sweden in Nairobi", "Zoë Núñez Ødegård",
                "Kenyan", "29 February 1988", "AK1234567", "1 March 2045", "28 February 2055",
                "4 May 2050 to 7 May 2050", "Folkets Hus, Stockholm", "Protection in practice",
                "travel and accommodation, up to EUR 750.00", "conference days are provided by the organisers",
                "Anna Andersson", "Programme Director", "Yours faithfully");
    }

    @Test
    void withoutApprovedSupportTheParticipantCoversTheirOwnTravel() throws IOException {
        String text = text(printer.print(letter(VisaLetter.Coverage.of(Optional.empty(), false))));

        assertThat(text).contains("The participant covers their own travel and accommodation costs.")
                .doesNotContain("Meals");
    }

    @Test
    void longNamesPlacesAndThemesWrapInsteadOfRunningOffThePage() throws IOException {
        String name = "Maria-Fernanda Concepción de los Ángeles Ñúñez Ødegård Łukasiewicz ".repeat(2).strip();
        String embassy = "the Kingdom of Sweden, Consular Section, at the Embassy in Nairobi, United Nations Crescent, "
                + "Gigiri, for applicants resident in Kenya, Uganda, Rwanda and Burundi";
        PassportDetails passport = new PassportDetails(name, "Kenyan", LocalDate.of(1988, 2, 29), "AK1234567",
                LocalDate.of(2045, 3, 1), LocalDate.of(2055, 2, 28), "Kenya", Optional.of(embassy));
        VisaLetter letter = new VisaLetter(LETTERHEAD, "DD-2050-0A1B2C3D", LocalDate.of(2050, 1, 15), passport,
                "Defenders' Days 2050", Optional.of("Protection in practice, ".repeat(12).strip()),
                LocalDate.of(2050, 5, 4), LocalDate.of(2050, 5, 7), "Stockholm",
                Optional.of("Folkets Hus, a very long venue description ".repeat(4).strip()),
                VisaLetter.Coverage.of(Optional.empty(), true));

        byte[] pdf = printer.print(letter);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(name, "Gigiri, for applicants resident in Kenya", "AK1234567", "Anna Andersson");
            float width = document.getPage(0).getMediaBox().getWidth();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                var positions = new java.util.ArrayList<Float>();
                PDFTextStripper edges = new PDFTextStripper() {
                    @Override
                    protected void writeString(String string, java.util.List<org.apache.pdfbox.text.TextPosition> glyphs) {
                        glyphs.forEach(glyph -> positions.add(glyph.getXDirAdj() + glyph.getWidthDirAdj()));
                    }
                };
                edges.setStartPage(page + 1);
                edges.setEndPage(page + 1);
                edges.getText(document);
                assertThat(positions).allMatch(right -> right <= width - 50);
            }
        }
    }

    @Test
    void theFontShowsLatinLettersWithAccentsButNotOtherScripts() {
        assertThat(printer.canPrint("Zoë Núñez Ødegård Łukasz Şule")).isTrue();
        assertThat(printer.canPrint("Ω")).isTrue();
        assertThat(printer.canPrint("أمينة")).isFalse();
        assertThat(printer.canPrint("山田")).isFalse();
    }
}
