package io.camelqonto.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A quote to ask for: what is sent ({@code sourceAmount} in {@code sourceCurrency}) or what must arrive
 * ({@code targetAmount} in {@code targetCurrency}), exactly one of the two, as decimal strings.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewInternationalQuote(String sourceCurrency, String targetCurrency, String sourceAmount,
        String targetAmount) implements QontoInput {

    @Override
    public void validate() {
        Validation validation = Validation.of("international quote")
                .currency("source_currency", sourceCurrency)
                .currency("target_currency", targetCurrency);
        if (sourceCurrency != null && sourceCurrency.equals(targetCurrency)) {
            validation.add("target_currency", "must differ from source_currency");
        }
        if ((sourceAmount == null) == (targetAmount == null)) {
            validation.add("source_amount", "exactly one of source_amount and target_amount must be given");
        } else if (sourceAmount != null) {
            validation.amount("source_amount", sourceAmount);
        } else {
            validation.amount("target_amount", targetAmount);
        }
        validation.throwIfInvalid();
    }
}
