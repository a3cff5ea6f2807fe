package io.camelqonto.model;

import java.util.Map;

/**
 * What every Qonto result has: an id and, for most, a status, plus the keys its model does not declare. The component
 * reads ids and statuses through this interface, so that a new model needs no code outside its own record.
 */
public interface QontoModel {

    /** {@return Qonto's id of the object, or null when Qonto sent none} */
    String id();

    /** {@return the object's status as Qonto spells it, or null when the resource has no status} */
    default String status() {
        return null;
    }

    /**
     * {@return the keys Qonto sent that the model does not declare, with their values as JSON reads them (maps, lists,
     * strings, numbers, booleans)} They are written back when the model is serialized, so a key Qonto adds is never
     * lost. Never null; unmodifiable.
     */
    Map<String, Object> otherFields();
}
