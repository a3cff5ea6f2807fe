package io.camelqonto.emulator.internal.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organization's invoicing and payment-link data: clients, client invoices, credit notes, quotes, payment
 * links with their payments, and the connection to the payment-link provider. Not thread-safe: the emulator's
 * state lock guards it.
 */
public final class InvoicingData {

    private final ResourceTable clients = new ResourceTable();
    private final ResourceTable clientInvoices = new ResourceTable();
    private final ResourceTable creditNotes = new ResourceTable();
    private final ResourceTable quotes = new ResourceTable();
    private final ResourceTable paymentLinks = new ResourceTable();
    /** The payments of each link, by link id: Qonto's payment objects do not name their link. */
    private final Map<String, ResourceTable> payments = new HashMap<>();
    /** Quotes e-mailed to their client, which Qonto no longer lets anyone delete; no field of a quote says so. */
    private final Set<String> sentQuotes = new HashSet<>();
    private ObjectNode paymentLinkConnection;

    public ResourceTable clients() {
        return clients;
    }

    public ResourceTable clientInvoices() {
        return clientInvoices;
    }

    public ResourceTable creditNotes() {
        return creditNotes;
    }

    public ResourceTable quotes() {
        return quotes;
    }

    public ResourceTable paymentLinks() {
        return paymentLinks;
    }

    /** The payments made through a link, created empty on first use. */
    public ResourceTable paymentsOf(String paymentLinkId) {
        return payments.computeIfAbsent(paymentLinkId, id -> new ResourceTable());
    }

    public Set<String> sentQuotes() {
        return sentQuotes;
    }

    /** The connection to the payment-link provider, if the organization made one. */
    public Optional<ObjectNode> paymentLinkConnection() {
        return Optional.ofNullable(paymentLinkConnection);
    }

    /** @param connection the new connection, or null to forget it */
    public void paymentLinkConnection(ObjectNode connection) {
        this.paymentLinkConnection = connection;
    }
}
