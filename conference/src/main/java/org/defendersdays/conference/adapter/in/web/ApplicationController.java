package org.defendersdays.conference.adapter.in.web;

import java.text.Collator;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.defendersdays.conference.application.port.in.ApplyForEditionCommand;
import org.defendersdays.conference.application.port.in.ApplyForEditionUseCase;
import org.defendersdays.conference.application.port.in.ApplyForEditionUseCase.OwnApplication;
import org.defendersdays.conference.application.port.in.StaleApplication;
import org.defendersdays.conference.application.port.in.UnknownCall;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.domain.application.Application;
import org.defendersdays.conference.domain.application.ApplicationContent;
import org.defendersdays.conference.domain.application.ApplicationRuleViolation;
import org.defendersdays.conference.domain.application.CallPhase;
import org.defendersdays.conference.domain.application.Gender;
import org.defendersdays.conference.domain.application.PhotoPreference;
import org.defendersdays.conference.domain.application.RegionOfWork;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in member's own application to an edition (members only, see the access rules): the form
 * while the call is open (save a draft, submit, change until it closes), a clear word before it
 * opens and after it closes, and withdrawing with a confirmation step. The address names the
 * edition only: a person reaches their own application and no one else's.
 *
 * <p>A form that cannot be used comes back (200) with the reasons next to its fields and what was
 * typed kept; nothing is stored, and nothing stored before is lost (also when the call has closed
 * meanwhile, or the application was changed in another tab).
 */
@Controller
@RequestMapping(ApplicationController.BASE)
class ApplicationController {

    static final String BASE = "/conference/editions/{year}/application";
    private static final String FORM = "conference/application/form";

    /** Languages people often work in, offered as "languages spoken" and for interpretation. */
    static final List<String> LANGUAGES = List.of("am", "ar", "bn", "de", "en", "es", "fa", "fr", "ha", "hi", "id",
            "it", "ja", "km", "ko", "ku", "my", "ne", "ps", "pt", "ru", "so", "sw", "ta", "th", "tr", "uk", "ur",
            "uz", "vi", "zh");

    private final ApplyForEditionUseCase applying;

    ApplicationController(ApplyForEditionUseCase applying) {
        this.applying = applying;
    }

    @GetMapping
    String show(@PathVariable int year, CurrentPerson person, Model model, Locale locale) {
        OwnApplication own = find(person, year);
        ApplicationForm form = own.application().map(ApplicationForm::of)
                .orElseGet(() -> ApplicationForm.blank(pageLanguage(locale)));
        return page(model, own, form, Map.of(), locale);
    }

    @PostMapping
    String save(@PathVariable int year, @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "action", defaultValue = "save") String action, CurrentPerson person, Model model,
            Locale locale, RedirectAttributes redirect) {
        OwnApplication own = find(person, year);
        ApplicationForm form = ApplicationForm.from(fields);
        ApplicationForm.Reading reading = form.read();
        if (!reading.isValid()) {
            return page(model, own, form, reading.errors(), locale);
        }
        ApplyForEditionCommand command = new ApplyForEditionCommand(person.id(), year, form.seenVersion(),
                reading.content().orElseThrow());
        try {
            if ("submit".equals(action)) {
                applying.submit(command);
                redirect.addFlashAttribute("notice", "application.notice.submitted");
            } else {
                Application saved = applying.save(command);
                redirect.addFlashAttribute("notice", saved.submittedAt().isPresent() ? "application.notice.changed"
                        : "application.notice.draftSaved");
            }
        } catch (StaleApplication | OptimisticLockingFailureException stale) {
            OwnApplication now = find(person, year);
            return page(model, now, form.withVersion(now.application().map(Application::version).orElse(null)),
                    Map.of("form", "application.stale"), locale);
        } catch (ApplicationRuleViolation violation) {
            return page(model, find(person, year), form, violation.byField(), locale);
        }
        return "redirect:/conference/editions/" + year + "/application";
    }

    @GetMapping("/withdraw")
    String confirmWithdrawal(@PathVariable int year, CurrentPerson person, Model model) {
        OwnApplication own = find(person, year);
        if (own.application().filter(application -> application.withdrawnAt().isEmpty()).isEmpty()) {
            return "redirect:/conference/editions/" + year + "/application";
        }
        model.addAttribute("year", year);
        return "conference/application/withdraw";
    }

    @PostMapping("/withdraw")
    String withdraw(@PathVariable int year, CurrentPerson person, RedirectAttributes redirect) {
        find(person, year);
        if (applying.withdraw(person.id(), year)) {
            redirect.addFlashAttribute("notice", "application.notice.withdrawn");
        }
        return "redirect:/conference/editions/" + year + "/application";
    }

    private OwnApplication find(CurrentPerson person, int year) {
        try {
            return applying.ownApplication(person.id(), year);
        } catch (UnknownEdition | UnknownCall e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static String pageLanguage(Locale locale) {
        String language = locale.getLanguage();
        return ApplicationContent.MESSAGE_LANGUAGES.contains(language) ? language : "en";
    }

    private static String page(Model model, OwnApplication own, ApplicationForm form, Map<String, String> errors,
            Locale locale) {
        DateTimeFormatter shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        model.addAttribute("year", own.year());
        model.addAttribute("phase", own.phase().name());
        model.addAttribute("opensAt", shown.format(own.call().terms().opensAt().atZone(CallForm.ZONE)));
        model.addAttribute("closesAt", shown.format(own.call().terms().closesAt().atZone(CallForm.ZONE)));
        model.addAttribute("introduction", own.call().terms().introduction().orElse(null));
        model.addAttribute("changeable", own.changeable());
        model.addAttribute("status", own.application().map(application -> application.status().name()).orElse(null));
        model.addAttribute("submittedAt", own.application().flatMap(Application::submittedAt)
                .map(at -> shown.format(at.atZone(CallForm.ZONE))).orElse(null));
        model.addAttribute("open", own.phase() == CallPhase.OPEN);
        model.addAttribute("asksGender", own.call().terms().asksGender());
        model.addAttribute("questions", own.call().questions());
        model.addAttribute("topics", own.topics());
        model.addAttribute("countries", countries(locale));
        model.addAttribute("languages", LANGUAGES.stream()
                .map(code -> new Choice(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)))
                .sorted(Comparator.comparing(Choice::name, Collator.getInstance(locale))).toList());
        model.addAttribute("messageLanguages", ApplicationContent.MESSAGE_LANGUAGES.stream()
                .map(code -> new Choice(code, Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(code))))
                .toList());
        model.addAttribute("regions", RegionOfWork.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("photoPreferences", PhotoPreference.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorSummary", FormError.summary(errors, "application.field."));
        return FORM;
    }

    private static List<Choice> countries(Locale locale) {
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Choice(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Choice::name, Collator.getInstance(locale))).toList();
    }

    /** One option of a list: the code sent, the name shown. */
    record Choice(String code, String name) {
    }
}
