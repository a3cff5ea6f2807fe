package io.camelqonto.client;

import java.util.Iterator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.camelqonto.model.PageMeta;

/**
 * A collection walked lazily page by page. Iterate it once; the next page is fetched only when the
 * items of the current one are used up.
 */
public interface QontoPages<T> extends Iterable<T> {

    @Override
    Iterator<T> iterator();

    /** {@return pages fetched so far} */
    int pagesFetched();

    /** {@return meta of the last page fetched, or null before the first fetch or when the endpoint sends none} */
    PageMeta lastMeta();

    /** {@return whether iteration stopped at the page cap while Qonto still announced more pages} */
    boolean truncated();

    /** {@return the items as a sequential stream, fetched as it is consumed} */
    default Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false);
    }
}
