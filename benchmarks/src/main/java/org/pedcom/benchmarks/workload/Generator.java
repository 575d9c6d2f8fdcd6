package org.pedcom.benchmarks.workload;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** The seeded choices every generator makes: the same seed gives the same records. */
abstract class Generator {

    final RandomGenerator random;

    Generator(RandomGenerator random) {
        this.random = random;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Shuffles {@code values} in place as {@code Collections.shuffle} does a random-access list, with this seed. */
    <T> void shuffle(List<T> values) {
        for (int i = values.size(); i > 1; i--) {
            Collections.swap(values, i - 1, random.nextInt(i));
        }
    }

    /** A day from {@code from} to {@code to}, both included; {@code from} if the span is empty. */
    LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }
}
