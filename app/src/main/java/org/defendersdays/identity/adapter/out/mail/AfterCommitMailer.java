package org.defendersdays.identity.adapter.out.mail;

import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands a mail to its delivery after the surrounding transaction commits (nothing is mailed for a
 * change that rolled back) and off the request thread (a request takes as long whether or not it
 * mails). A failed delivery is logged by its kind only: never the recipient or the text.
 */
final class AfterCommitMailer {

    private static final Logger log = LoggerFactory.getLogger(AfterCommitMailer.class);

    private final MailDelivery delivery;
    private final Executor executor;

    AfterCommitMailer(MailDelivery delivery, Executor executor) {
        this.delivery = delivery;
        this.executor = executor;
    }

    void deliver(OutgoingMail mail, String kind) {
        Runnable send = () -> executor.execute(() -> {
            try {
                delivery.deliver(mail);
            } catch (RuntimeException e) {
                log.error("Could not deliver a '{}' mail: {}", kind, e.getMessage());
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }
}
