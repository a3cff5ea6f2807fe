package io.camelqonto.model;

/** A request body the caller writes: it checks itself before anything is sent. */
public interface QontoInput {

    /**
     * @throws InvalidInputException naming every field Qonto would refuse
     */
    void validate();
}
