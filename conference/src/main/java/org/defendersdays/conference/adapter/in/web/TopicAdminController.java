package org.defendersdays.conference.adapter.in.web;

import java.util.List;

import org.defendersdays.conference.adapter.in.web.ProgrammeAdminViews.TopicView;
import org.defendersdays.conference.application.port.in.AdministerProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowseProgrammeUseCase;
import org.defendersdays.conference.application.port.in.StaleProgrammeEdit;
import org.defendersdays.conference.application.port.in.UnknownProgrammeItem;
import org.defendersdays.conference.domain.EditionRuleViolation;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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
 * The topic catalogue in the back office: the platform's own topics (translated, fixed) and those
 * admins add, with a code (slug) that never changes and a name that can; an added topic that no
 * session or edition is tagged with can be removed.
 */
@Controller
@RequestMapping("/admin/conference/topics")
class TopicAdminController {

    private static final String LIST = "redirect:/admin/conference/topics";

    private final BrowseProgrammeUseCase browse;
    private final AdministerProgrammeUseCase administration;

    TopicAdminController(BrowseProgrammeUseCase browse, AdministerProgrammeUseCase administration) {
        this.browse = browse;
        this.administration = administration;
    }

    /** A topic form as typed. */
    record TopicForm(String slug, String name, String version) {
    }

    @GetMapping
    String topics(Model model) {
        return list(model, new TopicForm("", "", ""), new Problem.ByField());
    }

    @PostMapping
    String add(TopicForm form, CurrentPerson person, Model model, RedirectAttributes redirect) {
        Topic topic;
        try {
            topic = new Topic(form.slug() == null ? "" : form.slug().strip());
        } catch (EditionRuleViolation invalid) {
            return list(model, form, new Problem.ByField().add("slug", Problem.of(invalid.messageKey())));
        }
        try {
            administration.addTopic(person.id(), topic, form.name());
        } catch (ProgrammeRuleViolation violation) {
            return list(model, form, new Problem.ByField().add(violation.field(), Problem.of(violation.messageKey())));
        }
        redirect.addFlashAttribute("notice", "conference.topics.added");
        return LIST;
    }

    @GetMapping("/{slug}")
    String edit(@PathVariable String slug, Model model) {
        TopicView topic = find(slug);
        return form(model, topic, new TopicForm(topic.slug(), topic.name(), String.valueOf(topic.version())),
                new Problem.ByField());
    }

    @PostMapping("/{slug}")
    String rename(@PathVariable String slug, TopicForm form, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        TopicView topic = find(slug);
        TopicForm shown = new TopicForm(topic.slug(), form.name(), form.version());
        long version;
        try {
            version = Long.parseLong(form.version());
        } catch (RuntimeException damaged) {
            return form(model, topic, shown, new Problem.ByField().add("form",
                    Problem.of("conference.programme.form.damaged")));
        }
        try {
            administration.renameTopic(person.id(), new Topic(topic.slug()), version, form.name());
        } catch (ProgrammeRuleViolation violation) {
            return form(model, topic, shown, new Problem.ByField().add(violation.field(),
                    Problem.of(violation.messageKey())));
        } catch (StaleProgrammeEdit | OptimisticLockingFailureException stale) {
            return form(model, topic, new TopicForm(topic.slug(), form.name(), String.valueOf(topic.version())),
                    new Problem.ByField().add("form", Problem.of("conference.programme.stale")));
        } catch (UnknownProgrammeItem gone) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "conference.topics.renamed");
        return LIST;
    }

    /**
     * Removes a topic admins added, read at {@code version}. A refusal (one of the platform's own,
     * still in use, changed meanwhile) comes back to the topic's page as the reason; nothing is removed.
     */
    @PostMapping("/{slug}/delete")
    String remove(@PathVariable String slug, @RequestParam(required = false) String version, CurrentPerson person,
            RedirectAttributes redirect) {
        TopicView topic = find(slug);
        String page = LIST + "/" + topic.slug();
        long seen;
        try {
            seen = Long.parseLong(version);
        } catch (RuntimeException damaged) {
            redirect.addFlashAttribute("problem", "conference.programme.form.damaged");
            return page;
        }
        try {
            administration.removeTopic(person.id(), new Topic(topic.slug()), seen);
        } catch (ProgrammeRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return page;
        } catch (StaleProgrammeEdit | OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("problem", "conference.programme.removeStale");
            return page;
        } catch (UnknownProgrammeItem gone) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "conference.topics.removed");
        return LIST;
    }

    private TopicView find(String slug) {
        List<TopicView> topics = browse.topics().stream().map(TopicView::of).toList();
        return topics.stream().filter(topic -> topic.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String list(Model model, TopicForm form, Problem.ByField problems) {
        model.addAttribute("topics", browse.topics().stream().map(TopicView::of).toList());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems.asMap());
        return "conference/admin/topics";
    }

    private static String form(Model model, TopicView topic, TopicForm form, Problem.ByField problems) {
        model.addAttribute("topic", topic);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems.asMap());
        return "conference/admin/topic-form";
    }
}
