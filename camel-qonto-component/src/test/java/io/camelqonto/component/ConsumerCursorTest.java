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
}
