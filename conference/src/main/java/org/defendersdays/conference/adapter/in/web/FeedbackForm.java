package org.defendersdays.conference.adapter.in.web;

/** What a participant typed into a feedback form, as typed (so a refused form shows it again). */
record FeedbackForm(String rating, String whatWorked, String couldBeBetter) {

    static FeedbackForm empty() {
        return new FeedbackForm("", "", "");
    }
}
