package io.camelqonto.examples.flows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelqonto.emulator.OAuthTokens;
import io.camelqonto.emulator.QontoEmulator;

/**
 * The Qonto emulator the examples run against when no credentials are set: seeded, so every run starts from the
 * same organization, accounts, transactions and pending requests.
 * <p>
 * It is reached the way a real OAuth application reaches Qonto: client credentials plus a refresh token, here
 * issued by the emulator with the scopes the three flows need. Strong Customer Authentication is approved
 * automatically ({@code scaMode=mock}), which only the sandbox and the emulator allow.
 */
public final class DemoEmulator implements AutoCloseable {

    /** What the flows need: reads, payments, approving requests, webhook subscriptions, and a refresh token. */
    private static final Set<String> SCOPES
            = Set.of("organization.read", "payment.write", "request_review.write", "webhook", "offline_access");

    private static final String SAMPLE_PAYMENTS = "demo/payments.csv";

    private final QontoEmulator emulator;

    private DemoEmulator(QontoEmulator emulator) {
        this.emulator = emulator;
    }

    /** Starts a seeded emulator on a free port. */
    public static DemoEmulator start() {
        return new DemoEmulator(QontoEmulator.builder().port(0).seed(42).build().start());
    }

    public QontoEmulator emulator() {
        return emulator;
    }

    /**
     * The component properties that point an example at this emulator, with a newly issued refresh token, and the id
     * of its main account ({@code example.bank-account-id}).
     */
    public Map<String, String> properties() {
        OAuthTokens tokens = emulator.oauth().issueTokens(SCOPES);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(QontoSettings.PREFIX + "base-url", emulator.baseUrl());
        properties.put(QontoSettings.PREFIX + "token-url", emulator.oauthTokenUrl());
        properties.put(QontoSettings.PREFIX + "client-id", emulator.oauthClientId());
        properties.put(QontoSettings.PREFIX + "client-secret", emulator.oauthClientSecret());
        properties.put(QontoSettings.PREFIX + "refresh-token", tokens.refreshToken());
        properties.put(QontoSettings.PREFIX + "sca-mode", "mock");
        properties.put(QontoSettings.BANK_ACCOUNT_ID, mainAccountId());
        return properties;
    }

    /** The id of the organization's main account: the one the ledger follows and the payments debit. */
    public String mainAccountId() {
        return emulator.store().bankAccounts().stream()
                .filter(account -> Boolean.TRUE.equals(account.get("main")))
                .map(account -> (String) account.get("id"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The emulator has no main bank account"));
    }

    /**
     * Drops a sample payments file (a few valid rows and one with a wrong IBAN) into the inbox. It is written
     * next to the inbox first and then moved in, so the file consumer never sees half of it.
     */
    public Path dropSamplePayments(Path inbox) {
        try (InputStream sample = DemoEmulator.class.getClassLoader().getResourceAsStream(SAMPLE_PAYMENTS)) {
            if (sample == null) {
                throw new IllegalStateException(SAMPLE_PAYMENTS + " is missing from the classpath");
            }
            Files.createDirectories(inbox);
            Path staged = Files.createTempFile(inbox.getParent(), "payments", ".tmp");
            Files.copy(sample, staged, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(staged, inbox.resolve("demo-payments.csv"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot drop the sample payments file into " + inbox, e);
        }
    }

    /**
     * Makes two card payments on the main account now, as a user of the account would: Qonto pushes them to the
     * activity flow.
     *
     * @return their ids
     */
    public List<String> makeSamplePayments() {
        return List.of(
                emulator.store().addTransaction(Map.of("bank_account_id", mainAccountId(), "label", "Coffee shop",
                        "amount", new BigDecimal("4.50"))),
                emulator.store().addTransaction(Map.of("bank_account_id", mainAccountId(), "label", "Train ticket",
                        "amount", new BigDecimal("36.00"))));
    }

    @Override
    public void close() {
        emulator.stop();
    }
}
