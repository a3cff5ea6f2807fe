package io.camelqonto.component.consumer;

import java.util.Set;

import io.camelqonto.client.QontoJson;
import io.camelqonto.model.Team;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a diffing consumer keeps: a change of content is seen, a change of key order is not. */
class DiffStateTest {

    @Test
    void theHashFollowsTheContentNotTheOrderOfItsKeys() throws Exception {
        Team team = QontoJson.mapper().readValue("{\"id\":\"t-1\",\"name\":\"Growth\",\"lead\":{\"a\":1,\"b\":2}}",
                Team.class);
        Team reordered = QontoJson.mapper().readValue("{\"lead\":{\"b\":2,\"a\":1},\"name\":\"Growth\",\"id\":\"t-1\"}",
                Team.class);
        Team renamed = QontoJson.mapper().readValue("{\"id\":\"t-1\",\"name\":\"Growth EU\",\"lead\":{\"a\":1,\"b\":2}}",
                Team.class);
        Team newKey = QontoJson.mapper().readValue("{\"id\":\"t-1\",\"name\":\"Growth\",\"lead\":{\"a\":1,\"b\":2},"
                + "\"budget\":1200}", Team.class);

        assertThat(ContentHash.of(reordered)).isEqualTo(ContentHash.of(team)).hasSize(16);
        assertThat(ContentHash.of(renamed)).isNotEqualTo(ContentHash.of(team));
        assertThat(ContentHash.of(newKey)).isNotEqualTo(ContentHash.of(team));
    }

    @Test
    void aStateSurvivesItsStoredFormAndForgetsWhatIsNoLongerListed() {
        DiffState state = DiffState.empty().with("t-1", "aaaa").with("t-2", "bbbb").with("t-1", "cccc");

        DiffState read = DiffState.fromJson(state.toJson());
        DiffState pruned = read.retaining(Set.of("t-2", "t-3"));

        assertThat(state.toJson()).doesNotContain("\n").isEqualTo("{\"items\":{\"t-1\":\"cccc\",\"t-2\":\"bbbb\"}}");
        assertThat(read.covers("t-1", "cccc")).isTrue();
        assertThat(read.covers("t-1", "aaaa")).isFalse();
        assertThat(read.knows("t-2")).isTrue();
        assertThat(pruned.knows("t-1")).isFalse();
        assertThat(pruned.covers("t-2", "bbbb")).isTrue();
        assertThat(pruned.retaining(Set.of("t-2"))).isSameAs(pruned);
    }
}
