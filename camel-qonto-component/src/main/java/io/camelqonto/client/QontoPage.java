package io.camelqonto.client;

import java.util.List;

import io.camelqonto.model.PageMeta;

/**
 * One page of a collection.
 *
 * @param items the page's items
 * @param meta  the pagination block, or null when the endpoint sends none (e.g. bank accounts)
 */
public record QontoPage<T>(List<T> items, PageMeta meta) {

    public QontoPage {
        items = List.copyOf(items);
    }

    public boolean hasNextPage() {
        return meta != null && meta.hasNextPage();
    }
}
