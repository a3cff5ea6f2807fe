package io.camelqonto.model;

/**
 * What every Qonto resource has: an id and, for most, a status. The component reads ids and statuses through this
 * interface, so that a new model needs no code outside its own record.
 */
public interface QontoModel {

    /** {@return Qonto's id of the object, or null when Qonto sent none} */
    String id();

    /** {@return the object's status as Qonto spells it, or null when the resource has no status} */
    default String status() {
        return null;
    }
}
