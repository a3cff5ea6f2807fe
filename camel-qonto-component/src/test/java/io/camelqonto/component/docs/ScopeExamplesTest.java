package io.camelqonto.component.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.component.QontoComponent;
import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.component.QontoConstants;
import io.camelqonto.emulator.QontoEmulator;
import io.camelqonto.model.ApprovalRequest;
import io.camelqonto.model.BankAccount;
import io.camelqonto.model.EinvoicingSettings;
import io.camelqonto.model.InsuranceContract;
import io.camelqonto.model.InternalTransfer;
import io.camelqonto.model.InternationalQuote;
import io.camelqonto.model.Membership;
import io.camelqonto.model.Money;
import io.camelqonto.model.NewPaymentLink;
import io.camelqonto.model.PaymentLink;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The README's route per OAuth scope, each run against the emulator with a token granting only the scopes the README
 * lists for it. The README shows the code between each {@code tag::} and {@code end::} line as it is here
 * ({@link ScopeExamples}); folders and ids are properties, which the test points at its own.
 */
class ScopeExamplesTest extends CamelTestSupport {

    private static final byte[] PDF = "%PDF-1.4\n% scanned document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static QontoEmulator emulator;

    @TempDir
    Path folder;

    private final List<Exchange> done = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startEmulator() {
        emulator = QontoEmulator.builder().port(0).seed(42).build().start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Override
    protected void doPreSetup() {
        emulator.reset();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        pointAtEmulator(context.getComponent("qonto", QontoComponent.class).getConfiguration());
        // with every scope, to arrange what a route finds in Qonto where the emulator's store has no way to
        QontoComponent setup = new QontoComponent();
        pointAtEmulator(setup.getConfiguration());
        setup.getConfiguration().setRefreshToken(emulator.oauth().issueTokens(allScopes()).refreshToken());
        context.addComponent("qontoSetup", setup);
        context.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.ExchangeCompletedEvent
                    || event instanceof CamelEvent.ExchangeFailedEvent) {
                    done.add(((CamelEvent.ExchangeEvent) event).getExchange());
                }
            }
        });
        return context;
    }

    private static void pointAtEmulator(QontoConfiguration configuration) {
        configuration.setBaseUrl(emulator.baseUrl());
        configuration.setTokenUrl(emulator.oauthTokenUrl());
        configuration.setClientId(emulator.oauthClientId());
        configuration.setClientSecret(emulator.oauthClientSecret());
        // the emulator's sandbox approves SCA at once; against Qonto, scaMode=wait waits for the user in the app
        configuration.setScaMode("mock");
    }

    @Test
    void settledTransactionsAreAppendedToTheLedgerInSettlementOrder() throws Exception {
        String account = mainAccount().get("id").toString();
        property("qonto.account", account);
        property("ledger.folder", folder.resolve("ledger"));
        Map<String, Map<String, Object>> settled = emulator.store().transactions().stream()
                .filter(t -> account.equals(t.get("bank_account_id")) && "completed".equals(t.get("status")))
                .collect(Collectors.toMap(t -> (String) t.get("id"), t -> t));

        run("organization.read", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::organization.read[]
                // Append each settled transaction of an account to a CSV file, in the order Qonto settled them.
                from("qonto:transactions?bankAccountId={{qonto.account}}&status=completed&cursorField=settled_at")
                    .setBody(simple("${body.id},${body.settledAt},${body.side},${body.amount}\\n"))
                    .to("file:{{ledger.folder}}?fileName=ledger.csv&fileExist=Append");
                // end::organization.read[]
            }
        });

        Path ledger = folder.resolve("ledger/ledger.csv");
        await(settled.size() + " ledger lines", () -> lines(ledger).size() >= settled.size());
        List<String[]> lines = lines(ledger).stream().map(line -> line.split(",")).toList();
        assertThat(lines).extracting(line -> line[0]).containsExactlyInAnyOrderElementsOf(settled.keySet());
        assertThat(lines).extracting(line -> Instant.parse(line[1])).isSorted();
        assertThat(lines).allSatisfy(line -> {
            Map<String, Object> transaction = settled.get(line[0]);
            assertThat(line[2]).isEqualTo(transaction.get("side"));
            assertThat(new BigDecimal(line[3]).movePointRight(2).longValueExact())
                    .isEqualTo(((Number) transaction.get("amount_cents")).longValue());
        });
    }

    @Test
    void aTransferFileIsPaidOnceEvenWhenDroppedTwice() throws Exception {
        Path inbox = property("payments.inbox", folder.resolve("payments"));
        String transfer = "{\"bank_account_id\": \"" + mainAccount().get("id") + "\", \"beneficiary\": {\"name\":"
                          + " \"Hooli Europe SAS\", \"iban\": \"FR3530004000010001000930100\"}, \"amount\": \"980.00\","
                          + " \"reference\": \"Invoice 2026-118\"}";
        Files.writeString(inbox.resolve("invoice-2026-118.json"), transfer);

        run("payment.write", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::payment.write[]
                // Pay each transfer file dropped into a folder; the file name keys the transfer, so the same file
                // dropped again within Qonto's 30-minute idempotency window pays nothing more.
                from("file:{{payments.inbox}}?antInclude=*.json&move=.done")
                    .convertBodyTo(String.class)
                    .to("qonto:sepaTransfer?idempotencyKeyExpression=${header.CamelFileName}")
                    .log("${header.CamelFileName}: transfer ${header.CamelQontoId} is ${header.CamelQontoStatus}");
                // end::payment.write[]
            }
        });

        await("the transfer", () -> completedFrom("file:").size() == 1);
        // moved in whole, so that the consumer never reads it half written
        Files.move(Files.writeString(folder.resolve("invoice.tmp"), transfer), inbox.resolve("invoice-2026-118.json"),
                StandardCopyOption.ATOMIC_MOVE);
        await("the same file again", () -> completedFrom("file:").size() == 2);

        List<Map<String, Object>> paid = emulator.store().sepaTransfers().stream()
                .filter(t -> "Invoice 2026-118".equals(t.get("reference"))).toList();
        assertThat(paid).singleElement().satisfies(t -> assertThat(t).containsEntry("amount_cents", 98_000L));
        assertThat(completedFrom("file:")).extracting(e -> e.getMessage().getHeader(QontoConstants.ID))
                .containsOnly(paid.get(0).get("id"));
        assertThat(inbox.resolve(".done/invoice-2026-118.json")).exists();
    }

    @Test
    void theValidatedBeneficiariesOfTheSupplierListAreTrusted() throws Exception {
        List<Map<String, Object>> untrusted = emulator.store().beneficiaries().stream()
                .filter(b -> "validated".equals(b.get("status")) && Boolean.FALSE.equals(b.get("trusted"))).toList();
        Set<Object> suppliers = Set.of(untrusted.get(0).get("name"), untrusted.get(1).get("name"));
        property("trusted.suppliers", suppliers.stream().map(Object::toString).collect(Collectors.joining(",")));

        run("beneficiary.trust", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::beneficiary.trust[]
                // Trust the validated beneficiaries your list of suppliers names, so that paying them needs no SCA.
                from("qonto:sepaBeneficiaries?status=validated&trusted=false")
                    .filter(simple("${body.name} in '{{trusted.suppliers}}'"))
                    .to("qonto:sepaBeneficiary?operation=trust");
                // end::beneficiary.trust[]
            }
        });

        await("every untrusted beneficiary", () -> completedFrom("qonto://sepaBeneficiaries").size() == untrusted.size());
        assertThat(untrusted).allSatisfy(b -> assertThat(emulator.store().beneficiary((String) b.get("id"))
                .orElseThrow().get("trusted")).isEqualTo(suppliers.contains(b.get("name"))));
    }

    @Test
    void theVatOfAPeriodMovesToTheTaxesAccountOnce() throws Exception {
        property("accounts.main", mainAccount().get("iban"));
        property("accounts.taxes", account("Taxes").get("iban"));
        long mainBefore = (Long) mainAccount().get("balance_cents");
        long taxesBefore = (Long) account("Taxes").get("balance_cents");

        run("internal_transfer.write", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::internal_transfer.write[]
                // Move the VAT due for a period from the main account to the taxes account; the period keys the
                // transfer, so asking twice within Qonto's 30-minute idempotency window moves the money once.
                from("direct:setAsideVat")
                    .setBody(simple("""
                        {"debit_iban": "{{accounts.main}}", "credit_iban": "{{accounts.taxes}}", "currency": "EUR",
                         "amount": "${header.vatDue}", "reference": "VAT ${header.period}"}"""))
                    .to("qonto:internalTransfer?idempotencyKeyExpression=vat-${header.period}");
                // end::internal_transfer.write[]
            }
        });

        Map<String, Object> may = Map.of("vatDue", "2500.00", "period", "2026-05");
        InternalTransfer first = template.requestBodyAndHeaders("direct:setAsideVat", null, may, InternalTransfer.class);
        InternalTransfer again = template.requestBodyAndHeaders("direct:setAsideVat", null, may, InternalTransfer.class);

        assertThat(first.amount()).isEqualTo("2500.00");
        assertThat(first.reference()).isEqualTo("VAT 2026-05");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(emulator.store().internalTransfers()).singleElement()
                .satisfies(t -> assertThat(t.get("id")).isEqualTo(first.id()));
        assertThat(mainAccount().get("balance_cents")).isEqualTo(mainBefore - 250_000);
        assertThat(account("Taxes").get("balance_cents")).isEqualTo(taxesBefore + 250_000);
    }

    @Test
    void aDollarInvoiceIsQuotedInEuros() throws Exception {
        run("international_transfer.write", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::international_transfer.write[]
                // Quote what an invoice in dollars costs in euros, for the requester to see before asking for
                // approval.
                from("direct:quoteUsdInvoice")
                    .setBody(simple("""
                        {"source_currency": "EUR", "target_currency": "USD", "target_amount": "${header.amount}"}"""))
                    .to("qonto:internationalQuote")
                    .log("${header.amount} USD cost ${body.sourceAmount.value} EUR until ${body.expiredAt}");
                // end::international_transfer.write[]
            }
        });

        InternationalQuote quote = template.requestBodyAndHeader("direct:quoteUsdInvoice", null, "amount", "1250.00",
                InternationalQuote.class);

        assertThat(quote.targetAmount().currency()).isEqualTo("USD");
        assertThat(quote.targetAmount().value()).isEqualTo("1250.00");
        assertThat(quote.sourceAmount().currency()).isEqualTo("EUR");
        assertThat(new BigDecimal(quote.sourceAmount().value())).isPositive();
        assertThat(quote.expiredAt()).isAfter(Instant.now());
        assertThat(emulator.store().internationalQuotes()).anySatisfy(q -> assertThat(q.get("id")).isEqualTo(quote.id()));
    }

    @Test
    void requestsWithTheirInvoiceAreApprovedAndTheOthersDeclinedWithANote() throws Exception {
        List<Map<String, Object>> pending = emulator.store().requests().stream()
                .filter(r -> "pending".equals(r.get("status")) && "transfer".equals(r.get("request_type"))).toList();

        run("request_review.write", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::request_review.write[]
                // Approve the pending transfer requests that have an attachment (the invoice), decline the others
                // with a note to the requester.
                from("qonto:requests?status=pending&requestType=transfer")
                    .choice()
                        .when(simple("${body.attachmentIds.size} > 0"))
                            .to("qonto:request?operation=approve")
                        .otherwise()
                            .setHeader(QontoConstants.DECLINED_NOTE, constant("Please attach the invoice and ask again"))
                            .to("qonto:request?operation=decline");
                // end::request_review.write[]
            }
        });

        await("every pending request", () -> completedFrom("qonto://requests").size() == pending.size());
        assertThat(pending).extracting(r -> ((List<?>) r.get("attachment_ids")).isEmpty()).contains(true, false);
        assertThat(pending).allSatisfy(r -> {
            Map<String, Object> now = emulator.store().request((String) r.get("id")).orElseThrow();
            if (((List<?>) r.get("attachment_ids")).isEmpty()) {
                assertThat(now).containsEntry("status", "declined")
                        .containsEntry("declined_note", "Please attach the invoice and ask again");
            } else {
                assertThat(now).containsEntry("status", "approved");
            }
        });
    }

    @Test
    void aPayoutFileBecomesOneRequestForAReviewer() throws Exception {
        Path inbox = property("payouts.inbox", folder.resolve("payouts"));
        Files.writeString(inbox.resolve("freelancers-2026-05.json"), """
                {"note": "Freelancers May", "transfers": [
                  {"amount": "2100.00", "currency": "EUR", "credit_iban": "FR5130004000010001000930200",
                   "credit_account_name": "Gilfoyle Consulting", "credit_account_currency": "EUR",
                   "reference": "Invoice GC-05"},
                  {"amount": "1350.00", "currency": "EUR", "credit_iban": "FR6730004000010001000930300",
                   "credit_account_name": "Dinesh Chugtai EI", "credit_account_currency": "EUR",
                   "reference": "Invoice DC-33"}]}
                """);

        run("request_transfers.write", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::request_transfers.write[]
                // Ask a reviewer to approve, as one request, the payouts your payroll tool writes as a JSON file.
                from("file:{{payouts.inbox}}?antInclude=*.json&move=.done")
                    .convertBodyTo(String.class)
                    .to("qonto:multiTransferRequest?idempotencyKeyExpression=${header.CamelFileName}")
                    .log("Request ${header.CamelQontoId} of ${body.totalTransfersAmount} EUR awaits a reviewer");
                // end::request_transfers.write[]
            }
        });

        await("the request", () -> completedFrom("file:").size() == 1);
        ApprovalRequest request = completedFrom("file:").get(0).getMessage().getBody(ApprovalRequest.class);
        assertThat(request.totalTransfersAmount()).isEqualTo("3450.00");
        assertThat(request.transfers()).extracting(ApprovalRequest.RequestedTransfer::reference)
                .containsExactly("Invoice GC-05", "Invoice DC-33");
        assertThat(emulator.store().request(request.id()).orElseThrow()).containsEntry("status", "pending")
                .containsEntry("request_type", "multi_transfer").containsEntry("note", "Freelancers May");
    }

    @Test
    void aBookedTripAsksForAFlashCardWithItsBudget() throws Exception {
        LocalDate back = LocalDate.now().plusDays(12);

        run("request_cards.write", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::request_cards.write[]
                // Ask for a flash card for each business trip your travel tool books, for a reviewer to approve.
                from("direct:tripBooked")
                    .setBody(simple("""
                        {"note": "Trip to ${header.destination}", "payment_lifespan_limit": "${header.budget}",
                         "pre_expires_at": "${header.returnDate}T23:59:59Z"}"""))
                    .to("qonto:request?operation=createFlashCard");
                // end::request_cards.write[]
            }
        });

        ApprovalRequest request = template.requestBodyAndHeaders("direct:tripBooked", null,
                Map.of("destination", "Lisbon", "budget", "600.00", "returnDate", back.toString()),
                ApprovalRequest.class);

        assertThat(request.requestType()).isEqualTo("flash_card");
        assertThat(request.paymentLifespanLimit()).isEqualTo("600.00");
        assertThat(request.preExpiresAt()).isEqualTo(Instant.parse(back + "T23:59:59Z"));
        assertThat(emulator.store().request(request.id()).orElseThrow()).containsEntry("status", "pending")
                .containsEntry("note", "Trip to Lisbon");
    }

    @Test
    void theLiveCardsAreExportedToADatedCsvFile() throws Exception {
        Path exports = property("exports.folder", folder.resolve("exports"));
        Set<Object> live = emulator.store().cards().stream().filter(c -> "live".equals(c.get("status")))
                .map(c -> c.get("id")).collect(Collectors.toSet());

        run("card.read", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::card.read[]
                // Write the live cards to a dated CSV file once a day, with their holder and monthly limit.
                from("timer:cardExport?period=24h")
                    .to("qonto:cards?statuses=live")
                    .split(body())
                        .setBody(simple("${body.id},${body.cardLevel},${body.holderId},${body.paymentMonthlyLimit}\\n"))
                        .to("file:{{exports.folder}}?fileName=live-cards-${date:now:yyyy-MM-dd}.csv&fileExist=Append");
                // end::card.read[]
            }
        });

        await(live.size() + " card lines", () -> lines(export(exports)).size() >= live.size());
        Path export = export(exports);
        assertThat(export.getFileName().toString()).matches("live-cards-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(lines(export)).extracting(line -> (Object) line.split(",")[0])
                .containsExactlyInAnyOrderElementsOf(live);
        assertThat(lines(export)).allSatisfy(line -> {
            Map<String, Object> card = emulator.store().card(line.split(",")[0]).orElseThrow();
            assertThat(line).startsWith(card.get("id") + "," + card.get("card_level") + "," + card.get("holder_id")
                                        + ",");
        });
    }

    @Test
    void theLiveCardsOfALeavingMemberAreLocked() throws Exception {
        String leaver = (String) emulator.store().cards().stream().filter(c -> "live".equals(c.get("status")))
                .findFirst().orElseThrow().get("holder_id");
        property("leavers", leaver);
        List<Map<String, Object>> live = emulator.store().cards().stream()
                .filter(c -> "live".equals(c.get("status"))).toList();

        run("card.write", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::card.write[]
                // Lock the live cards of the members your HR tool lists as leaving (their membership ids).
                from("qonto:cards?statuses=live&holderIds={{leavers}}")
                    .to("qonto:card?operation=lock")
                    .log("Locked card ${body.lastDigits} of ${body.holderId}");
                // end::card.write[]
            }
        });

        long leaversCards = live.stream().filter(c -> leaver.equals(c.get("holder_id"))).count();
        await("the leaver's cards", () -> completedFrom("qonto://cards").size() == leaversCards);
        assertThat(live).allSatisfy(c -> assertThat(emulator.store().card((String) c.get("id")).orElseThrow())
                .containsEntry("status", leaver.equals(c.get("holder_id")) ? "paused" : "live"));
    }

    @Test
    void aScannedReceiptIsAttachedToTheTransactionItIsNamedAfter() throws Exception {
        Path inbox = property("receipts.inbox", folder.resolve("receipts"));
        String transaction = emulator.store().transactions().stream()
                .filter(t -> ((List<?>) t.get("attachment_ids")).isEmpty()).map(t -> (String) t.get("id"))
                .findFirst().orElseThrow();
        Files.write(inbox.resolve(transaction + ".pdf"), PDF);

        run("attachment.write", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::attachment.write[]
                // Attach each receipt scanned into a folder as `<transaction id>.pdf` (or `.jpg`, `.png`) to its
                // transaction.
                from("file:{{receipts.inbox}}?antInclude=*.pdf,*.jpg,*.png&move=.done")
                    .setHeader(QontoConstants.ID, simple("${file:onlyname.noext}"))
                    .to("qonto:transactionAttachment?operation=upload");
                // end::attachment.write[]
            }
        });

        await("the receipt", () -> !attachmentIds(transaction).isEmpty());
        assertThat(attachmentIds(transaction)).singleElement().satisfies(id -> assertThat(emulator.store()
                .uploadedFile((String) id)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF)));
    }

    @Test
    void aBillIsUploadedAndEverySupplierInvoiceLogged() throws Exception {
        Path inbox = property("bills.inbox", folder.resolve("bills"));
        Files.write(inbox.resolve("hetzner-2026-05.pdf"), PDF);
        List<Object> seeded = emulator.store().supplierInvoices().stream().map(i -> i.get("id")).toList();

        run("supplier_invoice", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::supplier_invoice[]
                // Upload each bill dropped into a folder as a supplier invoice, and log each supplier invoice as
                // Qonto updates it.
                from("file:{{bills.inbox}}?antInclude=*.pdf&move=.done")
                    .to("qonto:supplierInvoices?operation=bulkCreate");
                from("qonto:supplierInvoices")
                    .log("Supplier invoice ${body.invoiceNumber} from ${body.supplierName} is ${body.status}");
                // end::supplier_invoice[]
            }
        });

        await("the upload", () -> completedFrom("file:").size() == 1);
        assertThat(emulator.store().supplierInvoices()).hasSize(seeded.size() + 1)
                .anySatisfy(i -> assertThat(i).containsEntry("file_name", "hetzner-2026-05.pdf"));
        await("the seeded invoices", () -> headers("qonto://supplierInvoices", QontoConstants.ID).containsAll(seeded));
    }

    @Test
    void aShopCustomerBecomesAClientAndEveryClientReachesTheCrm() throws Exception {
        Path customers = property("shop.customers", folder.resolve("customers"));
        Path crm = property("crm.inbox", folder.resolve("crm"));
        Files.writeString(customers.resolve("customer-1042.json"), """
                {"kind": "company", "name": "Raviga Capital", "email": "billing@raviga.example", "currency": "EUR",
                 "billing_address": {"street_address": "1 Sand Hill Road", "city": "Paris", "zip_code": "75008",
                                     "country_code": "FR"}}
                """);
        List<Object> seeded = emulator.store().clients().stream().map(c -> c.get("id")).toList();

        run("client", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::client[]
                // Create a Qonto client for each customer your shop exports as JSON, and copy each Qonto client,
                // new or changed, to your CRM's folder as Qonto's JSON.
                from("file:{{shop.customers}}?antInclude=*.json&move=.done")
                    .convertBodyTo(String.class)
                    .to("qonto:client?operation=create");
                from("qonto:clients?outputType=json")
                    .to("file:{{crm.inbox}}?fileName=${header.CamelQontoId}.json");
                // end::client[]
            }
        });

        await("the new client", () -> emulator.store().clients().stream()
                .anyMatch(c -> "Raviga Capital".equals(c.get("name"))));
        await("the clients in the CRM's folder", () -> seeded.stream()
                .allMatch(id -> Files.exists(crm.resolve(id + ".json"))));
        assertThat(Files.readString(crm.resolve(seeded.get(0) + ".json")))
                .contains("\"id\":\"" + seeded.get(0) + "\"");
    }

    @Test
    void everyDraftInvoiceIsFinalizedWithANumber() throws Exception {
        List<Object> drafts = emulator.store().clientInvoices().stream().filter(i -> "draft".equals(i.get("status")))
                .map(i -> i.get("id")).toList();

        run("client_invoice", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::client_invoice[]
                // Finalize each draft invoice as it appears, so that it gets its number and can be paid.
                from("qonto:clientInvoices?status=draft")
                    .to("qonto:clientInvoice?operation=finalize")
                    .log("Invoice ${body.number} is ${header.CamelQontoStatus}");
                // end::client_invoice[]
            }
        });

        await("every draft", () -> completedFrom("qonto://clientInvoices").size() == drafts.size());
        assertThat(drafts).isNotEmpty().allSatisfy(id -> assertThat(emulator.store().clientInvoices()).filteredOn(
                i -> id.equals(i.get("id"))).singleElement().satisfies(i -> {
                    assertThat(i).containsEntry("status", "unpaid");
                    assertThat((String) i.get("number")).isNotBlank();
                }));
    }

    @Test
    void aNewHireIsInvitedAndTheOwnMembershipRead() throws Exception {
        Path newHires = property("hr.newHires", folder.resolve("new-hires"));
        Files.writeString(newHires.resolve("monica-hall.json"), """
                {"email": "monica.hall@raviga.example", "first_name": "Monica", "last_name": "Hall",
                 "role": "employee"}
                """);

        run("membership", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::membership[]
                // Invite each new hire your HR tool writes as a JSON file, and log at start-up whom the application
                // acts for.
                from("file:{{hr.newHires}}?antInclude=*.json&move=.done")
                    .convertBodyTo(String.class)
                    .to("qonto:membership?operation=invite");
                from("timer:whoAmI?repeatCount=1")
                    .to("qonto:membership")
                    .log("Acting for ${body.firstName} ${body.lastName} (${body.role})");
                // end::membership[]
            }
        });

        await("the invitation and the start-up check",
                () -> completedFrom("file:").size() == 1 && completedFrom("timer:").size() == 1);
        assertThat(emulator.store().memberships()).last().satisfies(m -> assertThat(m)
                .containsEntry("email", "monica.hall@raviga.example").containsEntry("status", "pending"));
        Membership own = completedFrom("timer:").get(0).getMessage().getBody(Membership.class);
        assertThat(own.id()).isEqualTo(emulator.store().memberships().get(0).get("id"));
        assertThat(own.firstName()).isEqualTo(emulator.store().memberships().get(0).get("first_name"));
    }

    @Test
    void theTeamsOfAFileAreCreatedAndEveryTeamLogged() throws Exception {
        Path teams = property("hr.teams", folder.resolve("teams"));
        Files.writeString(teams.resolve("teams.txt"), "Growth\nCustomer care\n");
        List<Object> seeded = emulator.store().teams().stream().map(t -> t.get("id")).toList();

        run("team", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::team[]
                // Create the teams a file names, one per line, and log each team as it is created or renamed.
                from("file:{{hr.teams}}?antInclude=*.txt&move=.done")
                    .split(body().tokenize("\n"))
                        .setHeader("CamelQontoName", body())
                        .to("qonto:team");
                from("qonto:teams")
                    .log("Team ${body.name} is ${header.CamelQontoChange}");
                // end::team[]
            }
        });

        await("the new teams", () -> teamNames().containsAll(List.of("Growth", "Customer care")));
        await("the seeded teams", () -> headers("qonto://teams", QontoConstants.ID).containsAll(seeded));
        assertThat(teamNames()).hasSize(seeded.size() + 2);
    }

    @Test
    void aProjectGetsOneAccountEvenWhenRetried() throws Exception {
        run("bank_account.write", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::bank_account.write[]
                // Open a business account for each new project; its name keys the opening, so a retry within
                // Qonto's 30-minute idempotency window opens no second account.
                from("direct:projectStarted")
                    .setHeader("CamelQontoName", simple("Project ${body}"))
                    .to("qonto:bankAccount?operation=create&idempotencyKeyExpression=${header.CamelQontoName}")
                    .log("Account ${body.name} opened");
                // end::bank_account.write[]
            }
        });
        int before = emulator.store().bankAccounts().size();

        BankAccount opened = template.requestBody("direct:projectStarted", "Apollo", BankAccount.class);
        BankAccount retried = template.requestBody("direct:projectStarted", "Apollo", BankAccount.class);

        assertThat(opened.name()).isEqualTo("Project Apollo");
        assertThat(opened.status()).isEqualTo("active");
        assertThat(retried.id()).isEqualTo(opened.id());
        assertThat(emulator.store().bankAccounts()).hasSize(before + 1)
                .anySatisfy(a -> assertThat(a).containsEntry("id", opened.id()).containsEntry("name", "Project Apollo"));
    }

    @Test
    void aSignedPolicyIsFiledWithItsContractAndTheRenewalRead() throws Exception {
        Path inbox = property("insurance.inbox", folder.resolve("insurance"));
        Map<String, Object> contract = emulator.store().insuranceContracts().get(0);
        String id = (String) contract.get("id");
        Files.write(inbox.resolve(id + ".pdf"), PDF);

        run("insurance_contract", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::insurance_contract[]
                // File each signed policy scanned as `<contract id>.pdf` with its contract; read a contract to see
                // when it renews.
                from("file:{{insurance.inbox}}?antInclude=*.pdf&move=.done")
                    .setHeader(QontoConstants.ID, simple("${file:onlyname.noext}"))
                    .setHeader("CamelQontoName", constant("Signed policy"))
                    .to("qonto:insuranceContract?operation=uploadDocument&type=contract");
                from("direct:insuranceRenewal")
                    .to("qonto:insuranceContract")
                    .log("${body.name} renews on ${body.renewalDate}");
                // end::insurance_contract[]
            }
        });

        await("the policy", () -> completedFrom("file:").size() == 1);
        InsuranceContract read = template.requestBodyAndHeader("direct:insuranceRenewal", null, QontoConstants.ID, id,
                InsuranceContract.class);

        assertThat(read.documents()).anySatisfy(d -> {
            assertThat(d.name()).isEqualTo("Signed policy");
            assertThat(d.type()).isEqualTo("contract");
            assertThat(emulator.store().uploadedFile(d.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(PDF));
        });
        assertThat(String.valueOf(read.renewalDate())).isEqualTo(String.valueOf(contract.get("renewal_date")));
    }

    @Test
    void anOrderIsAnsweredWithItsPaymentLinkAndEveryLinkLogged() throws Exception {
        List<Object> seeded = emulator.store().paymentLinks().stream().map(l -> l.get("id")).toList();

        run("payment_link", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::payment_link[]
                // Answer each order with a payment link for its items, and log each link as its status changes.
                from("direct:checkout")
                    .to("qonto:paymentLink?operation=create")
                    .setBody(simple("${body.url}"));
                from("qonto:paymentLinks")
                    .log("Payment link ${header.CamelQontoId} is ${body.status}");
                // end::payment_link[]
            }
        });

        String url = template.requestBody("direct:checkout", new NewPaymentLink(List.of("credit_card", "paypal"), false,
                List.of(new PaymentLink.Item("Workshop seat", new BigDecimal("2"), Money.of("150.00", "EUR"), "0.2",
                        "service", null, null, null)), null, null, null, null, null), String.class);

        assertThat(url).startsWith("https://");
        assertThat(emulator.store().paymentLinks()).anySatisfy(l -> assertThat(l).containsEntry("url", url)
                .containsEntry("status", "open"));
        await("the seeded links", () -> headers("qonto://paymentLinks", QontoConstants.ID).containsAll(seeded));
    }

    @Test
    void theEinvoicingSettingsAreReadAtStartUp() throws Exception {
        run("einvoicing.read", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::einvoicing.read[]
                // Log at start-up whether the organization sends and receives e-invoices through Qonto.
                from("timer:einvoicingCheck?repeatCount=1")
                    .to("qonto:einvoicingSettings")
                    .log("E-invoicing: sending ${body.sendingStatus}, receiving ${body.receivingStatus}");
                // end::einvoicing.read[]
            }
        });

        await("the start-up check", () -> completedFrom("timer:").size() == 1);
        EinvoicingSettings settings = completedFrom("timer:").get(0).getMessage().getBody(EinvoicingSettings.class);
        assertThat(settings.sendingStatus()).isEqualTo("enabled");
        assertThat(settings.receivingStatus()).isEqualTo("pending_creation");
    }

    @Test
    void theSubscriptionsOfTheOldCallbackAreDeleted() throws Exception {
        property("webhooks.oldUrl", "https://old.example.com/");
        for (String url : List.of("https://old.example.com/qonto", "https://old.example.com/qonto/cards",
                "https://hooks.example.com/qonto")) {
            template.requestBody("qontoSetup:webhookSubscription?operation=create", Map.of("callback_url", url,
                    "types", List.of("v1/transactions"), "secret", "whsec_scope-examples-0123456789abcdef"));
        }

        run("webhook", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::webhook[]
                // Delete at start-up the webhook subscriptions still calling your old callback URL.
                from("timer:webhookCleanup?repeatCount=1")
                    .to("qonto:webhookSubscriptions")
                    .split(body())
                        .filter(simple("${body.callbackUrl} startsWith '{{webhooks.oldUrl}}'"))
                            .setHeader(QontoConstants.ID, simple("${body.id}"))
                            .to("qonto:webhookSubscription?operation=delete");
                // end::webhook[]
            }
        });

        await("the clean-up", () -> completedFrom("timer:").size() == 1);
        assertThat(emulator.store().webhookSubscriptions()).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("callback_url", "https://hooks.example.com/qonto"));
    }

    @Test
    void aCustomerGetsASignInLinkThatBringsThemBack() throws Exception {
        run("embed_auth_link.write", new RouteBuilder() {
            @Override
            public void configure() {
                // tag::embed_auth_link.write[]
                // Answer a link that signs your customer in to Qonto to create a payment link, then brings them back.
                from("direct:embedSignIn")
                    .setBody(constant(Map.of("post_authn_action", "create_payment_link",
                            "callback_url", "https://partner.example.com/qonto/back")))
                    .to("qonto:embedAuthLink")
                    .setBody(simple("${body.url}"));
                // end::embed_auth_link.write[]
            }
        });

        String url = template.requestBody("direct:embedSignIn", null, String.class);

        assertThat(url).startsWith("https://");
        assertThat(emulator.store().embedAuthLinks()).singleElement().satisfies(l -> assertThat(l)
                .containsEntry("url", url).containsEntry("callback_url", "https://partner.example.com/qonto/back"));
    }

    /** Gives the component a token with only the scopes the README lists for the region, then adds its routes. */
    private void run(String region, RouteBuilder routes) throws Exception {
        Set<String> scopes = new HashSet<>(ScopeExamples.example(region).scopes());
        scopes.add("offline_access");
        context.getComponent("qonto", QontoComponent.class).getConfiguration()
                .setRefreshToken(emulator.oauth().issueTokens(scopes).refreshToken());
        context.addRoutes(routes);
    }

    private Path property(String key, Path path) throws IOException {
        property(key, path.toString());
        return Files.createDirectories(path);
    }

    private void property(String key, Object value) {
        context.getPropertiesComponent().addOverrideProperty(key, String.valueOf(value));
    }

    /**
     * The exchanges done so far whose route starts at an endpoint of that URI prefix, failed ones included, without
     * the copies a splitter made of them.
     */
    private List<Exchange> completedFrom(String uriPrefix) {
        return done.stream().filter(e -> e.getFromEndpoint() != null
                                         && e.getFromEndpoint().getEndpointUri().startsWith(uriPrefix)
                                         && e.getProperty(ExchangePropertyKey.CORRELATION_ID) == null).toList();
    }

    private Set<Object> headers(String uriPrefix, String header) {
        return completedFrom(uriPrefix).stream().map(e -> e.getMessage().getHeader(header))
                .collect(Collectors.toSet());
    }

    /** Waits for the routes to get somewhere, failing at once with the cause when an exchange failed. */
    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            done.stream().filter(e -> e.getException() != null).findFirst()
                    .ifPresent(e -> fail("An exchange failed while waiting for " + what, e.getException()));
            if (System.nanoTime() - deadline > 0) {
                fail("Timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one file the export wrote, or a file that does not exist yet. */
    private static Path export(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.reduce((a, b) -> fail("more than one export: " + a + ", " + b)).orElse(folder.resolve("none"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> mainAccount() {
        return emulator.store().bankAccounts().stream().filter(a -> Boolean.TRUE.equals(a.get("main"))).findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> account(String name) {
        return emulator.store().bankAccounts().stream().filter(a -> name.equals(a.get("name"))).findFirst()
                .orElseThrow();
    }

    private static List<?> attachmentIds(String transaction) {
        return (List<?>) emulator.store().transaction(transaction).orElseThrow().get("attachment_ids");
    }

    private static List<Object> teamNames() {
        return emulator.store().teams().stream().map(t -> t.get("name")).toList();
    }

    private static Set<String> allScopes() {
        return Stream.concat(Arrays.stream(QontoOperation.values()).map(QontoOperation::scope),
                Stream.of("offline_access")).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
