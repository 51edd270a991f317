package org.defendersdays.audit.adapter.in.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.defendersdays.audit.domain.AuditRecord;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * One row of the log as the page shows it; absent values are {@code null}. Times are written in UTC
 * with Latin digits in every language, so admins in different places read the same time.
 */
record AuditRecordView(long sequence, String time, String isoTime, String actor, String action, String targetType,
        String targetId, String outcome, String detail) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    static AuditRecordView of(AuditRecord record) {
        return new AuditRecordView(record.sequence(), SHOWN.format(record.time()), record.time().toString(),
                record.actor().map(PersonId::toString).orElse(null), record.action(), record.targetType(),
                record.targetId().orElse(null), record.outcome().name(), record.detail().orElse(null));
    }
}
