package dev.opsledger.domain.dora;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.shared.DomainEvent;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DoraProjectionProperties {

    @Property(tries = 250)
    void the_report_does_not_depend_on_the_order_in_which_different_streams_arrive(
            @ForAll("streams") List<List<DomainEvent>> streams,
            @ForAll("scopes") ReportScope scope,
            @ForAll long oneOrder,
            @ForAll long anotherOrder) {
        DoraFacts one = applied(DoraStreams.interleave(streams, oneOrder));
        DoraFacts another = applied(DoraStreams.interleave(streams, anotherOrder));

        assertThat(one).isEqualTo(another);
        assertThat(DoraProjection.report(one, scope)).isEqualTo(DoraProjection.report(another, scope));
    }

    @Property(tries = 250)
    void change_failure_rate_stays_within_zero_and_one(
            @ForAll("streams") List<List<DomainEvent>> streams, @ForAll("scopes") ReportScope scope) {
        ChangeFailureRate rate = DoraProjection.report(DoraFacts.of(flat(streams)), scope).changeFailureRate();

        assertThat(rate.failedDeployments()).isBetween(0, rate.deployments());
        assertThat(rate.rate().isPresent()).isEqualTo(rate.deployments() > 0);
        rate.rate().ifPresent(value -> assertThat(value).isBetween(0.0, 1.0));
    }

    @Property(tries = 250)
    void lead_times_are_never_negative(@ForAll("streams") List<List<DomainEvent>> streams, @ForAll("scopes") ReportScope scope) {
        LeadTime leadTime = DoraProjection.report(DoraFacts.of(flat(streams)), scope).leadTime();

        leadTime.median().ifPresent(median -> assertThat(median).isGreaterThanOrEqualTo(Duration.ZERO));
        leadTime.p90().ifPresent(p90 -> assertThat(p90).isGreaterThanOrEqualTo(leadTime.median().orElseThrow()));
    }

    @Property(tries = 250)
    void merging_facts_of_disjoint_streams_is_commutative_and_equals_folding_them_together(
            @ForAll("streams") List<List<DomainEvent>> streams, @ForAll @IntRange(max = 18) int split) {
        int at = Math.min(split, streams.size());
        DoraFacts first = DoraFacts.of(flat(streams.subList(0, at)));
        DoraFacts second = DoraFacts.of(flat(streams.subList(at, streams.size())));

        assertThat(first.merge(second)).isEqualTo(second.merge(first));
        assertThat(first.merge(second)).isEqualTo(DoraFacts.of(flat(streams)));
    }

    @Property(tries = 250)
    void restricting_facts_to_the_scope_leaves_its_report_unchanged(
            @ForAll("streams") List<List<DomainEvent>> streams, @ForAll("scopes") ReportScope scope) {
        DoraFacts facts = DoraFacts.of(flat(streams));

        assertThat(DoraProjection.report(facts.restrictTo(scope), scope))
                .isEqualTo(DoraProjection.report(facts, scope));
    }

    @Provide
    Arbitrary<List<List<DomainEvent>>> streams() {
        return DoraStreams.streams();
    }

    @Provide
    Arbitrary<ReportScope> scopes() {
        return DoraStreams.scopes();
    }

    private static DoraFacts applied(List<DomainEvent> arrivals) {
        DoraFacts facts = DoraFacts.empty();
        for (DomainEvent event : arrivals) {
            facts = facts.apply(event);
        }
        return facts;
    }

    private static List<DomainEvent> flat(Collection<List<DomainEvent>> streams) {
        return streams.stream().flatMap(List::stream).toList();
    }
}
