package org.defendersdays.conference.domain.application;

/** A hard QUOTA (at most this many places) or a TARGET (aim for at least this many). */
public enum QuotaKind {
    QUOTA, TARGET
}
