package org.pedcom.benchmarks.workload;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;

import org.pedcom.record.CommunityRecord;

/** The seeded choices every generator makes: the same seed gives the same records. */
abstract class Generator {

    final RandomGenerator random;

    Generator(RandomGenerator random) {
        this.random = random;
    }

    /** {@code count} community-years, the {@code i}-th made by {@code communityYear.apply(i)}, in that order. */
    static List<CommunityRecord> batch(int count, IntFunction<CommunityRecord> communityYear) {
        List<CommunityRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            records.add(communityYear.apply(i));
        }
        return records;
    }

    /** How many events a community-year holds: 10 to 40, the workload. */
    int eventCount() {
        return 10 + random.nextInt(31);
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
