package org.pedcom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void writesDatesAsRussianDocumentsDo() {
        assertThat(Texts.ru(LocalDate.of(2024, 9, 1))).isEqualTo("01.09.2024");
        assertThat(Texts.ru(LocalDate.of(2024, 2, 29))).isEqualTo("29.02.2024");
        assertThat(Texts.ru(LocalDate.of(2025, 12, 31))).isEqualTo("31.12.2025");
    }

    @Test
    void writesEveryDayOfALeapYearAsTheFormatterWould() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        for (LocalDate d = LocalDate.of(2028, 1, 1); d.getYear() == 2028; d = d.plusDays(1)) {
            assertThat(Texts.ru(d)).isEqualTo(formatter.format(d));
        }
    }

    @Test
    void writesYearsOutsideFourDigitsThroughTheFormatter() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        assertThat(Texts.ru(LocalDate.of(999, 1, 5))).isEqualTo(formatter.format(LocalDate.of(999, 1, 5)));
        assertThat(Texts.ru(LocalDate.MAX)).isEqualTo(formatter.format(LocalDate.MAX));
    }

    @Test
    void countsWithTheRussianNounForm() {
        assertThat(Texts.count(1, "мероприятие", "мероприятия", "мероприятий")).isEqualTo("1 мероприятие");
        assertThat(Texts.count(3, "мероприятие", "мероприятия", "мероприятий")).isEqualTo("3 мероприятия");
        assertThat(Texts.count(12, "мероприятие", "мероприятия", "мероприятий")).isEqualTo("12 мероприятий");
        assertThat(Texts.count(21, "мероприятие", "мероприятия", "мероприятий")).isEqualTo("21 мероприятие");
    }
}
