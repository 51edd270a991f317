package org.defendersdays.conference.adapter.in.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.defendersdays.conference.application.port.in.DecideCommand;
import org.defendersdays.conference.application.port.in.SelectApplicantsUseCase;
import org.defendersdays.conference.application.port.in.SelectApplicantsUseCase.ExportRow;
import org.defendersdays.conference.application.port.in.SelectApplicantsUseCase.Row;
import org.defendersdays.conference.application.port.in.SelectApplicantsUseCase.SelectionBoard;
import org.defendersdays.conference.application.port.in.SelectionNotFound;
import org.defendersdays.conference.application.port.in.StaleSelection;
import org.defendersdays.conference.domain.selection.Outcome;
import org.defendersdays.conference.domain.selection.SelectionRuleViolation;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Selection for conference admins: every submitted application with the reviewers' totals side by
 * side, places and quotas, the decisions, the waitlist order, high-risk marks, and the CSV export.
 * Reviewers cannot reach these pages (the module's access rules).
 */
@Controller
@RequestMapping("/admin/conference/editions/{year}")
class SelectionAdminController {

    private final SelectApplicantsUseCase selection;

    SelectionAdminController(SelectApplicantsUseCase selection) {
        this.selection = selection;
    }

    @GetMapping("/selection")
    String board(@PathVariable int year, @RequestParam(required = false) String sort, Model model) {
        SelectionBoard board = board(year);
        List<Row> rows = board.rows();
        boolean byMean = !"reference".equals(sort);
        if (byMean) {
            rows = rows.stream().sorted(Comparator.comparingDouble((Row row) -> row.summary().mean().orElse(-1))
                    .reversed()).toList();
        } else {
            rows = rows.stream().sorted(Comparator.comparing(row -> row.application().reference())).toList();
        }
        model.addAttribute("board", board);
        model.addAttribute("rows", rows);
        model.addAttribute("sortedByMean", byMean);
        model.addAttribute("outcomes", Outcome.values());
        return "conference/admin/selection";
    }

    @PostMapping("/selection/{id}/decision")
    String decide(@PathVariable int year, @PathVariable UUID id, @RequestParam String outcome,
            @RequestParam(required = false) String version, CurrentPerson person, RedirectAttributes redirect) {
        Outcome decided;
        try {
            decided = Outcome.valueOf(outcome);
        } catch (IllegalArgumentException unknown) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return act(year, redirect, "selection.decision.saved." + decided.name(),
                () -> selection.decide(new DecideCommand(person.id(), id, decided, seen(version))));
    }

    @PostMapping("/selection/{id}/waitlist")
    String move(@PathVariable int year, @PathVariable UUID id, @RequestParam String direction, CurrentPerson person,
            RedirectAttributes redirect) {
        if (!"up".equals(direction) && !"down".equals(direction)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return act(year, redirect, "selection.waitlist.moved",
                () -> selection.moveOnWaitlist(person.id(), id, "up".equals(direction)));
    }

    @PostMapping("/selection/{id}/high-risk")
    String highRisk(@PathVariable int year, @PathVariable UUID id, @RequestParam boolean highRisk,
            CurrentPerson person, RedirectAttributes redirect) {
        return act(year, redirect, highRisk ? "selection.highRisk.marked" : "selection.highRisk.unmarked",
                () -> selection.markHighRisk(person.id(), id, highRisk));
    }

    /** The export: no high-risk applicant, no sealed value, no name; every cell safe for spreadsheets. */
    @GetMapping("/selection.csv")
    ResponseEntity<byte[]> export(@PathVariable int year, CurrentPerson person) {
        List<ExportRow> rows;
        try {
            rows = selection.export(person.id(), year);
        } catch (SelectionNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("selection-" + year + ".csv").build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(csv(rows).getBytes(StandardCharsets.UTF_8));
    }

    static String csv(List<ExportRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("reference", "region", "country", "languages", "needs", "first_time", "mean_score",
                    "decision", "place");
            for (ExportRow row : rows) {
                printer.printRecord(List.of(row.reference(), nullable(row.region()), nullable(row.country()),
                        String.join(" ", row.languages()), String.join(" ", row.needs()),
                        row.attendedBefore().map(attended -> attended ? "no" : "yes").orElse(""),
                        row.meanScore().map(mean -> String.format(Locale.ROOT, "%.2f", mean)).orElse(""),
                        row.decision().orElse(""), row.place().orElse("")).stream()
                        .map(SpreadsheetCells::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }

    private SelectionBoard board(int year) {
        try {
            return selection.board(year);
        } catch (SelectionNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static String act(int year, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (SelectionNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (StaleSelection | org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "selection.decision.stale");
        } catch (SelectionRuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/admin/conference/editions/" + year + "/selection";
    }

    /** A version that does not read as one is refused as stale (-1 is never a decision's version). */
    private static long seen(String version) {
        try {
            return version == null ? -1 : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
