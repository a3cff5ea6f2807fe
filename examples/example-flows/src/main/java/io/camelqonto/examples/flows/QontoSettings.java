package io.camelqonto.examples.flows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Maps the {@code QONTO_*} environment variables to component properties. Only variables that are set become
 * properties, so that an unset secret stays unset rather than empty. The values are secrets: never log them.
 *
 * <ul>
 * <li>API key: {@code QONTO_LOGIN} + {@code QONTO_SECRET_KEY}</li>
 * <li>OAuth: {@code QONTO_CLIENT_ID} + {@code QONTO_CLIENT_SECRET}, with {@code QONTO_REFRESH_TOKEN} and/or
 * {@code QONTO_TOKEN_FILE} (where the rotated refresh token is kept between runs)</li>
 * <li>sandbox: {@code QONTO_STAGING_TOKEN} (with {@code QONTO_ENVIRONMENT=sandbox})</li>
 * <li>{@code QONTO_BANK_ACCOUNT_ID}: the account the ledger follows and payments debit by default</li>
 * <li>{@code QONTO_WEBHOOK_URL}: the public https address of this application's HTTP server, where Qonto pushes
 * events to the activity flow; without it that flow is left out</li>
 * </ul>
 * {@code QONTO_ENVIRONMENT} and {@code QONTO_SCA_MODE} have defaults and are read in {@code application.properties}.
 */
public final class QontoSettings {

    static final String PREFIX = "camel.component.qonto.";
    static final String BANK_ACCOUNT_ID = "example.bank-account-id";
    /** Where Qonto reaches this application's HTTP server; the activity flow runs when it is known. */
    public static final String WEBHOOK_URL = "example.webhook-url";

    private QontoSettings() {
    }

    /**
     * @param env how to read a variable (e.g. {@code System::getenv})
     * @return the properties, or empty when no credentials are set (the example then runs against the emulator)
     * @throws IllegalStateException when credentials are incomplete, naming the missing variable
     */
    public static Optional<Map<String, String>> fromEnvironment(UnaryOperator<String> env) {
        boolean apiKey = isSet(env, "QONTO_LOGIN");
        boolean oauth = isSet(env, "QONTO_CLIENT_ID");
        if (!apiKey && !oauth) {
            return Optional.empty();
        }
        Map<String, String> properties = new LinkedHashMap<>();
        // OAuth wins when both are set, as in the component: only OAuth may pay and approve
        if (oauth) {
            copy(env, "QONTO_CLIENT_ID", "client-id", properties);
            copy(env, require(env, "QONTO_CLIENT_SECRET", "QONTO_CLIENT_ID"), "client-secret", properties);
            if (!isSet(env, "QONTO_REFRESH_TOKEN") && !isSet(env, "QONTO_TOKEN_FILE")) {
                throw new IllegalStateException("QONTO_CLIENT_ID needs QONTO_REFRESH_TOKEN,"
                        + " or QONTO_TOKEN_FILE holding the tokens of an earlier run");
            }
            copy(env, "QONTO_REFRESH_TOKEN", "refresh-token", properties);
            copy(env, "QONTO_TOKEN_FILE", "token-file", properties);
        } else {
            copy(env, "QONTO_LOGIN", "login", properties);
            copy(env, require(env, "QONTO_SECRET_KEY", "QONTO_LOGIN"), "secret-key", properties);
        }
        copy(env, "QONTO_STAGING_TOKEN", "staging-token", properties);
        properties.put(BANK_ACCOUNT_ID, env.apply(require(env, "QONTO_BANK_ACCOUNT_ID", "Qonto credentials")));
        if (isSet(env, "QONTO_WEBHOOK_URL")) {
            properties.put(WEBHOOK_URL, env.apply("QONTO_WEBHOOK_URL"));
        }
        return Optional.of(properties);
    }

    private static void copy(UnaryOperator<String> env, String variable, String option,
            Map<String, String> properties) {
        if (isSet(env, variable)) {
            properties.put(PREFIX + option, env.apply(variable));
        }
    }

    private static String require(UnaryOperator<String> env, String variable, String neededBy) {
        if (!isSet(env, variable)) {
            throw new IllegalStateException(variable + " must be set together with " + neededBy);
        }
        return variable;
    }

    private static boolean isSet(UnaryOperator<String> env, String variable) {
        String value = env.apply(variable);
        return value != null && !value.isBlank();
    }
}
