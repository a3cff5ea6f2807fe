package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TeamsAndOwnMembershipApiTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http oauth = Http.oauth(emulator);

    @Test
    void theOwnMembershipShowsContactDataTheListLeavesOut() {
        Map<String, Object> owner = emulator.store().memberships().get(0);

        JsonNode own = oauth.get("/v2/membership").json().get("membership");
        JsonNode listed = oauth.get("/v2/memberships").json().at("/memberships/0");

        assertThat(own.fieldNames()).toIterable().containsExactly("id", "first_name", "last_name", "email",
                "phone_number", "position", "status", "role", "locale", "team_id", "kyc_status");
        assertThat(own.get("id").asText()).isEqualTo(owner.get("id"));
        assertThat(own.get("email").asText()).isEqualTo(owner.get("email")).contains("@");
        assertThat(emulator.store().teams()).extracting(team -> team.get("id")).contains(own.get("team_id").asText());
        assertThat(listed.has("email")).isFalse();
        assertThat(Http.apiKey(emulator).get("/v2/membership").status()).isEqualTo(401);
        assertThat(Http.bearer(emulator, emulator.oauth().issueTokens(java.util.Set.of("organization.read"))
                .accessToken()).get("/v2/membership").status()).isEqualTo(403);
    }

    @Test
    void invitesAMemberIntoATeamOnceByEmail() {
        String team = (String) emulator.store().teams().get(1).get("id");
        String body = "{\"membership\":{\"email\":\"gavin.belson@hooli.example\",\"first_name\":\"Gavin\","
                + "\"last_name\":\"Belson\",\"role\":\"accountant\",\"team_id\":\"" + team + "\"}}";
        int before = emulator.store().memberships().size();

        Http.Reply invited = oauth.post("/v2/memberships/invite_employee_or_accountant", body);
        Http.Reply again = oauth.post("/v2/memberships/invite_employee_or_accountant", body);
        Http.Reply invalid = oauth.post("/v2/memberships/invite_employee_or_accountant",
                "{\"membership\":{\"email\":\"nope\",\"role\":\"owner\",\"team_id\":\"x\"}}");

        assertThat(invited.status()).isEqualTo(200);
        assertThat(invited.json().get("membership").fieldNames()).toIterable().containsExactly("id", "first_name",
                "last_name", "email", "role", "locale", "team_id");
        assertThat(invited.json().at("/membership/team_id").asText()).isEqualTo(team);
        assertThat(emulator.store().memberships()).hasSize(before + 1).last()
                .satisfies(m -> assertThat(m).containsEntry("status", "pending").containsEntry("role", "accountant"));
        assertThat(again.json().at("/errors/0/code").asText()).isEqualTo("taken");
        assertThat(invalid.json().get("errors")).extracting(e -> e.at("/source/pointer").asText())
                .containsExactlyInAnyOrder("/membership/email", "/membership/first_name", "/membership/last_name",
                        "/membership/role", "/membership/team_id");
    }

    @Test
    void listsAndCreatesTeams() {
        int seeded = emulator.store().teams().size();

        Http.Reply created = oauth.post("/v2/teams", "{\"name\":\"Marketing\"}");
        JsonNode page = oauth.get("/v2/teams?per_page=2&page=2").json();
        Http.Reply tooShort = oauth.post("/v2/teams", "{\"name\":\"M\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/team/name").asText()).isEqualTo("Marketing");
        assertThat(page.at("/meta/total_count").asInt()).isEqualTo(seeded + 1);
        assertThat(page.get("teams")).extracting(t -> t.get("name").asText()).contains("Marketing");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.json().at("/errors/0/source/pointer").asText()).isEqualTo("/name");
        assertThat(Http.apiKey(emulator).get("/v2/teams").status()).isEqualTo(401);
    }
}
