package io.camelqonto.emulator.internal.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The documents of one resource type, in creation order, keyed by their {@code id}. Documents are stored in
 * Qonto's JSON shape, so what the API returns is what is stored. Not thread-safe: the emulator's state lock
 * guards it.
 */
public final class ResourceTable {

    private final Map<String, ObjectNode> documents = new LinkedHashMap<>();
    private BiConsumer<ObjectNode, Boolean> observer = (document, created) -> { };

    public void put(ObjectNode document) {
        boolean created = documents.put(document.get("id").asText(), document) == null;
        observer.accept(document, created);
    }

    /** Told of every document put from now on, and whether it is new; one observer per table. */
    public void observe(BiConsumer<ObjectNode, Boolean> observer) {
        this.observer = observer;
    }

    /** Forgets a document; deleting an unknown id changes nothing. */
    public void remove(String id) {
        documents.remove(id);
    }

    public Optional<ObjectNode> get(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    public List<ObjectNode> all() {
        return new ArrayList<>(documents.values());
    }

    public List<ObjectNode> where(Predicate<ObjectNode> filter) {
        return documents.values().stream().filter(filter).toList();
    }
}
