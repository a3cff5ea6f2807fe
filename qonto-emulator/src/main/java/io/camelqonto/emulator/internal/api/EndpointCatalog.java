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
        endpoints.addAll(new CardApi(fileUrls).endpoints());
        endpoints.addAll(new CardRequestApi().endpoints());
        endpoints.addAll(new TeamApi().endpoints());
        endpoints.addAll(new BusinessAccountApi().endpoints());
        endpoints.addAll(new EinvoicingApi().endpoints());


        // ---- clients, client invoices, credit notes, quotes, payment links ----
        endpoints.addAll(new ClientApi().endpoints());
        endpoints.addAll(new ClientInvoiceApi().endpoints());
        endpoints.addAll(new CreditNoteApi().endpoints());
        endpoints.addAll(new QuoteApi().endpoints());
        endpoints.addAll(new PaymentLinkApi().endpoints());


        // ---- transfers: recurring, bulk, internal, international, legacy, payee verification ----
        endpoints.addAll(new RecurringTransferApi().endpoints());
        endpoints.addAll(new BulkTransferApi().endpoints());
        endpoints.addAll(new BulkPayeeVerificationApi().endpoints());
        endpoints.addAll(new InternalTransferApi().endpoints());
        endpoints.addAll(new InternationalApi().endpoints());
        endpoints.addAll(new ExternalTransferApi().endpoints());
        endpoints.addAll(new LegacyBeneficiaryApi().endpoints());
        endpoints.addAll(new MultiTransferRequestApi().endpoints());


        // ---- attachments, supplier invoices, insurance, authentication, embed ----
        endpoints.addAll(new AttachmentApi(fileUrls).endpoints());
        endpoints.addAll(new SupplierInvoiceApi().endpoints());
        endpoints.addAll(new InsuranceContractApi().endpoints());
        endpoints.addAll(new EmbedApi().endpoints());


        // ---- webhook subscriptions ----
        endpoints.addAll(new WebhookSubscriptionApi().endpoints());


        return List.copyOf(endpoints);
    }
}
