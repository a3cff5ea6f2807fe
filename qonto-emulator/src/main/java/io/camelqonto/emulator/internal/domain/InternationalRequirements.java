package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The details an international beneficiary or transfer needs, as Qonto lists them: requirement types (one per way of
 * paying a currency), each with groups of fields. Inferred: Qonto's reference shows the shape, not the fields; the
 * emulator asks for the fields of the usual account formats of each currency.
 */
public final class InternationalRequirements {

    /** The account format each currency is paid to, the first one being the default. */
    private static final Map<String, List<String>> TYPES = Map.of(
            "USD", List.of("aba", "swift_code"),
            "GBP", List.of("sort_code", "iban"),
            "CAD", List.of("canadian", "swift_code"));

    private static final String DEFAULT_TYPE = "swift_code";

    private InternationalRequirements() {
    }

    /** The requirement types a currency can be paid with. */
    public static List<String> types(String currency) {
        return TYPES.getOrDefault(currency, List.of(DEFAULT_TYPE));
    }

    /** The keys of {@code details} a beneficiary of this type must give. */
    public static List<String> requiredBeneficiaryKeys(String type) {
        List<String> keys = new ArrayList<>(List.of("legalType", "accountHolderName"));
        keys.addAll(switch (type) {
            case "aba" -> List.of("abaCode", "accountNumber", "accountType");
            case "sort_code" -> List.of("sortCode", "accountNumber");
            case "iban" -> List.of("iban");
            case "canadian" -> List.of("institutionNumber", "transitNumber", "accountNumber");
            default -> List.of("swiftCode", "accountNumber");
        });
        keys.addAll(List.of("address.country", "address.city", "address.firstLine", "address.postCode"));
        return keys;
    }

    /** The keys of {@code details} a transfer must give. */
    public static List<String> requiredTransferKeys() {
        return List.of("reference", "transferPurpose", "sourceOfFunds");
    }

    public static ArrayNode forBeneficiary(String currency) {
        ArrayNode requirements = Json.array();
        for (String type : types(currency)) {
            List<ObjectNode> fields = new ArrayList<>();
            fields.add(group("Recipient type", field("legalType", "Recipient type", "radio", true,
                    values("PRIVATE", "Person", "BUSINESS", "Business"))));
            fields.add(group("Full name of the account holder", text("accountHolderName", "Full name", 2, 140,
                    "^.{2,140}$", "Jane Doe")));
            for (String key : requiredBeneficiaryKeys(type)) {
                if (!key.startsWith("address.") && !key.equals("legalType") && !key.equals("accountHolderName")) {
                    fields.add(group(label(key), key.equals("accountType")
                            ? field(key, label(key), "radio", true, values("CHECKING", "Checking", "SAVINGS", "Savings"))
                            : text(key, label(key), 1, 34, "^[A-Za-z0-9 ]{1,34}$", example(key))));
                }
            }
            fields.add(group("Country", field("address.country", "Country", "select", true,
                    values("US", "United States", "GB", "United Kingdom", "CA", "Canada", "CH", "Switzerland"))
                    .put("refresh_requirements_on_change", true)));
            fields.add(group("City", text("address.city", "City", 1, 85, "^.{1,85}$", "New York")));
            fields.add(group("Address", text("address.firstLine", "Address", 1, 140, "^.{1,140}$",
                    "50 Main Street")));
            fields.add(group("Post code", text("address.postCode", "Post code", 1, 16, "^[A-Za-z0-9 -]{1,16}$",
                    "10001")));
            ObjectNode requirement = Json.object().put("type", type);
            requirement.set("fields", Json.array(fields));
            requirements.add(requirement);
        }
        return requirements;
    }

    public static ArrayNode forTransfer() {
        ObjectNode requirement = Json.object().put("type", "transfer");
        requirement.set("fields", Json.array(List.of(
                group("Reference", text("reference", "Reference", 1, 35, "^.{1,35}$", "Invoice 2026-001")),
                group("Purpose of the transfer", field("transferPurpose", "Purpose", "select", true,
                        values("verification.transfers.purpose.pay.bills", "Paying bills",
                                "verification.transfers.purpose.goods", "Buying goods"))),
                group("Source of the funds", field("sourceOfFunds", "Source of funds", "select", true,
                        values("verification.source.of.funds.other", "Business income"))))));
        return Json.array(List.of(requirement));
    }

    private static ObjectNode group(String name, ObjectNode field) {
        ObjectNode group = Json.object().put("name", name);
        group.set("group", Json.array(List.of(field)));
        return group;
    }

    private static ObjectNode field(String key, String name, String type, boolean required, ArrayNode allowed) {
        ObjectNode field = Json.object().put("key", key).put("name", name).put("type", type)
                .put("refresh_requirements_on_change", false).put("required", required)
                .putNull("display_format").putNull("example").putNull("min_length").putNull("max_length")
                .putNull("validation_regexp");
        field.set("values_allowed", allowed);
        return field;
    }

    private static ObjectNode text(String key, String name, int min, int max, String pattern, String example) {
        return field(key, name, "text", true, Json.array()).put("example", example).put("min_length", min)
                .put("max_length", max).put("validation_regexp", pattern);
    }

    private static ArrayNode values(String... keysAndValues) {
        ArrayNode values = Json.array();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.add(Json.object().put("key", keysAndValues[i]).put("value", keysAndValues[i + 1]));
        }
        return values;
    }

    private static String label(String key) {
        return switch (key) {
            case "abaCode" -> "ACH routing number";
            case "accountNumber" -> "Account number";
            case "accountType" -> "Account type";
            case "sortCode" -> "UK sort code";
            case "iban" -> "IBAN";
            case "institutionNumber" -> "Institution number";
            case "transitNumber" -> "Transit number";
            default -> "SWIFT / BIC code";
        };
    }

    private static String example(String key) {
        return switch (key) {
            case "abaCode" -> "026009593";
            case "sortCode" -> "231470";
            case "iban" -> "GB33BUKB20201555555555";
            case "institutionNumber" -> "001";
            case "transitNumber" -> "00011";
            case "swiftCode" -> "BOFAUS3N";
            default -> "12345678";
        };
    }
}
