package org.defendersdays.conference.domain.application;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.defendersdays.conference.domain.EditionId;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * An edition's call for applications (one per edition): when it is open, how many places it offers,
 * its own questions, optional quotas or targets per region of work, and the criteria reviewers score
 * against. Admins can revise all of it; questions and criteria keep their ids across revisions, so
 * answers and scores stay attached.
 */
public class CallForApplications implements AggregateRoot<CallForApplications, CallId> {

    public static final int MAX_QUESTIONS = 20;
    public static final int MAX_CRITERIA = 20;

    private final CallId id;
    private final EditionId edition;
    private CallTerms terms;
    private List<CallQuestion> questions;
    private Map<RegionOfWork, RegionQuota> quotas;
    private List<ReviewCriterion> criteria;
    private final Long version;

    private CallForApplications(CallId id, EditionId edition, CallTerms terms, List<CallQuestion> questions,
            Collection<RegionQuota> quotas, List<ReviewCriterion> criteria, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.edition = Objects.requireNonNull(edition, "edition");
        this.version = version;
        revise(terms, questions, quotas, criteria);
    }

    /** A new call for an edition. */
    public static CallForApplications open(CallId id, EditionId edition, CallTerms terms, List<CallQuestion> questions,
            Collection<RegionQuota> quotas, List<ReviewCriterion> criteria) {
        return new CallForApplications(id, edition, terms, questions, quotas, criteria, null);
    }

    /** Rebuilds a stored call; persistence adapters only. */
    public static CallForApplications rehydrate(CallId id, EditionId edition, CallTerms terms,
            List<CallQuestion> questions, Collection<RegionQuota> quotas, List<ReviewCriterion> criteria, Long version) {
        return new CallForApplications(id, edition, terms, questions, quotas, criteria, version);
    }

    /**
     * Replaces the call's terms, questions, quotas and criteria. Quotas and targets together may not
     * promise more places than the call has.
     */
    public final void revise(CallTerms newTerms, List<CallQuestion> newQuestions, Collection<RegionQuota> newQuotas,
            List<ReviewCriterion> newCriteria) {
        Objects.requireNonNull(newTerms, "terms");
        if (newQuestions.size() > MAX_QUESTIONS) {
            throw new ApplicationRuleViolation("question", "application.call.question.tooMany");
        }
        if (newCriteria.size() > MAX_CRITERIA) {
            throw new ApplicationRuleViolation("criterion", "application.call.criterion.tooMany");
        }
        requireDistinct(newQuestions.stream().map(CallQuestion::id).toList(), "question");
        requireDistinct(newCriteria.stream().map(ReviewCriterion::id).toList(), "criterion");
        EnumMap<RegionOfWork, RegionQuota> byRegion = new EnumMap<>(RegionOfWork.class);
        for (RegionQuota quota : newQuotas) {
            if (byRegion.put(quota.region(), quota) != null) {
                throw new ApplicationRuleViolation("quota." + quota.region(), "application.call.quota.duplicate");
            }
        }
        int reserved = byRegion.values().stream().filter(quota -> quota.kind() == QuotaKind.TARGET)
                .mapToInt(RegionQuota::places).sum();
        if (reserved > newTerms.places()) {
            throw new ApplicationRuleViolation("places", "application.call.quota.targetsExceedPlaces");
        }
        byRegion.values().stream().filter(quota -> quota.places() > newTerms.places()).findFirst().ifPresent(quota -> {
            throw new ApplicationRuleViolation("quota." + quota.region(), "application.call.quota.exceedsPlaces");
        });
        this.terms = newTerms;
        this.questions = List.copyOf(newQuestions);
        this.quotas = Map.copyOf(byRegion);
        this.criteria = List.copyOf(newCriteria);
    }

    private static void requireDistinct(List<UUID> ids, String field) {
        Set<UUID> seen = new HashSet<>();
        for (UUID each : ids) {
            if (!seen.add(each)) {
                throw new ApplicationRuleViolation(field, "application.call.duplicate");
            }
        }
    }

    public CallPhase phaseAt(Instant now) {
        return terms.phaseAt(now);
    }

    public boolean isOpenAt(Instant now) {
        return phaseAt(now) == CallPhase.OPEN;
    }

    public Optional<CallQuestion> question(UUID questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }

    @Override
    public CallId getId() {
        return id;
    }

    public CallId id() {
        return id;
    }

    public EditionId edition() {
        return edition;
    }

    public CallTerms terms() {
        return terms;
    }

    public List<CallQuestion> questions() {
        return questions;
    }

    /** The quota or target per region, in the regions' order. */
    public List<RegionQuota> quotas() {
        return List.of(RegionOfWork.values()).stream().map(quotas::get).filter(Objects::nonNull).toList();
    }

    public Optional<RegionQuota> quota(RegionOfWork region) {
        return Optional.ofNullable(quotas.get(region));
    }

    public List<ReviewCriterion> criteria() {
        return criteria;
    }

    /** Optimistic-locking version; {@code null} until first stored. */
    public Long version() {
        return version;
    }
}
