package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.store.DataStore;
import java.util.Optional;

/** The organization's teams. */
public final class Teams {

    /** Qonto's limit of teams per organization. */
    public static final int MAX_TEAMS = 100;

    private final DataStore data;

    Teams(DataStore data) {
        this.data = data;
    }

    public Optional<ObjectNode> byId(String id) {
        return data.teams().get(id);
    }

    public int count() {
        return data.teams().all().size();
    }

    public ObjectNode create(String name) {
        ObjectNode team = Json.object().put("id", data.ids().uuid("team")).put("name", name);
        data.teams().put(team);
        return team;
    }
}
