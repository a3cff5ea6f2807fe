package io.camelqonto.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelqonto.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's outline, read from its bytes, says what the decoded page says about where a walk goes next: the last value
 * of the cursor field, how many items end with it, and whether a next page follows, whatever the strings, nesting and
 * layout of the answer.
 */
class PageOutlineTest {

    private static final String A = "2025-01-06T08:00:00.001Z";
    private static final String B = "2025-01-06T08:00:00.002Z";
    private static final String META_NEXT = "\"meta\":{\"current_page\":1,\"next_page\":2,\"prev_page\":null}";
    private static final String META_LAST = "\"meta\":{\"current_page\":2,\"next_page\":null,\"prev_page\":1}";

    private static PageOutline outline(String json) {
        return PageOutline.read(json.getBytes(StandardCharsets.UTF_8), "transactions", "updated_at", 100);
    }

    private static String item(String id, String updatedAt) {
        return "{\"id\":\"" + id + "\",\"updated_at\":" + (updatedAt == null ? "null" : "\"" + updatedAt + "\"") + "}";
    }

    @Test
    void readsTheLastValueAndTheNextPageOfQontosLayout() {
        PageOutline outline = outline("{\"transactions\":[" + item("1", A) + "," + item("2", B) + "]," + META_NEXT
                + "}");

        assertThat(outline).isEqualTo(new PageOutline(Instant.parse(B), 1, true));
    }

    @Test
    void countsTheItemsThatEndWithTheLastValueSkippingThoseWithoutOne() {
        PageOutline outline = outline("{\"transactions\":[" + item("1", B) + "," + item("2", A) + "," + item("3", B)
                + "," + item("4", null) + ",{\"id\":\"5\"}," + item("6", B) + "]," + META_LAST + "}");

        assertThat(outline).isEqualTo(new PageOutline(Instant.parse(B), 2, false));
    }

    @Test
    void aPageWhoseItemsAllShareOneValueCountsThemAll() {
        PageOutline outline = outline("{\"transactions\":[" + item("1", A) + "," + item("2", A) + "," + item("3", A)
                + "]," + META_NEXT + "}");

        assertThat(outline).isEqualTo(new PageOutline(Instant.parse(A), 3, true));
    }

    @Test
    void readsOnlyAnItemsOwnFieldNotTheSameNameInsideItsBlocksOrStrings() {
        PageOutline outline = outline("{\"transactions\":[{\"id\":\"1\",\"updated_at\":\"" + A + "\","
                + "\"attachments\":[{\"updated_at\":\"2030-01-01T00:00:00Z\"}],"
                + "\"note\":\"\\\"updated_at\\\":\\\"2031-01-01T00:00:00Z\\\"}]\","
                + "\"label\":\"ends with a backslash \\\\\",\"reference\":\"{[\\\\\\\"]}\"}]," + META_NEXT + "}");

        assertThat(outline).isEqualTo(new PageOutline(Instant.parse(A), 1, true));
    }

    @Test
    void readsOnlyTheMetaBlocksOwnNextPage() {
        PageOutline outline = outline("{\"transactions\":[" + item("1", A) + "],\"meta\":{\"note\":\"next_page\","
                + "\"links\":{\"next_page\":3},\"next_page\":null}}");

        assertThat(outline).isEqualTo(new PageOutline(Instant.parse(A), 1, false));
    }

    @Test
    void aKeyWrittenTwiceCountsWithItsLastValueAsTheDecoderReadsIt() {
        PageOutline outline = outline("{\"transactions\":[{\"id\":\"1\",\"updated_at\":\"" + A + "\",\"updated_at\":\""
                + A + "\"}," + item("2", A) + "]," + META_LAST + "}");

        assertThat(outline).isEqualTo(new PageOutline(Instant.parse(A), 2, false));
    }

    @Test
    void readsPrettyPrintedAnswers() {
        PageOutline outline = outline("{\n  \"transactions\" : [ {\n    \"id\" : \"1\",\n    \"updated_at\" : \"" + A
                + "\"\n  }, null ]\t,\r\n  \"meta\" : { \"next_page\" : 2 }\n}\n");

        assertThat(outline).isEqualTo(new PageOutline(Instant.parse(A), 1, true));
    }

    @Test
    void aMetaBlockBeforeTheListAndOtherListsAreReadToo() {
        PageOutline outline = outline("{" + META_LAST + ",\"transactions\":[" + item("1", A) + "],\"included\":["
                + item("9", B) + "]}");

        assertThat(outline).isEqualTo(new PageOutline(Instant.parse(A), 1, false));
    }

    @Test
    void withoutMetaAFullPageIsFollowedByAnotherAndNullEntriesDoNotCount() {
        String twoItems = "{\"transactions\":[" + item("1", A) + ",null," + item("2", B) + "]}";

        assertThat(PageOutline.read(twoItems.getBytes(StandardCharsets.UTF_8), "transactions", "updated_at", 2))
                .isEqualTo(new PageOutline(Instant.parse(B), 1, true));
        assertThat(PageOutline.read(twoItems.getBytes(StandardCharsets.UTF_8), "transactions", "updated_at", 3))
                .isEqualTo(new PageOutline(Instant.parse(B), 1, false));
    }

    @Test
    void readsAnAnswerThatIsTheListItself() {
        String list = "[" + item("1", A) + "," + item("2", A) + "]";

        assertThat(PageOutline.read(list.getBytes(StandardCharsets.UTF_8), "transactions", "updated_at", 2))
                .isEqualTo(new PageOutline(Instant.parse(A), 2, true));
    }

    @Test
    void anEmptyPageHasNoLastValue() {
        assertThat(outline("{\"transactions\":[]," + META_LAST + "}")).isEqualTo(new PageOutline(null, 0, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html><body>Sign in</body></html>", "{\"transactions\":[{\"id\":\"1\"",
        "{\"other\":[]}", "{\"transactions\":[{\"updated_at\":\"yesterday\"}]}", "{\"transactions\":{}}", "null"})
    void aBodyThatIsNoPageOrHasNoReadableValueHasNoOutline(String body) {
        assertThat(outline(body)).isNull();
    }

    /**
     * Pages as Qonto could write them, with strings full of quotes, backslashes and brackets, nested blocks holding the
     * same field name, items without a value and runs of one instant: the outline agrees with the decoded page.
     */
    @Test
    void agreesWithTheDecodedPageOnRandomPages() {
        Random random = new Random(20261201);
        for (int round = 0; round < 500; round++) {
            int perPage = 1 + random.nextInt(8);
            String json = randomPage(random, perPage);
            HttpResult result = new HttpResult(200, Map.of(), json.getBytes(StandardCharsets.UTF_8));
            QontoPage<Transaction> decoded;
            try {
                decoded = PageDecoder.decode(QontoOperation.LIST_TRANSACTIONS, result, Transaction.class);
            } catch (ResponseDecoder.MalformedResponseException e) {
                throw new AssertionError("the generator wrote malformed JSON: " + json, e);
            }
            Instant last = null;
            int atLast = 0;
            for (Transaction transaction : decoded.items()) {
                Instant value = transaction.updatedAt();
                if (value != null) {
                    atLast = value.equals(last) ? atLast + 1 : 1;
                    last = value;
                }
            }
            PageOutline outline = PageOutline.read(result.body(), "transactions", "updated_at", perPage);

            assertThat(outline).as(json).isEqualTo(new PageOutline(last, atLast, decoded.hasNextPage()));
        }
    }

    private static String randomPage(Random random, int perPage) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode items = nodes.arrayNode();
        int count = random.nextInt(perPage + 1);
        Instant at = Instant.parse("2025-01-06T08:00:00Z");
        for (int i = 0; i < count; i++) {
            if (random.nextInt(10) == 0) {
                items.addNull();
                continue;
            }
            List<Runnable> fields = new ArrayList<>();
            ObjectNode item = nodes.objectNode();
            if (random.nextInt(3) > 0) {
                at = at.plusMillis(random.nextInt(3));
            }
            Instant value = at;
            int shape = random.nextInt(8);
            fields.add(() -> item.put("id", "tx-" + random.nextInt(1000)));
            if (shape > 0) {
                fields.add(() -> {
                    if (shape == 1) {
                        item.putNull("updated_at");
                    } else {
                        item.put("updated_at", value.toString());
                    }
                });
            }
            fields.add(() -> item.put("note", randomText(random)));
            fields.add(() -> item.put("amount_cents", random.nextInt(100_000)));
            fields.add(() -> item.putArray("attachments").addObject().put("updated_at", randomText(random))
                    .putArray("nested").add(randomText(random)).addObject().put("x", "]}"));
            fields.add(() -> item.putObject("logo").put("small", randomText(random)));
            Collections.shuffle(fields, random);
            fields.forEach(Runnable::run);
            items.add(item);
        }
        ObjectNode meta = nodes.objectNode().put("current_page", 1);
        if (random.nextBoolean()) {
            meta.put("next_page", 2);
        } else {
            meta.putNull("next_page");
        }
        ObjectNode page = nodes.objectNode();
        if (random.nextInt(4) == 0) {
            page.set("meta", meta);
            page.set("transactions", items);
        } else {
            page.set("transactions", items);
            page.set("meta", meta);
        }
        return random.nextBoolean() ? page.toString() : page.toPrettyString();
    }

    private static String randomText(Random random) {
        String alphabet = "ab\"\\{}[]:, \n\u00e9\u20ac";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
