package io.camelqonto.component.hook;

import java.util.LinkedHashMap;
import java.util.Map;

import io.camelqonto.component.producer.QontoBodyConverter;
import io.camelqonto.model.Iban;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.Validation;

/** The payee to verify is the body: a beneficiary (model, Map or JSON), or a transfer naming one inline. */
final class PayeeInputHook implements OperationHook {

    @Override
    public Object payload(Object body, String subject) {
        NewSepaBeneficiary payee = body instanceof NewSepaTransfer transfer && transfer.beneficiary() != null
                ? transfer.beneficiary()
                : QontoBodyConverter.convert(body, NewSepaBeneficiary.class, "payee verification");
        Validation.of("payee verification")
                .required("name", payee.name())
                .maxLength("name", payee.name(), 140)
                .required("iban", payee.iban())
                .iban("iban", payee.iban())
                .throwIfInvalid();
        Map<String, String> request = new LinkedHashMap<>();
        request.put("iban", Iban.normalize(payee.iban()));
        request.put("beneficiary_name", payee.name());
        return request;
    }
}
