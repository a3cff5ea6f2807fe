package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MembershipsApiTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http http = Http.apiKey(emulator);

    @Test
    void listsMembersWithQontoFieldsTheOwnerFirst() {
        JsonNode memberships = http.get("/v2/memberships").json().get("memberships");

        assertThat(memberships).hasSize(emulator.store().memberships().size()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(memberships).allSatisfy(member -> assertThat(member.fieldNames()).toIterable().containsExactly(
                "id", "first_name", "last_name", "role", "residence_country", "birthdate", "nationality", "ubo",
                "birth_country", "status"));
        assertThat(memberships.at("/0/role").asText()).isEqualTo("owner");
        assertThat(values(memberships, "role")).contains("owner", "admin", "manager", "employee", "reporting",
                "accountant");
        assertThat(values(memberships, "status")).contains("active", "pending", "revoked");
        assertThat(memberships).filteredOn(m -> !m.get("birthdate").isNull())
                .allSatisfy(m -> assertThat(m.get("birthdate").asText()).matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void membersAreThePeopleWhoActInTheSeededData() {
        Set<String> memberIds = values(http.get("/v2/memberships").json().get("memberships"), "id");

        Set<Object> initiators = emulator.store().transactions().stream().map(tx -> tx.get("initiator_id"))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Set<Object> approvers = emulator.store().requests().stream().map(r -> r.get("approver_id"))
                .filter(Objects::nonNull).collect(Collectors.toSet());

        assertThat(initiators).isNotEmpty();
        assertThat(memberIds).containsAll(initiators.stream().map(String.class::cast).toList())
                .containsAll(approvers.stream().map(String.class::cast).toList());
    }

    @Test
    void pagesMemberships() {
        int total = emulator.store().memberships().size();
        List<String> ids = new ArrayList<>();
        Integer page = 1;
        while (page != null) {
            JsonNode body = http.get("/v2/memberships?per_page=4&page=" + page).json();
            assertThat(body.at("/meta/total_count").asInt()).isEqualTo(total);
            assertThat(body.at("/meta/total_pages").asInt()).isEqualTo((total + 3) / 4);
            body.get("memberships").forEach(member -> ids.add(member.get("id").asText()));
            page = body.at("/meta/next_page").isNull() ? null : body.at("/meta/next_page").asInt();
        }

        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        assertThat(http.get("/v2/memberships?page=0").status()).isEqualTo(422);
    }

    private static Set<String> values(JsonNode items, String field) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get(field).asText())
                .collect(Collectors.toSet());
    }
}
