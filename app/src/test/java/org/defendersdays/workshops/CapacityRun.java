package org.defendersdays.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.defendersdays.workshops.WorkshopCrowd.Answer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a concurrent sign-up run left behind: the answers the clients got and the places stored,
 * with the figures recorded in docs/benchmarks/workshop-capacity.md.
 */
record CapacityRun(String name, List<Answer> answers, long millis, int confirmed, int waitlisted,
        int rows, int distinctPeople, List<Map<String, Object>> byArrival) {

    static CapacityRun of(String name, JdbcTemplate jdbc, UUID workshop, List<Answer> answers, long millis) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT person_id, status, arrival, joined_at FROM conference.workshop_seat
                WHERE session_id = ? ORDER BY arrival""", workshop);
        int confirmed = (int) rows.stream().filter(row -> "CONFIRMED".equals(row.get("status"))).count();
        int distinct = (int) rows.stream().map(row -> row.get("person_id")).distinct().count();
        return new CapacityRun(name, answers, millis, confirmed, rows.size() - confirmed, rows.size(), distinct, rows);
    }

    long serverErrors() {
        return answers.stream().filter(answer -> answer.status() >= 500).count();
    }

    /** The waitlisted people in arrival order (the order in which their sign-ups got the workshop's lock). */
    List<UUID> waitlistInArrivalOrder() {
        return byArrival.stream().filter(row -> "WAITLISTED".equals(row.get("status")))
                .map(row -> (UUID) row.get("person_id")).toList();
    }

    void assertArrivalTimesFollowArrivalNumbers() {
        for (int i = 1; i < byArrival.size(); i++) {
            assertThat((Timestamp) byArrival.get(i).get("joined_at")).isAfterOrEqualTo(
                    (Timestamp) byArrival.get(i - 1).get("joined_at"));
        }
    }

    String figures() {
        return String.format("%s: requests=%d confirmed=%d waitlisted=%d rows=%d distinctPeople=%d 5xx=%d duration=%dms",
                name, answers.size(), confirmed, waitlisted, rows, distinctPeople, serverErrors(), millis);
    }

    /** Prints the figures and keeps them in target/ for the benchmark note. */
    void record() throws IOException {
        System.out.println("WORKSHOP-CAPACITY " + figures());
        Path folder = Path.of("target");
        if (Files.isDirectory(folder)) {
            Files.writeString(folder.resolve("workshop-capacity-" + name + ".txt"), figures() + "\n");
        }
    }
}
