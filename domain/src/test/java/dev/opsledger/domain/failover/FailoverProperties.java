package dev.opsledger.domain.failover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.failover.Failover.Switching;
import dev.opsledger.domain.failover.FailoverCommand.CompleteFailback;
import dev.opsledger.domain.failover.FailoverCommand.CompleteFailover;
import dev.opsledger.domain.failover.FailoverCommand.InitiateFailback;
import dev.opsledger.domain.failover.FailoverCommand.InitiateFailover;
import dev.opsledger.domain.failover.FailoverEvent.FailbackInitiated;
import dev.opsledger.domain.failover.FailoverEvent.FailoverInitiated;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FailoverProperties {

    private static final RegionPair REGIONS = RegionPair.DEFAULT;
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private final Decider<FailoverCommand, Failover, FailoverEvent> decider = FailoverDecider.decider(REGIONS);

    /** One operator action; a negative {@code minutesLater} dates it before the previous one. */
    record Move(int kind, long epoch, int reapplied, int quarantined, int minutesLater, boolean withoutReason) {
    }

    @Property(tries = 300)
    void the_epoch_counts_the_switches_and_no_two_regions_ever_write_under_one_epoch(@ForAll("moves") List<Move> moves) {
        Failover state = decider.initialState();
        int switchesInitiated = 0;
        Map<Long, Region> writerByEpoch = new HashMap<>();
        long lastWriterEpoch = 0;
        for (FailoverCommand command : commands(moves)) {
            List<FailoverEvent> events;
            try {
                events = decider.decide(command, state);
            } catch (CommandRejected rejected) {
                continue;
            }
            for (FailoverEvent event : events) {
                state = decider.evolve(state, event);
                if (event instanceof FailoverInitiated || event instanceof FailbackInitiated) {
                    switchesInitiated++;
                }
            }
            assertThat(state.epoch()).isEqualTo(switchesInitiated);
            assertThat(state.writer().isEmpty()).isEqualTo(state instanceof Switching);
            if (state.writer().isPresent()) {
                ActiveRegion writer = state.writer().get();
                assertThat(writer.epoch()).isGreaterThanOrEqualTo(lastWriterEpoch);
                Region earlier = writerByEpoch.putIfAbsent(writer.epoch(), writer.region());
                assertThat(earlier).isIn(null, writer.region());
                lastWriterEpoch = writer.epoch();
            }
        }
    }

    @Property(tries = 300)
    void a_command_is_either_accepted_or_rejected_and_a_rejection_changes_nothing(@ForAll("moves") List<Move> moves) {
        Failover state = decider.initialState();
        List<FailoverEvent> history = new ArrayList<>();
        for (FailoverCommand command : commands(moves)) {
            Failover before = state;
            try {
                List<FailoverEvent> events = decider.decide(command, state);
                assertThat(events).hasSize(1);
                for (FailoverEvent event : events) {
                    state = decider.evolve(state, event);
                }
                history.addAll(events);
            } catch (CommandRejected rejected) {
                assertThat(state).isSameAs(before);
            }
            assertThat(decider.fold(history)).isEqualTo(state);
        }
    }

    private static List<FailoverCommand> commands(List<Move> moves) {
        List<FailoverCommand> commands = new ArrayList<>();
        Instant at = T0;
        for (Move move : moves) {
            at = at.plusSeconds(60L * move.minutesLater());
            commands.add(switch (move.kind()) {
                case 0 -> new InitiateFailover(move.withoutReason() ? " " : "primary unhealthy", at);
                case 1 -> new CompleteFailover(move.epoch(), at);
                case 2 -> new InitiateFailback(at);
                default -> new CompleteFailback(move.epoch(), move.reapplied(), move.quarantined(), at);
            });
        }
        return commands;
    }

    @Provide
    Arbitrary<List<Move>> moves() {
        Arbitrary<Move> move = Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.longs().between(0, 3),
                        Arbitraries.integers().between(-1, 5),
                        Arbitraries.integers().between(-1, 5),
                        Arbitraries.integers().between(-3, 30),
                        Arbitraries.integers().between(0, 9).map(draw -> draw == 0))
                .as(Move::new);
        return move.list().ofMaxSize(40);
    }
}
