package io.camelqonto.emulator.internal.api;

import io.camelqonto.emulator.internal.files.PresignedUrls;
import io.camelqonto.emulator.internal.oauth.TokenRegistry;
import io.camelqonto.emulator.internal.sca.ScaSessions;
import java.util.ArrayList;
import java.util.List;

/** Every operation the emulator serves under {@code /v2}. */
public final class EndpointCatalog {

    private EndpointCatalog() {
    }

    /** @param fileUrls signs the links to files that responses carry */
    public static List<Endpoint> all(ScaSessions scaSessions, TokenRegistry tokens, PresignedUrls fileUrls) {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.addAll(new OrganizationApi().endpoints());
        endpoints.addAll(new TransactionApi().endpoints());
        endpoints.addAll(new LabelApi().endpoints());
        endpoints.addAll(new MembershipApi().endpoints());
        endpoints.addAll(new StatementApi(fileUrls).endpoints());
        endpoints.addAll(new RequestApi().endpoints());
        endpoints.addAll(new TransferApi().endpoints());
        endpoints.addAll(new BeneficiaryApi().endpoints());
        endpoints.addAll(new PayeeVerificationApi().endpoints());
        endpoints.addAll(new ScaSessionApi(scaSessions).endpoints());
        endpoints.addAll(new ConsentApi(tokens).endpoints());
        // ---- cards, card requests, memberships, teams, business accounts ----


        // ---- clients, client invoices, credit notes, quotes, payment links ----


        // ---- transfers: recurring, bulk, internal, international, legacy, payee verification ----


        // ---- attachments, supplier invoices, insurance, authentication, embed ----


        // ---- webhook subscriptions ----
        endpoints.addAll(new WebhookSubscriptionApi().endpoints());


        return List.copyOf(endpoints);
    }
}
