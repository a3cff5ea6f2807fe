package io.camelqonto.emulator.internal.seed;

import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.store.IdFactory;
import io.camelqonto.emulator.internal.store.ResourceTable;
import java.util.ArrayList;
import java.util.List;

/** The organization's teams, which its members are spread over. */
final class TeamSeeder {

    static final List<String> TEAMS = List.of("Engineering", "Business Development", "Finance");

    private final IdFactory ids;

    TeamSeeder(IdFactory ids) {
        this.ids = ids;
    }

    /** @return the ids of the teams, in creation order */
    List<String> seed(ResourceTable teams) {
        List<String> created = new ArrayList<>();
        for (String name : TEAMS) {
            String id = ids.uuid("team");
            teams.put(Json.object().put("id", id).put("name", name));
            created.add(id);
        }
        return created;
    }
}
