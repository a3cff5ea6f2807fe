package io.camelqonto.component;

import java.time.Instant;

import io.camelqonto.component.consumer.ConsumerCursor;
import io.camelqonto.model.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cursor arithmetic the consumer relies on, without Qonto. */
class ConsumerCursorTest {

    private static final Instant T1 = Instant.parse("2024-05-01T10:00:00.123Z");
    private static final Instant T2 = Instant.parse("2024-05-01T10:00:01Z");
    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    @Test
    void fromTheBeginningEverythingWithAnInstantIsNew() {
        ConsumerCursor cursor = ConsumerCursor.start(ConsumerCursor.BEGINNING, NOW);

        assertThat(cursor.instant()).isNull();
        assertThat(cursor.covers("a", T1)).isFalse();
        assertThat(cursor.covers("a", null)).as("no value yet: delivered once it has one").isTrue();
    }

    @Test
    void itemsSharingTheCursorInstantAreToldApartById() {
        ConsumerCursor cursor = ConsumerCursor.start(ConsumerCursor.BEGINNING, NOW).advance("a", T1).advance("b", T1);

        assertThat(cursor.instant()).isEqualTo(T1);
        assertThat(cursor.ids()).containsExactly("a", "b");
        assertThat(cursor.covers("a", T1)).isTrue();
        assertThat(cursor.covers("c", T1)).isFalse();
        assertThat(cursor.covers("z", T1.minusMillis(1))).as("behind the cursor").isTrue();
    }

    @Test
    void aLaterInstantMovesTheCursorAndStartsANewIdSet() {
        ConsumerCursor cursor = ConsumerCursor.start(ConsumerCursor.BEGINNING, NOW).advance("a", T1).advance("a", T2);

        assertThat(cursor.instant()).isEqualTo(T2);
        assertThat(cursor.ids()).containsExactly("a");
        assertThat(cursor.covers("b", T1)).isTrue();
        assertThat(cursor.advance("a", T2)).as("advancing over a covered item changes nothing").isSameAs(cursor);
    }

    @Test
    void survivesItsJsonForm() {
        ConsumerCursor cursor = ConsumerCursor.start(ConsumerCursor.BEGINNING, NOW).advance("a", T1).advance("b", T1);

        String json = cursor.toJson();
        ConsumerCursor read = ConsumerCursor.fromJson(json);

        assertThat(json).doesNotContain("\n").doesNotContain("=");
        assertThat(read.instant()).isEqualTo(T1);
        assertThat(read.ids()).containsExactly("a", "b");
        assertThat(ConsumerCursor.fromJson(ConsumerCursor.start(ConsumerCursor.BEGINNING, NOW).toJson()).instant())
                .isNull();
    }

    @Test
    void startsFromNowOrFromAGivenInstant() {
        assertThat(ConsumerCursor.start(ConsumerCursor.NOW, NOW).instant()).isEqualTo(NOW);
        assertThat(ConsumerCursor.start("2024-05-01T12:00:00+02:00", NOW).instant())
                .isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(ConsumerCursor.start(ConsumerCursor.NOW, NOW).covers("a", NOW)).isFalse();
        assertThatThrownBy(() -> ConsumerCursor.checkStartFrom("yesterday"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("startFrom");
    }

    @Test
    void aCursorKeepsWhatItCoversWhileTheCursorsAdvancedFromItGoOn() {
        ConsumerCursor first = ConsumerCursor.start(ConsumerCursor.BEGINNING, NOW).advance("a", T1);
        ConsumerCursor second = first.advance("b", T1);
        ConsumerCursor third = second.advance("c", T1);
        ConsumerCursor branch = first.advance("d", T1);

        assertThat(first.ids()).containsExactly("a");
        assertThat(first.covers("b", T1)).isFalse();
        assertThat(second.ids()).containsExactly("a", "b");
        assertThat(third.ids()).containsExactly("a", "b", "c");
        assertThat(branch.ids()).containsExactly("a", "d");
        assertThat(third.covers("d", T1)).isFalse();
        assertThat(second.toJson()).isEqualTo("{\"instant\":\"2024-05-01T10:00:00.123Z\",\"ids\":[\"a\",\"b\"]}");
    }

    @Test
    void aLongRunAtOneInstantIsToldApartAsWellAsAShortOne() {
        ConsumerCursor cursor = ConsumerCursor.start(ConsumerCursor.BEGINNING, NOW);
        for (int i = 0; i < 1000; i++) {
            cursor = cursor.advance("id-" + i, T1);
        }

        assertThat(cursor.ids()).hasSize(1000).startsWith("id-0", "id-1").endsWith("id-999");
        assertThat(cursor.covers("id-500", T1)).isTrue();
        assertThat(cursor.covers("id-1000", T1)).isFalse();
        assertThat(ConsumerCursor.fromJson(cursor.toJson()).ids()).containsExactlyElementsOf(cursor.ids());
    }

    @Test
    void readsTheFormWrittenBeforeAndWritesItTheSameWay() {
        String stored = "{\"instant\":\"2024-05-01T10:00:00.123Z\",\"ids\":[\"a\",\"b\"]}";

        assertThat(ConsumerCursor.fromJson(stored).toJson()).isEqualTo(stored);
        assertThat(ConsumerCursor.fromJson("{\"ids\":[]}").toJson()).isEqualTo("{\"ids\":[]}");
    }

    @Test
    void anIdWithCharactersJsonEscapesSurvivesItsStoredForm() {
        String odd = "tx \"7\" \\ \t";
        ConsumerCursor cursor = ConsumerCursor.start(ConsumerCursor.BEGINNING, NOW).advance(odd, T2);

        String json = cursor.toJson();

        assertThat(json).doesNotContain("\n").doesNotContain("\t");
        assertThat(ConsumerCursor.fromJson(json).ids()).containsExactly(odd);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2024-05-01T10:00:00Z", "2024-05-01T10:00:00.100Z",
        "2024-05-01T10:00:00.123456Z", "2024-05-01T10:00:00.000000001Z", "2024-02-29T23:59:59.999999999Z",
        "0900-01-01T00:00:00Z", "+12024-05-01T10:00:00.120Z"})
    void storesAnInstantAsInstantToStringWritesIt(String instant) {
        Instant value = Instant.parse(instant);

        assertThat(ConsumerCursor.start(ConsumerCursor.BEGINNING, NOW).advance("a", value).toJson())
                .isEqualTo("{\"instant\":\"" + value + "\",\"ids\":[\"a\"]}");
    }
}
