package org.defendersdays.audit.adapter.in.web;

import org.defendersdays.audit.application.port.in.BrowseAuditLogUseCase;
import org.defendersdays.audit.application.port.in.BrowseAuditLogUseCase.AuditLogPage;
import org.defendersdays.audit.application.port.in.VerifyAuditChainUseCase;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The audit log in the back office, for platform admins (see the module's access rules): the log,
 * filtered and paged with a plain GET form, and the chain verification, run by a POST because it
 * reads the whole log.
 */
@Controller
class AuditLogController {

    private final BrowseAuditLogUseCase log;
    private final VerifyAuditChainUseCase verification;

    AuditLogController(BrowseAuditLogUseCase log, VerifyAuditChainUseCase verification) {
        this.log = log;
        this.verification = verification;
    }

    @GetMapping("/admin/audit")
    String browse(@ModelAttribute("filter") AuditFilterForm form, Model model) {
        AuditFilterForm.Reading reading = form.read();
        model.addAttribute("values", form.values());
        model.addAttribute("errors", reading.errors());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("paged", form.isPaged());
        if (reading.isValid()) {
            AuditLogPage page = log.browse(reading.filter(), reading.olderThan());
            model.addAttribute("records", page.records().stream().map(AuditRecordView::of).toList());
            model.addAttribute("olderLink", page.nextOlderThan().isPresent()
                    ? form.linkOlderThan(page.nextOlderThan().getAsLong()) : null);
        }
        return "audit/log";
    }

    @PostMapping("/admin/audit/verify")
    String verify(Model model) {
        model.addAttribute("verdict", VerdictView.of(verification.verify()));
        return "audit/verification";
    }
}
