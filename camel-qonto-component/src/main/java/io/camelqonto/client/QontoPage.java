package io.camelqonto.client;

import java.util.List;

import io.camelqonto.model.PageMeta;

/**
 * One page of a collection.
 *
 * @param items the page's items
 * @param meta  the pagination block, or null when the endpoint sends none (e.g. bank accounts)
 * @param <T>   the item type
 */
public record QontoPage<T>(List<T> items, PageMeta meta) {

    /**
     * Keeps its own copy of the items.
     *
     * @param items the page's items
     * @param meta  the pagination block, or null when the endpoint sends none
     */
    public QontoPage {
        items = List.copyOf(items);
    }

    /** {@return whether Qonto announced a next page} */
    public boolean hasNextPage() {
        return meta != null && meta.hasNextPage();
    }
}
