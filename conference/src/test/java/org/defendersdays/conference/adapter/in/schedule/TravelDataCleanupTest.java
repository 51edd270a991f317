package org.defendersdays.conference.adapter.in.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.defendersdays.conference.application.port.in.TravelDataErased;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** The scheduled job asks for the erasure with Stockholm's date, survives a failed run, and can be switched off. */
class TravelDataCleanupTest {

    @Test
    void eachRunErasesWhatEndedBeforeTodayInStockholmAndAFailureWaitsForTheNextRun() {
        List<LocalDate> asked = new ArrayList<>();
        new TravelDataCleanup(today -> {
            asked.add(today);
            return new TravelDataErased(2, 1);
        }).eraseTravelData();
        assertThat(asked).containsExactly(LocalDate.now(ZoneId.of("Europe/Stockholm")));

        assertThatCode(() -> new TravelDataCleanup(today -> {
            throw new IllegalStateException("database away");
        }).eraseTravelData()).doesNotThrowAnyException();
    }

    @Test
    void theScheduleComesFromAPropertyThatADashSwitchesOff() throws Exception {
        Method job = TravelDataCleanup.class.getDeclaredMethod("eraseTravelData");
        Scheduled scheduled = job.getAnnotation(Scheduled.class);

        assertThat(scheduled.cron()).isEqualTo("${defendersdays.housekeeping.passports.cron:0 23 4 * * *}");
        assertThat(Scheduled.CRON_DISABLED).isEqualTo("-");
    }
}
