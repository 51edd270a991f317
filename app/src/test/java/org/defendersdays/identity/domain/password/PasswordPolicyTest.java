package org.defendersdays.identity.domain.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defendersdays.identity.domain.password.PasswordViolation.COMMONLY_USED;
import static org.defendersdays.identity.domain.password.PasswordViolation.CONTAINS_PERSONAL_DETAILS;
import static org.defendersdays.identity.domain.password.PasswordViolation.CONTAINS_SERVICE_NAME;
import static org.defendersdays.identity.domain.password.PasswordViolation.REPETITIVE_OR_SEQUENTIAL;
import static org.defendersdays.identity.domain.password.PasswordViolation.TOO_LONG;
import static org.defendersdays.identity.domain.password.PasswordViolation.TOO_SHORT;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy(List.of("Defenders' Days", "Defenders"));
    private static final PasswordOwner MARIA = PasswordOwner.of("maria.lopez+dd@example.org", "Mar\u00eda L\u00f3pez");
    private static final PasswordOwner NOBODY = PasswordOwner.of(null, null);
    private static final Predicate<Password> NOTHING_IS_COMMON = password -> false;

    private static Set<PasswordViolation> check(String password, PasswordOwner owner) {
        return POLICY.violationsOf(Password.of(password), owner, NOTHING_IS_COMMON);
    }

    @Test
    void aRandomPassphraseIsAccepted() {
        assertThat(check("tangerine orbit velvet harbour", MARIA)).isEmpty();
    }

    @Test
    void thereAreNoCompositionRules() {
        assertThat(check("lowercaseonlyisfine", NOBODY)).isEmpty();
        assertThat(check("\u0643\u0644\u0645\u0629 \u0633\u0631 \u0637\u0648\u064a\u0644\u0629 \u062c\u062f\u0627", NOBODY)).isEmpty();
    }

    @Test
    void twelveCodePointsIsTheShortest() {
        assertThat(check("violet river", NOBODY)).isEmpty();
        assertThat(check("violet rive", NOBODY)).containsExactly(TOO_SHORT);
    }

    @Test
    void lengthIsCountedInCodePointsAfterNormalisation() {
        // Eleven emoji are 22 chars but 11 code points: too short.
        assertThat(check("🔑🌍🎈🐢🍀🚲🌙🎵🍎🦉📚", NOBODY)).containsExactly(TOO_SHORT);
        assertThat(check("🔑🌍🎈🐢🍀🚲🌙🎵🍎🦉📚🌵", NOBODY)).isEmpty();
        // Twelve letters typed with decomposed accents are 24 chars, but 12 code points once normalised.
        assertThat(Password.of("e\u0301".repeat(12)).length()).isEqualTo(12);
    }

    @Test
    void oneHundredTwentyEightCodePointsIsTheLongest() {
        String longest = "tangerine orbit velvet harbour ".repeat(5).substring(0, PasswordPolicy.LONGEST);

        assertThat(check(longest, NOBODY)).isEmpty();
        assertThat(check(longest + "x", NOBODY)).containsExactly(TOO_LONG);
    }

    @Test
    void aCommonlyUsedPasswordIsRefusedAsTheListSays() {
        Predicate<Password> list = password -> password.canonicalText().equalsIgnoreCase("qwertyuiop12");

        assertThat(POLICY.violationsOf(Password.of("QwertyUiop12"), NOBODY, list)).containsExactly(COMMONLY_USED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria.lopez+dd", "MARIA.LOPEZ+DD", "maria-lopez-1985", "Mar\u00edaL\u00f3pez!!", "lopez sunset harbour",
        "harbour maria sunset"})
    void aPasswordBuiltFromTheEmailOrNameIsRefused(String password) {
        assertThat(check(password, MARIA)).contains(CONTAINS_PERSONAL_DETAILS);
    }

    @Test
    void shortNamesAreNotLookedForInsideAPassword() {
        PasswordOwner li = PasswordOwner.of("li@example.org", "Li Na");

        assertThat(check("delivery truck sunrise", li)).isEmpty();
        assertThat(check("lina sunset harbour", li)).containsExactly(CONTAINS_PERSONAL_DETAILS);
    }

    @Test
    void theEmailDomainIsNotPersonal() {
        assertThat(check("example.org harbour", MARIA)).isEmpty();
    }

    @Test
    void theServiceNameIsRefused() {
        assertThat(check("DefendersDays2028!", NOBODY)).containsExactly(CONTAINS_SERVICE_NAME);
        assertThat(check("human rights defenders unite", NOBODY)).containsExactly(CONTAINS_SERVICE_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abcabcabcabc", "123456789012", "ABCDEFGHIJKLMN"})
    void repetitiveOrSequentialPasswordsAreRefused(String password) {
        assertThat(check(password, NOBODY)).containsExactly(REPETITIVE_OR_SEQUENTIAL);
    }

    @Test
    void everyBrokenRuleIsReported() {
        Predicate<Password> everythingIsCommon = password -> true;

        assertThat(POLICY.violationsOf(Password.of("maria"), MARIA, everythingIsCommon))
                .containsExactlyInAnyOrder(TOO_SHORT, COMMONLY_USED, CONTAINS_PERSONAL_DETAILS);
    }

    @Test
    void aTooLongPasswordIsNotLookedAtFurther() {
        Predicate<Password> mustNotBeAsked = password -> {
            throw new AssertionError("the list was consulted");
        };

        assertThat(POLICY.violationsOf(Password.of("maria".repeat(300)), MARIA, mustNotBeAsked)).containsExactly(TOO_LONG);
    }

    @Test
    void everyViolationHasAMessageKey() {
        assertThat(PasswordViolation.values()).extracting(PasswordViolation::messageKey)
                .allMatch(key -> key.startsWith("identity.password.")).doesNotHaveDuplicates();
    }

    @Test
    void theOwnerNeverShowsTheirDetails() {
        assertThat(MARIA.toString()).doesNotContain("maria", "Mar");
    }
}
