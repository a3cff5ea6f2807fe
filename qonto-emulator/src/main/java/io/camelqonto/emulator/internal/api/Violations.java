package io.camelqonto.emulator.internal.api;

import java.util.ArrayList;
import java.util.List;

/** Collects every validation error of a request body, so that one 422 reports them all as Qonto does. */
public final class Violations {

    private final List<ApiError> errors = new ArrayList<>();

    public void add(String code, String detail, String pointer) {
        errors.add(ApiError.atPointer(code, detail, pointer));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Hands these violations over to another collection, as part of one bigger body. */
    public void moveTo(Violations other) {
        other.errors.addAll(errors);
        errors.clear();
    }

    public void throwIfAny() {
        throwIfAny(422);
    }

    /** As {@link #throwIfAny()}, for the calls Qonto answers validation errors on with another status. */
    public void throwIfAny(int status) {
        if (!errors.isEmpty()) {
            throw QontoErrors.of(status, errors);
        }
    }
}
