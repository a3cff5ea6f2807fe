package io.camelqonto.client;

import java.util.ArrayList;
import java.util.List;

import io.camelqonto.model.PageMeta;

/**
 * One page of a collection.
 *
 * @param items       the page's items that could be read, in page order
 * @param meta        the pagination block, or null when the endpoint sends none (bank accounts; the client then
 *                    infers one from the size of the page)
 * @param undecodable the items that could not be read into their model, with their positions on the page
 * @param <T>         the item type
 */
public record QontoPage<T>(List<T> items, PageMeta meta, List<UndecodableItem> undecodable) {

    /**
     * Keeps its own copy of the items.
     *
     * @param items       the page's items
     * @param meta        the pagination block, or null when the endpoint sends none
     * @param undecodable the items that could not be read, with their positions
     */
    public QontoPage {
        items = List.copyOf(items);
        undecodable = List.copyOf(undecodable);
    }

    /**
     * A page whose every item could be read.
     *
     * @param items the page's items
     * @param meta  the pagination block, or null when the endpoint sends none
     */
    public QontoPage(List<T> items, PageMeta meta) {
        this(items, meta, List.of());
    }

    /** {@return every item in page order: the read ones as models, the others as {@link UndecodableItem}} */
    public List<Object> inPageOrder() {
        List<Object> all = new ArrayList<>(items.size() + undecodable.size());
        all.addAll(items);
        for (UndecodableItem item : undecodable) {
            all.add(Math.min(item.position(), all.size()), item);
        }
        return all;
    }

    /** {@return whether Qonto announced a next page} */
    public boolean hasNextPage() {
        return meta != null && meta.hasNextPage();
    }
}
