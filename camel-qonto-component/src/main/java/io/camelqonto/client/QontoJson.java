package io.camelqonto.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON mapping Qonto needs: lenient on input (Qonto adds fields and enum values without notice),
 * exact on output (ISO-8601 dates, no nulls, money as decimals).
 */
public final class QontoJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private QontoJson() {
    }

    /** {@return the shared, thread-safe mapper}. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
