package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * International (SWIFT) transfers: a quote fixes the rate and the fees for a while, a beneficiary is created against a
 * quote, and the transfer pays the quoted source amount from a euro account, held back until the bank settles it.
 * Inferred: Qonto documents neither its rates, its fees nor how long a quote lasts; the emulator uses fixed rates, a
 * 5.00 EUR fee plus 0.5 %, and 30 minutes.
 */
public final class InternationalTransfers {

    /** How many units of each currency one euro buys. */
    private static final Map<String, BigDecimal> RATES = Map.of(
            "USD", new BigDecimal("1.0850"),
            "GBP", new BigDecimal("0.8420"),
            "CHF", new BigDecimal("0.9415"),
            "CAD", new BigDecimal("1.4710"),
            "JPY", new BigDecimal("162.3500"));

    /** The currencies offered, with the country they are suggested for, most suggested first. */
    private static final List<List<String>> CURRENCIES = List.of(
            List.of("USD", "US"), List.of("GBP", "GB"), List.of("CHF", "CH"), List.of("CAD", "CA"),
            List.of("JPY", "JP"));

    public static final String SOURCE_CURRENCY = "EUR";
    private static final long FIXED_FEE_CENTS = 500;
    private static final BigDecimal VARIABLE_FEE = new BigDecimal("0.005");
    private static final Duration QUOTE_VALIDITY = Duration.ofMinutes(30);

    private final DataStore data;
    private final Supplier<Instant> now;
    private final Accounts accounts;

    InternationalTransfers(DataStore data, Supplier<Instant> now, Accounts accounts) {
        this.data = data;
        this.now = now;
        this.accounts = accounts;
    }

    public static boolean offers(String currency) {
        return RATES.containsKey(currency);
    }

    /** The currencies euros can be sent in, as Qonto lists them. */
    public static List<ObjectNode> currencies() {
        return IntStream.range(0, CURRENCIES.size()).mapToObj(i -> Json.object()
                .put("currency_code", CURRENCIES.get(i).get(0))
                .put("country_code", CURRENCIES.get(i).get(1))
                .put("suggestion_priority", i + 1)).toList();
    }

    /**
     * A quote for sending euros: either the euros to send ({@code sourceCents}) or the amount to arrive
     * ({@code targetCents}) is given, the other is computed.
     */
    public ObjectNode quote(String targetCurrency, Long sourceCents, Long targetCents) {
        BigDecimal rate = RATES.get(targetCurrency);
        long source;
        long target;
        if (sourceCents != null) {
            source = sourceCents;
            target = BigDecimal.valueOf(source - fee(source)).multiply(rate).setScale(0, RoundingMode.DOWN)
                    .longValueExact();
        } else {
            target = targetCents;
            long net = BigDecimal.valueOf(target).divide(rate, 0, RoundingMode.UP).longValueExact();
            source = BigDecimal.valueOf(net + FIXED_FEE_CENTS)
                    .divide(BigDecimal.ONE.subtract(VARIABLE_FEE), 0, RoundingMode.UP).longValueExact();
        }
        long fee = fee(source);
        Instant created = now.get();
        ObjectNode quote = Json.object()
                .put("id", data.ids().uuid("international_quote"))
                .put("status", "PENDING")
                .put("created_at", Timestamps.format(created))
                .put("expired_at", Timestamps.format(created.plus(QUOTE_VALIDITY)));
        quote.set("source_amount", amount(SOURCE_CURRENCY, source));
        quote.set("target_amount", amount(targetCurrency, target));
        quote.put("rate", rate);
        ObjectNode fees = Json.object();
        fees.set("total_amount", amount(SOURCE_CURRENCY, fee));
        fees.set("details", Json.array(List.of(amount(SOURCE_CURRENCY, FIXED_FEE_CENTS),
                amount(SOURCE_CURRENCY, fee - FIXED_FEE_CENTS))));
        quote.set("fees", fees);
        data.transferTables().internationalQuotes().put(quote);
        return quote;
    }

    public Optional<ObjectNode> quoteById(String id) {
        return data.transferTables().internationalQuotes().get(id);
    }

    public boolean isExpired(ObjectNode quote) {
        return !now.get().isBefore(Instant.parse(quote.get("expired_at").asText()));
    }

    public Optional<ObjectNode> beneficiaryById(String id) {
        return data.transferTables().internationalBeneficiaries().get(id);
    }

    /**
     * A beneficiary from the details of its requirement type, in Qonto's summary of them.
     *
     * @param id the id to keep when updating, or null for a new beneficiary
     */
    public ObjectNode saveBeneficiary(String id, String currency, String type, JsonNode details) {
        ObjectNode beneficiary = Json.object()
                .put("id", id != null ? id : data.ids().uuid("international_beneficiary"))
                .put("name", details.path("accountHolderName").asText())
                .put("country", details.path("address").path("country").asText())
                .put("currency", currency)
                .put("payment_type", type)
                .put("account_identifier", text(details, "accountNumber", "iban"))
                .put("bank_identifier", text(details, "abaCode", "sortCode", "swiftCode", "institutionNumber"))
                .put("branch_identifier", text(details, "transitNumber"));
        data.transferTables().internationalBeneficiaries().put(beneficiary);
        return beneficiary;
    }

    public void deleteBeneficiary(ObjectNode beneficiary) {
        data.transferTables().internationalBeneficiaries().remove(beneficiary.get("id").asText());
    }

    /** The account the partner bank pays a beneficiary to: one per beneficiary, stable across resets. */
    public static String targetAccountId(ObjectNode beneficiary) {
        UUID id = UUID.nameUUIDFromBytes(("target-account/" + beneficiary.get("id").asText())
                .getBytes(StandardCharsets.UTF_8));
        return String.valueOf(Math.floorMod(id.getMostSignificantBits(), 900_000_000L) + 100_000_000L);
    }

    /** Pays a quote: the quoted euros (fees included) are held back on the account until the transfer settles. */
    public ObjectNode pay(ObjectNode quote, ObjectNode beneficiary, ObjectNode account) {
        long cents = Money.cents(new BigDecimal(quote.get("source_amount").get("value").asText()));
        accounts.reserve(account.get("id").asText(), cents);
        quote.put("status", "FUNDED");
        ObjectNode transfer = Json.object()
                .put("id", data.ids().uuid("international_transfer"))
                .put("beneficiary_id", beneficiary.get("id").asText())
                .put("bank_account_id", account.get("id").asText());
        transfer.set("source_amount", quote.get("source_amount").deepCopy());
        transfer.set("target_amount", quote.get("target_amount").deepCopy());
        transfer.put("status", "PROCESSING");
        data.transferTables().internationalTransfers().put(transfer);
        return transfer;
    }

    private static long fee(long sourceCents) {
        return FIXED_FEE_CENTS + BigDecimal.valueOf(sourceCents).multiply(VARIABLE_FEE)
                .setScale(0, RoundingMode.UP).longValueExact();
    }

    private static ObjectNode amount(String currency, long cents) {
        return Json.object().put("currency", currency).put("value", Money.string(cents));
    }

    private static String text(JsonNode details, String... keys) {
        for (String key : keys) {
            if (details.hasNonNull(key)) {
                return details.get(key).asText();
            }
        }
        return null;
    }
}
