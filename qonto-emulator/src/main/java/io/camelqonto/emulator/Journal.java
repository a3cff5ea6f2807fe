package io.camelqonto.emulator;

import java.util.ArrayList;
import java.util.List;

/** Every API and OAuth call that reached the emulator, in arrival order. Admin calls are not recorded. */
public final class Journal {

    private final List<RecordedRequest> requests = new ArrayList<>();

    Journal() {
    }

    /** {@return every call received, oldest first} */
    public synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    /** {@return how many calls were received} */
    public synchronized int count() {
        return requests.size();
    }

    /** Forgets the calls received so far. */
    public synchronized void clear() {
        requests.clear();
    }

    /**
     * The calls with this method on paths under this prefix, oldest first.
     *
     * @param method the HTTP method (case-insensitive), or null for any
     * @param pathPrefix what the paths start with, e.g. {@code /v2/sepa/transfers}
     * @return the matching calls
     */
    public synchronized List<RecordedRequest> matching(String method, String pathPrefix) {
        return requests.stream()
                .filter(r -> method == null || method.equalsIgnoreCase(r.method()))
                .filter(r -> r.path().startsWith(pathPrefix))
                .toList();
    }

    synchronized void add(RecordedRequest request) {
        requests.add(request);
    }
}
