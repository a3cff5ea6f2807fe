package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Teams;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.List;

/** The organization's teams: listing them and creating one. */
final class TeamApi {

    private static final int MIN_NAME_LENGTH = 2;
    private static final int MAX_NAME_LENGTH = 100;

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.oauthOnly("GET", "/v2/teams", Scopes.TEAM_READ, this::list),
                Endpoint.oauthOnly("POST", "/v2/teams", Scopes.TEAM_WRITE, this::create));
    }

    private ApiResponse list(ApiCall call) {
        PageRequest page = PageRequest.read(call.query(), PageRequest.DEFAULT_PER_PAGE);
        return Page.of("teams", call.domain().data().teams().all(), page);
    }

    /** The body is {@code {"name": ...}}, not wrapped; the answer is 201 with the team. */
    private ApiResponse create(ApiCall call) {
        JsonNode name = call.jsonBody().path("name");
        String text = name.isTextual() ? name.asText().strip() : "";
        if (text.length() < MIN_NAME_LENGTH || text.length() > MAX_NAME_LENGTH) {
            throw QontoErrors.unprocessable(ApiError.atPointer("invalid_length",
                    "name must be between 2 and 100 characters", "/name"));
        }
        Teams teams = call.domain().teams();
        if (teams.count() >= Teams.MAX_TEAMS) {
            // Inferred: Qonto's help center states the limit, not the error that enforces it.
            throw QontoErrors.unprocessable(ApiError.of("too_many_teams",
                    "An organization has at most " + Teams.MAX_TEAMS + " teams"));
        }
        return ApiResponse.json(201, Json.object().set("team", teams.create(text)));
    }
}
