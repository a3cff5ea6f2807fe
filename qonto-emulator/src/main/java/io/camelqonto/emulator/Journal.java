package io.camelqonto.emulator;

import java.util.ArrayList;
import java.util.List;

/** Every API and OAuth call that reached the emulator, in arrival order. Admin calls are not recorded. */
public final class Journal {

    private final List<RecordedRequest> requests = new ArrayList<>();

    Journal() {
    }

    public synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    public synchronized int count() {
        return requests.size();
    }

    public synchronized void clear() {
        requests.clear();
    }

    /**
     * @param method the HTTP method (case-insensitive), or null for any
     * @param pathPrefix what the paths start with, e.g. {@code /v2/sepa/transfers}
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
