package dev.opsledger.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link OpenProblems} contract: opening and closing are atomic, and each tells whether it changed anything. */
abstract class OpenProblemsContract {

    /** New open problems, none of them open. */
    protected abstract OpenProblems newOpenProblems();

    private OpenProblems problems;

    @BeforeEach
    void createOpenProblems() {
        problems = newOpenProblems();
    }

    @Test
    void closes_only_an_open_problem_and_opens_it_again_afterwards() {
        assertThat(problems.close("replication")).isFalse();
        assertThat(problems.open("replication")).isTrue();
        assertThat(problems.open("replication")).isFalse();

        assertThat(problems.close("replication")).isTrue();
        assertThat(problems.close("replication")).isFalse();
        assertThat(problems.open("replication")).isTrue();
    }

    @Test
    void tells_only_the_first_of_concurrent_openers_that_it_opened_the_problem() throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        Queue<Boolean> answers = new ConcurrentLinkedQueue<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int opener = 0; opener < 8; opener++) {
                pool.submit(() -> {
                    start.await();
                    return answers.add(problems.open("health:us-east-1:api"));
                });
            }
            start.countDown();
        }

        assertThat(answers).hasSize(8).containsOnlyOnce(true);
    }
}
