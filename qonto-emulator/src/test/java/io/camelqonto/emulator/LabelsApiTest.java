package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LabelsApiTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http http = Http.apiKey(emulator);

    @Test
    void listsLabelsWithQontoFieldsAndOneLevelOfNesting() {
        JsonNode body = http.get("/v2/labels").json();

        JsonNode labels = body.get("labels");
        assertThat(labels).hasSize(emulator.store().labels().size()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(labels).allSatisfy(label -> assertThat(label.fieldNames()).toIterable()
                .containsExactly("id", "name", "parent_id"));
        Map<String, JsonNode> byId = new HashMap<>();
        labels.forEach(label -> byId.put(label.get("id").asText(), label));
        List<JsonNode> nested = new ArrayList<>();
        labels.forEach(label -> {
            if (!label.get("parent_id").isNull()) {
                nested.add(label);
            }
        });
        assertThat(nested).isNotEmpty().allSatisfy(label -> {
            JsonNode parent = byId.get(label.get("parent_id").asText());
            assertThat(parent).as("parent of %s", label.get("name")).isNotNull();
            assertThat(parent.get("parent_id").isNull()).isTrue();
        });
        assertThat(body.at("/meta/total_count").asInt()).isEqualTo(labels.size());
        assertThat(body.at("/meta/per_page").asInt()).isEqualTo(100);
    }

    @Test
    void pagesLabels() {
        List<String> ids = new ArrayList<>();
        int pages = 0;
        Integer page = 1;
        while (page != null) {
            JsonNode body = http.get("/v2/labels?per_page=3&page=" + page).json();
            assertThat(body.get("labels").size()).isBetween(1, 3);
            body.get("labels").forEach(label -> ids.add(label.get("id").asText()));
            page = body.at("/meta/next_page").isNull() ? null : body.at("/meta/next_page").asInt();
            pages++;
        }

        int total = emulator.store().labels().size();
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((total + 2) / 3);
        Http.Reply beyond = http.get("/v2/labels?per_page=3&page=" + (pages + 1));
        assertThat(beyond.status()).isEqualTo(422);
        assertThat(beyond.json().at("/errors/0/code").asText()).isEqualTo("invalid_page");
        assertThat(http.get("/v2/labels?per_page=abc").json().at("/errors/0/source/parameter").asText())
                .isEqualTo("per_page");
    }

    @Test
    void getsOneLabelAndReportsUnknownOnes() {
        JsonNode listed = http.get("/v2/labels").json().at("/labels/1");

        JsonNode fetched = http.get("/v2/labels/" + listed.get("id").asText()).json();
        Http.Reply missing = http.get("/v2/labels/00000000-0000-0000-0000-000000000000");

        assertThat(fetched.get("label")).isEqualTo(listed);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().at("/errors/code").asText()).isEqualTo("not_found");
    }

    @Test
    void transactionsReferToSeededLabels() {
        Set<Object> labelIds = emulator.store().labels().stream().map(label -> label.get("id"))
                .collect(Collectors.toSet());

        List<Object> used = emulator.store().transactions().stream()
                .flatMap(tx -> ((List<?>) tx.get("label_ids")).stream())
                .map(Object.class::cast)
                .toList();

        assertThat(used).isNotEmpty();
        assertThat(labelIds).containsAll(used);
    }
}
