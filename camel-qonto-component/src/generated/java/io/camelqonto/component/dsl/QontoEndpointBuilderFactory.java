/* Generated from the component's catalog JSON by EndpointDslGenerator: do not edit. */
package io.camelqonto.component.dsl;

import org.apache.camel.builder.EndpointConsumerBuilder;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;

/**
 * Reads and writes one Qonto resource of the operation catalog (QontoOperation), and receives the events of its webhook
 * topic as {code webhook:qonto:} on any Camel HTTP server (see QontoWebhook).
 *
 * <p>The Endpoint DSL of the Qonto component: its endpoint URIs built in Java, with a typed method per option. Routes
 * reach it by implementing {@link QontoBuilders}; it needs camel-endpointdsl on the class path.</p>
 */
public interface QontoEndpointBuilderFactory {

    /**
     * Builder for endpoint consumers for the Qonto component.
     */
    public interface QontoEndpointConsumerBuilder extends EndpointConsumerBuilder {

        /**
         * {@return the advanced options of this builder}
         */
        default AdvancedQontoEndpointConsumerBuilder advanced() {
            return (AdvancedQontoEndpointConsumerBuilder) this;
        }

        /**
         * The Qonto environment: production, or sandbox (which needs a staging token).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Default: production. Group: common.</p>
         *
         * @param environment the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder environment(String environment) {
            doSetProperty("environment", environment);
            return this;
        }

        /**
         * What the body holds, for consumers and producers alike: model (the typed record, keeping every key Qonto
         * sent), json (Qonto's JSON as a string) or map (a Map of the JSON).
         *
         * <p>The option is a: {@code io.camelqonto.component.QontoOutputType} type.</p>
         *
         * <p>Default: model. Group: common.</p>
         *
         * @param outputType the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder outputType(io.camelqonto.component.QontoOutputType outputType) {
            doSetProperty("outputType", outputType);
            return this;
        }

        /**
         * What the body holds, for consumers and producers alike: model (the typed record, keeping every key Qonto
         * sent), json (Qonto's JSON as a string) or map (a Map of the JSON).
         *
         * <p>The option will be converted to a {@code io.camelqonto.component.QontoOutputType} type.</p>
         *
         * <p>Default: model. Group: common.</p>
         *
         * @param outputType the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder outputType(String outputType) {
            doSetProperty("outputType", outputType);
            return this;
        }

        /**
         * The object a collection belongs to, for the collections read under one: the transaction of
         * transactionAttachments, the payment link of paymentLinkPayments. The consumer reads the collection under it;
         * a producer uses it when the message names no object (header CamelQontoId).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: common.</p>
         *
         * @param parentId the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder parentId(String parentId) {
            doSetProperty("parentId", parentId);
            return this;
        }

        /**
         * Items per page requested from Qonto when listing or consuming (1 to 100).
         *
         * <p>The option is a: {@code int} type.</p>
         *
         * <p>Default: 100. Group: common.</p>
         *
         * @param perPage the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder perPage(int perPage) {
            doSetProperty("perPage", perPage);
            return this;
        }

        /**
         * Items per page requested from Qonto when listing or consuming (1 to 100).
         *
         * <p>The option will be converted to a {@code int} type.</p>
         *
         * <p>Default: 100. Group: common.</p>
         *
         * @param perPage the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder perPage(String perPage) {
            doSetProperty("perPage", perPage);
            return this;
        }

        /**
         * Deliver the new items of a page as one exchange whose body is their list, like camel-kafka's batching,
         * instead of one exchange per item. Each poll delivers one page; with greedy=true the next poll follows at once
         * while pages come. The cursor moves past the page's items when the exchange completed without exception; items
         * that cannot be read still go to the error handler one by one.
         *
         * <p>The option is a: {@code boolean} type.</p>
         *
         * <p>Default: false. Group: consumer.</p>
         *
         * @param batching the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder batching(boolean batching) {
            doSetProperty("batching", batching);
            return this;
        }

        /**
         * Deliver the new items of a page as one exchange whose body is their list, like camel-kafka's batching,
         * instead of one exchange per item. Each poll delivers one page; with greedy=true the next poll follows at once
         * while pages come. The cursor moves past the page's items when the exchange completed without exception; items
         * that cannot be read still go to the error handler one by one.
         *
         * <p>The option will be converted to a {@code boolean} type.</p>
         *
         * <p>Default: false. Group: consumer.</p>
         *
         * @param batching the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder batching(String batching) {
            doSetProperty("batching", batching);
            return this;
        }

        /**
         * The most items one poll delivers; 0 or less means no limit.
         *
         * <p>The option is a: {@code int} type.</p>
         *
         * <p>Default: 0. Group: consumer.</p>
         *
         * @param maxMessagesPerPoll the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder maxMessagesPerPoll(int maxMessagesPerPoll) {
            doSetProperty("maxMessagesPerPoll", maxMessagesPerPoll);
            return this;
        }

        /**
         * The most items one poll delivers; 0 or less means no limit.
         *
         * <p>The option will be converted to a {@code int} type.</p>
         *
         * <p>Default: 0. Group: consumer.</p>
         *
         * @param maxMessagesPerPoll the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder maxMessagesPerPoll(String maxMessagesPerPoll) {
            doSetProperty("maxMessagesPerPoll", maxMessagesPerPoll);
            return this;
        }

        /**
         * If the polling consumer did not poll any files, you can enable this option to send an empty message (no body)
         * instead.
         *
         * <p>The option is a: {@code boolean} type.</p>
         *
         * <p>Default: false. Group: consumer.</p>
         *
         * @param sendEmptyMessageWhenIdle the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder sendEmptyMessageWhenIdle(boolean sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /**
         * If the polling consumer did not poll any files, you can enable this option to send an empty message (no body)
         * instead.
         *
         * <p>The option will be converted to a {@code boolean} type.</p>
         *
         * <p>Default: false. Group: consumer.</p>
         *
         * @param sendEmptyMessageWhenIdle the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder sendEmptyMessageWhenIdle(String sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /**
         * Where a consumer starts when the state repository holds no cursor yet: beginning (everything the filters
         * match), now, or an ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Default: beginning. Group: consumer.</p>
         *
         * @param startFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder startFrom(String startFrom) {
            doSetProperty("startFrom", startFrom);
            return this;
        }

        /**
         * Where the consumer keeps its cursor (last instant and the ids seen at it). Defaults to an in-memory
         * repository per endpoint; a FileStateRepository (or any persistent one) makes the consumer resume after a
         * restart without losing or repeating items.
         *
         * <p>The option is a: {@code org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String>}
         * type.</p>
         *
         * <p>Group: consumer.</p>
         *
         * @param stateRepository the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder stateRepository(
                org.apache.camel.spi.StateRepository<String, String> stateRepository) {
            doSetProperty("stateRepository", stateRepository);
            return this;
        }

        /**
         * Where the consumer keeps its cursor (last instant and the ids seen at it). Defaults to an in-memory
         * repository per endpoint; a FileStateRepository (or any persistent one) makes the consumer resume after a
         * restart without losing or repeating items.
         *
         * <p>The option will be converted to a {@code org.apache.camel.spi.StateRepository<java.lang.String,
         * java.lang.String>} type.</p>
         *
         * <p>Group: consumer.</p>
         *
         * @param stateRepository the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder stateRepository(String stateRepository) {
            doSetProperty("stateRepository", stateRepository);
            return this;
        }

        /**
         * sepaTransfers: Only the items with these ids, a comma list (at most 100). sepaBeneficiary, legacyBeneficiary:
         * The beneficiaries, a comma list of ids; else the body (a list, a comma list or a beneficiary), else
         * CamelQontoId. The header CamelQontoIds overrides it. cards: Only the items with these ids, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param ids the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder ids(String ids) {
            doSetProperty("ids", ids);
            return this;
        }

        /**
         * internationalTransfer: The currency the transfers are sent from, e.g. EUR (required). supplierInvoices: Where
         * the uploaded invoices come from. The header CamelQontoSource overrides it.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param source the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder source(String source) {
            doSetProperty("source", source);
            return this;
        }

        /**
         * paymentLink: The amount of the link to be, a decimal string such as 25.00; with currency.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param amount the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder amount(String amount) {
            doSetProperty("amount", amount);
            return this;
        }

        /**
         * supplierInvoices: Only the invoices these members approve, a comma list of membership ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param approverId the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder approverId(String approverId) {
            doSetProperty("approverId", approverId);
            return this;
        }

        /**
         * supplierInvoices: Only the invoices of these attachments, a comma list of ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param attachmentId the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder attachmentId(String attachmentId) {
            doSetProperty("attachmentId", attachmentId);
            return this;
        }

        /**
         * transactions: The bank account whose transactions are read (this or iban is required).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param bankAccountId the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder bankAccountId(String bankAccountId) {
            doSetProperty("bankAccountId", bankAccountId);
            return this;
        }

        /**
         * statements: Only the statements of these bank accounts, a comma list of ids. cards: Only the cards of these
         * bank accounts, a comma list of ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param bankAccountIds the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder bankAccountIds(String bankAccountIds) {
            doSetProperty("bankAccountIds", bankAccountIds);
            return this;
        }

        /**
         * sepaTransfers, externalTransfers: Only transfers to these beneficiaries, a comma list of ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param beneficiaryIds the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder beneficiaryIds(String beneficiaryIds) {
            doSetProperty("beneficiaryIds", beneficiaryIds);
            return this;
        }

        /**
         * cards: Filter by card level, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param cardLevels the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder cardLevels(String cardLevels) {
            doSetProperty("cardLevels", cardLevels);
            return this;
        }

        /**
         * requests: Only requests created at or after this ISO-8601 instant. clientInvoices, supplierInvoices: Only
         * invoices created at or after this ISO-8601 instant. creditNotes: Only credit notes created at or after this
         * ISO-8601 instant. quotes: Only quotes created at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param createdAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder createdAtFrom(String createdAtFrom) {
            doSetProperty("createdAtFrom", createdAtFrom);
            return this;
        }

        /**
         * clientInvoices, supplierInvoices: Only invoices created at or before this ISO-8601 instant. creditNotes: Only
         * credit notes created at or before this ISO-8601 instant. quotes: Only quotes created at or before this
         * ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param createdAtTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder createdAtTo(String createdAtTo) {
            doSetProperty("createdAtTo", createdAtTo);
            return this;
        }

        /**
         * paymentLink: The currency of the link to be, such as EUR; with amount. internationalBeneficiaries: The
         * beneficiaries' currency, ISO 4217, e.g. USD (required).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param currency the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder currency(String currency) {
            doSetProperty("currency", currency);
            return this;
        }

        /**
         * supplierInvoices: Filter by document type, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param documentType the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder documentType(String documentType) {
            doSetProperty("documentType", documentType);
            return this;
        }

        /**
         * supplierInvoices: Filter by due date, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param dueDate the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder dueDate(String dueDate) {
            doSetProperty("dueDate", dueDate);
            return this;
        }

        /**
         * clients: Only the clients with this e-mail address (case ignored).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param email the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder email(String email) {
            doSetProperty("email", email);
            return this;
        }

        /**
         * transactions: Only transactions emitted at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param emittedAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder emittedAtFrom(String emittedAtFrom) {
            doSetProperty("emittedAtFrom", emittedAtFrom);
            return this;
        }

        /**
         * transactions: Only transactions emitted at or before this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param emittedAtTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder emittedAtTo(String emittedAtTo) {
            doSetProperty("emittedAtTo", emittedAtTo);
            return this;
        }

        /**
         * supplierInvoices: Leave credit notes out (true).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param excludeCreditNotes the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder excludeCreditNotes(String excludeCreditNotes) {
            doSetProperty("excludeCreditNotes", excludeCreditNotes);
            return this;
        }

        /**
         * clientInvoices: Leave out invoices imported into Qonto (true, Qonto's default) or include them (false).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param excludeImported the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder excludeImported(String excludeImported) {
            doSetProperty("excludeImported", excludeImported);
            return this;
        }

        /**
         * cards: Only the cards of these members, a comma list of membership ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param holderIds the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder holderIds(String holderIds) {
            doSetProperty("holderIds", holderIds);
            return this;
        }

        /**
         * transactions: The IBAN of the bank account whose transactions are read (bankAccountId is preferred: it keeps
         * the IBAN out of the endpoint URI). Never sent to Qonto in a URL: the account is looked up by IBAN once.
         * sepaBeneficiaries, legacyBeneficiaries: Only the beneficiaries with these IBANs, a comma list. Matched on the
         * listed items, never sent to Qonto in a URL.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param iban the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder iban(String iban) {
            doSetProperty("iban", iban);
            return this;
        }

        /**
         * statements: Only the statements of these IBANs, a comma list. Never sent to Qonto in a URL: each IBAN goes
         * out as the id of its account, looked up once.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param ibans the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder ibans(String ibans) {
            doSetProperty("ibans", ibans);
            return this;
        }

        /**
         * organization: Include the external (aggregated) bank accounts.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param includeExternalAccounts the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder includeExternalAccounts(String includeExternalAccounts) {
            doSetProperty("includeExternalAccounts", includeExternalAccounts);
            return this;
        }

        /**
         * transactions, transaction: Embed related objects, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param includes the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder includes(String includes) {
            doSetProperty("includes", includes);
            return this;
        }

        /**
         * supplierInvoices: Only invoices issued in a period Qonto names, such as this_week.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param issueDate the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder issueDate(String issueDate) {
            doSetProperty("issueDate", issueDate);
            return this;
        }

        /**
         * supplierInvoices: Only invoices issued on or after this ISO-8601 date.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param issueDateFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder issueDateFrom(String issueDateFrom) {
            doSetProperty("issueDateFrom", issueDateFrom);
            return this;
        }

        /**
         * paymentLink: The customer's language, such as fr; instead of amount and currency.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param locale the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder locale(String locale) {
            doSetProperty("locale", locale);
            return this;
        }

        /**
         * supplierInvoices: Only invoices matched with transactions (true) or not (false).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param matchedTransactions the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder matchedTransactions(String matchedTransactions) {
            doSetProperty("matchedTransactions", matchedTransactions);
            return this;
        }

        /**
         * supplierInvoices: Only invoices that miss data to be paid (true) or not (false).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param missingData the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder missingData(String missingData) {
            doSetProperty("missingData", missingData);
            return this;
        }

        /**
         * team: The name of the team to create, 2 to 100 characters. The header CamelQontoName overrides it.
         * bankAccount: The name of the business account. The header CamelQontoName overrides it. clients: Only clients
         * whose name contains this text (at least 2 characters; case and accents ignored). insuranceContract: The
         * document's name. The header CamelQontoName overrides it.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param name the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder name(String name) {
            doSetProperty("name", name);
            return this;
        }

        /**
         * transactions: Filter by operation type, a comma list such as transfer, card, direct_debit, income, qonto_fee,
         * cheque.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param operationType the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder operationType(String operationType) {
            doSetProperty("operationType", operationType);
            return this;
        }

        /**
         * supplierInvoices: Compare the payable amount with a bound in a currency: lte:100.00:EUR or gte:100.00:EUR.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param payableAmount the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder payableAmount(String payableAmount) {
            doSetProperty("payableAmount", payableAmount);
            return this;
        }

        /**
         * supplierInvoices: Only invoices paid in a period Qonto names, such as this_week.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param paymentDate the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder paymentDate(String paymentDate) {
            doSetProperty("paymentDate", paymentDate);
            return this;
        }

        /**
         * statements: Only statements of this month or later, MM-YYYY.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param periodFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder periodFrom(String periodFrom) {
            doSetProperty("periodFrom", periodFrom);
            return this;
        }

        /**
         * statements: Only statements of this month or earlier, MM-YYYY.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param periodTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder periodTo(String periodTo) {
            doSetProperty("periodTo", periodTo);
            return this;
        }

        /**
         * requests: Only requests processed at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param processedAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder processedAtFrom(String processedAtFrom) {
            doSetProperty("processedAtFrom", processedAtFrom);
            return this;
        }

        /**
         * Query parameters the catalog does not know yet, by Qonto's name: query.some_filter=value is sent as
         * some_filter=value on every read of this endpoint. Values are checked like other text filters. This is a
         * multi-value option with prefix: query.
         *
         * <p>The option is multivalued: each call adds one value, under its key with the prefix {@code query.}.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param key the key, without the prefix
         * @param value the value
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder query(String key, Object value) {
            doSetMultiValueProperty("query", "query." + key, value);
            return this;
        }

        /**
         * Query parameters the catalog does not know yet, by Qonto's name: query.some_filter=value is sent as
         * some_filter=value on every read of this endpoint. Values are checked like other text filters. This is a
         * multi-value option with prefix: query.
         *
         * <p>The option is multivalued: this call adds every value of the map, under its key with the prefix {@code
         * query.}.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param values the values by key, without the prefix
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder query(java.util.Map<String, Object> values) {
            doSetMultiValueProperties("query", "query.", values);
            return this;
        }

        /**
         * supplierInvoices: The fields search looks in, a comma list such as supplier_name,invoice_number.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param queryFields the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder queryFields(String queryFields) {
            doSetProperty("queryFields", queryFields);
            return this;
        }

        /**
         * sepaTransfers: Only the transfers these recurring transfers created, a comma list of ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param recurringTransferIds the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder recurringTransferIds(String recurringTransferIds) {
            doSetProperty("recurringTransferIds", recurringTransferIds);
            return this;
        }

        /**
         * requests: Filter by request type, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param requestType the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder requestType(String requestType) {
            doSetProperty("requestType", requestType);
            return this;
        }

        /**
         * sepaTransfers, externalTransfers: Only transfers scheduled on or after this ISO-8601 date.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param scheduledDateFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder scheduledDateFrom(String scheduledDateFrom) {
            doSetProperty("scheduledDateFrom", scheduledDateFrom);
            return this;
        }

        /**
         * sepaTransfers, externalTransfers: Only transfers scheduled on or before this ISO-8601 date.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param scheduledDateTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder scheduledDateTo(String scheduledDateTo) {
            doSetProperty("scheduledDateTo", scheduledDateTo);
            return this;
        }

        /**
         * cards: Text searched in the holder's first and last name, and the card's id, nickname, last digits, status,
         * pre-expiry date and expiry year and month. supplierInvoices: Text searched in the fields of queryFields.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param search the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder search(String search) {
            doSetProperty("search", search);
            return this;
        }

        /**
         * transactions: Only transactions settled at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param settledAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder settledAtFrom(String settledAtFrom) {
            doSetProperty("settledAtFrom", settledAtFrom);
            return this;
        }

        /**
         * transactions: Only transactions settled at or before this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param settledAtTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder settledAtTo(String settledAtTo) {
            doSetProperty("settledAtTo", settledAtTo);
            return this;
        }

        /**
         * transactions: Only credits or only debits.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param side the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder side(String side) {
            doSetProperty("side", side);
            return this;
        }

        /**
         * transactions, requests, sepaTransfers, clientInvoices, creditNotes, quotes, supplierInvoices: Sort order of a
         * list operation, field:direction. Consumers sort by their cursor field and refuse it. sepaBeneficiaries,
         * statements, cards, clients, paymentLinks, paymentLinkPayments, legacyBeneficiaries: Sort order of a list
         * operation, field:direction.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param sortBy the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder sortBy(String sortBy) {
            doSetProperty("sortBy", sortBy);
            return this;
        }

        /**
         * transactions, requests, sepaTransfers, sepaBeneficiaries, clientInvoices, quotes, paymentLinks,
         * externalTransfers, legacyBeneficiaries, supplierInvoices: Filter by status, a comma list.
         * paymentLinkPayments: Only the payments with this status.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param status the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder status(String status) {
            doSetProperty("status", status);
            return this;
        }

        /**
         * cards: Filter by status, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param statuses the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder statuses(String statuses) {
            doSetProperty("statuses", statuses);
            return this;
        }

        /**
         * clients: Only the clients with this tax identification number (case ignored).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param taxIdentificationNumber the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder taxIdentificationNumber(String taxIdentificationNumber) {
            doSetProperty("taxIdentificationNumber", taxIdentificationNumber);
            return this;
        }

        /**
         * sepaBeneficiaries, legacyBeneficiaries: Only trusted (true) or untrusted (false) beneficiaries.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param trusted the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder trusted(String trusted) {
            doSetProperty("trusted", trusted);
            return this;
        }

        /**
         * transactions, sepaTransfers, clientInvoices, externalTransfers, legacyBeneficiaries, supplierInvoices: Only
         * items updated at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param updatedAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder updatedAtFrom(String updatedAtFrom) {
            doSetProperty("updatedAtFrom", updatedAtFrom);
            return this;
        }

        /**
         * transactions, sepaTransfers, clientInvoices, externalTransfers, legacyBeneficiaries, supplierInvoices: Only
         * items updated at or before this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param updatedAtTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder updatedAtTo(String updatedAtTo) {
            doSetProperty("updatedAtTo", updatedAtTo);
            return this;
        }

        /**
         * clients: Only the clients with this VAT number (case ignored).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param vatNumber the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder vatNumber(String vatNumber) {
            doSetProperty("vatNumber", vatNumber);
            return this;
        }

        /**
         * transactions: Only transactions with (true) or without (false) attachments.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param withAttachments the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder withAttachments(String withAttachments) {
            doSetProperty("withAttachments", withAttachments);
            return this;
        }

        /**
         * The number of subsequent error polls (failed due some error) that should happen before the backoffMultipler
         * should kick-in.
         *
         * <p>The option is a: {@code int} type.</p>
         *
         * <p>Group: scheduler.</p>
         *
         * @param backoffErrorThreshold the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder backoffErrorThreshold(int backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /**
         * The number of subsequent error polls (failed due some error) that should happen before the backoffMultipler
         * should kick-in.
         *
         * <p>The option will be converted to a {@code int} type.</p>
         *
         * <p>Group: scheduler.</p>
         *
         * @param backoffErrorThreshold the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder backoffErrorThreshold(String backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /**
         * The number of subsequent idle polls that should happen before the backoffMultipler should kick-in.
         *
         * <p>The option is a: {@code int} type.</p>
         *
         * <p>Group: scheduler.</p>
         *
         * @param backoffIdleThreshold the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder backoffIdleThreshold(int backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /**
         * The number of subsequent idle polls that should happen before the backoffMultipler should kick-in.
         *
         * <p>The option will be converted to a {@code int} type.</p>
         *
         * <p>Group: scheduler.</p>
         *
         * @param backoffIdleThreshold the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder backoffIdleThreshold(String backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /**
         * To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors in a row.
         * The multiplier is then the number of polls that will be skipped before the next actual attempt is happening
         * again. When this option is in use then backoffIdleThreshold and/or backoffErrorThreshold must also be
         * configured.
         *
         * <p>The option is a: {@code int} type.</p>
         *
         * <p>Group: scheduler.</p>
         *
         * @param backoffMultiplier the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder backoffMultiplier(int backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /**
         * To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors in a row.
         * The multiplier is then the number of polls that will be skipped before the next actual attempt is happening
         * again. When this option is in use then backoffIdleThreshold and/or backoffErrorThreshold must also be
         * configured.
         *
         * <p>The option will be converted to a {@code int} type.</p>
         *
         * <p>Group: scheduler.</p>
         *
         * @param backoffMultiplier the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder backoffMultiplier(String backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /**
         * Milliseconds before the next poll.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 60000. Group: scheduler.</p>
         *
         * @param delay the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder delay(long delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /**
         * Milliseconds before the next poll.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 60000. Group: scheduler.</p>
         *
         * @param delay the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder delay(String delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /**
         * If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous run polled 1
         * or more messages.
         *
         * <p>The option is a: {@code boolean} type.</p>
         *
         * <p>Default: false. Group: scheduler.</p>
         *
         * @param greedy the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder greedy(boolean greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /**
         * If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous run polled 1
         * or more messages.
         *
         * <p>The option will be converted to a {@code boolean} type.</p>
         *
         * <p>Default: false. Group: scheduler.</p>
         *
         * @param greedy the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder greedy(String greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /**
         * Milliseconds before the first poll starts.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 1000. Group: scheduler.</p>
         *
         * @param initialDelay the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder initialDelay(long initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /**
         * Milliseconds before the first poll starts.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 1000. Group: scheduler.</p>
         *
         * @param initialDelay the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder initialDelay(String initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /**
         * Specifies a maximum limit of number of fires. So if you set it to 1, the scheduler will only fire once. If
         * you set it to 5, it will only fire five times. A value of zero or negative means fire forever.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 0. Group: scheduler.</p>
         *
         * @param repeatCount the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder repeatCount(long repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /**
         * Specifies a maximum limit of number of fires. So if you set it to 1, the scheduler will only fire once. If
         * you set it to 5, it will only fire five times. A value of zero or negative means fire forever.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 0. Group: scheduler.</p>
         *
         * @param repeatCount the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder repeatCount(String repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /**
         * The consumer logs a start/complete log line when it polls. This option allows you to configure the logging
         * level for that.
         *
         * <p>The option is a: {@code org.apache.camel.LoggingLevel} type.</p>
         *
         * <p>Default: TRACE. Group: scheduler.</p>
         *
         * @param runLoggingLevel the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder runLoggingLevel(org.apache.camel.LoggingLevel runLoggingLevel) {
            doSetProperty("runLoggingLevel", runLoggingLevel);
            return this;
        }

        /**
         * The consumer logs a start/complete log line when it polls. This option allows you to configure the logging
         * level for that.
         *
         * <p>The option will be converted to a {@code org.apache.camel.LoggingLevel} type.</p>
         *
         * <p>Default: TRACE. Group: scheduler.</p>
         *
         * @param runLoggingLevel the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder runLoggingLevel(String runLoggingLevel) {
            doSetProperty("runLoggingLevel", runLoggingLevel);
            return this;
        }

        /**
         * Allows for configuring a custom/shared thread pool to use for the consumer. By default each consumer has its
         * own single threaded thread pool.
         *
         * <p>The option is a: {@code java.util.concurrent.ScheduledExecutorService} type.</p>
         *
         * <p>Group: scheduler.</p>
         *
         * @param scheduledExecutorService the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder scheduledExecutorService(
                java.util.concurrent.ScheduledExecutorService scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", scheduledExecutorService);
            return this;
        }

        /**
         * Allows for configuring a custom/shared thread pool to use for the consumer. By default each consumer has its
         * own single threaded thread pool.
         *
         * <p>The option will be converted to a {@code java.util.concurrent.ScheduledExecutorService} type.</p>
         *
         * <p>Group: scheduler.</p>
         *
         * @param scheduledExecutorService the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder scheduledExecutorService(String scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", scheduledExecutorService);
            return this;
        }

        /**
         * To use a cron scheduler from either camel-spring or camel-quartz component. Use value spring or quartz for
         * built in scheduler.
         *
         * <p>The option is a: {@code java.lang.Object} type.</p>
         *
         * <p>Default: none. Group: scheduler.</p>
         *
         * @param scheduler the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder scheduler(Object scheduler) {
            doSetProperty("scheduler", scheduler);
            return this;
        }

        /**
         * To use a cron scheduler from either camel-spring or camel-quartz component. Use value spring or quartz for
         * built in scheduler.
         *
         * <p>The option will be converted to a {@code java.lang.Object} type.</p>
         *
         * <p>Default: none. Group: scheduler.</p>
         *
         * @param scheduler the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder scheduler(String scheduler) {
            doSetProperty("scheduler", scheduler);
            return this;
        }

        /**
         * To configure additional properties when using a custom scheduler or any of the Quartz, Spring based
         * scheduler. This is a multi-value option with prefix: scheduler.
         *
         * <p>The option is multivalued: each call adds one value, under its key with the prefix {@code scheduler.}.</p>
         *
         * <p>Group: scheduler.</p>
         *
         * @param key the key, without the prefix
         * @param value the value
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder schedulerProperties(String key, Object value) {
            doSetMultiValueProperty("schedulerProperties", "scheduler." + key, value);
            return this;
        }

        /**
         * To configure additional properties when using a custom scheduler or any of the Quartz, Spring based
         * scheduler. This is a multi-value option with prefix: scheduler.
         *
         * <p>The option is multivalued: this call adds every value of the map, under its key with the prefix {@code
         * scheduler.}.</p>
         *
         * <p>Group: scheduler.</p>
         *
         * @param values the values by key, without the prefix
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder schedulerProperties(java.util.Map<String, Object> values) {
            doSetMultiValueProperties("schedulerProperties", "scheduler.", values);
            return this;
        }

        /**
         * Whether the scheduler should be auto started.
         *
         * <p>The option is a: {@code boolean} type.</p>
         *
         * <p>Default: true. Group: scheduler.</p>
         *
         * @param startScheduler the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder startScheduler(boolean startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /**
         * Whether the scheduler should be auto started.
         *
         * <p>The option will be converted to a {@code boolean} type.</p>
         *
         * <p>Default: true. Group: scheduler.</p>
         *
         * @param startScheduler the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder startScheduler(String startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /**
         * Time unit for initialDelay and delay options.
         *
         * <p>The option is a: {@code java.util.concurrent.TimeUnit} type.</p>
         *
         * <p>Default: MILLISECONDS. Group: scheduler.</p>
         *
         * @param timeUnit the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder timeUnit(java.util.concurrent.TimeUnit timeUnit) {
            doSetProperty("timeUnit", timeUnit);
            return this;
        }

        /**
         * Time unit for initialDelay and delay options.
         *
         * <p>The option will be converted to a {@code java.util.concurrent.TimeUnit} type.</p>
         *
         * <p>Default: MILLISECONDS. Group: scheduler.</p>
         *
         * @param timeUnit the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder timeUnit(String timeUnit) {
            doSetProperty("timeUnit", timeUnit);
            return this;
        }

        /**
         * Controls if fixed delay or fixed rate is used. See ScheduledExecutorService in JDK for details.
         *
         * <p>The option is a: {@code boolean} type.</p>
         *
         * <p>Default: true. Group: scheduler.</p>
         *
         * @param useFixedDelay the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder useFixedDelay(boolean useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }

        /**
         * Controls if fixed delay or fixed rate is used. See ScheduledExecutorService in JDK for details.
         *
         * <p>The option will be converted to a {@code boolean} type.</p>
         *
         * <p>Default: true. Group: scheduler.</p>
         *
         * @param useFixedDelay the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder useFixedDelay(String useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }

        /**
         * An OAuth 2 access token to start with. Without a refresh token it is used until it expires.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param accessToken the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder accessToken(String accessToken) {
            doSetProperty("accessToken", accessToken);
            return this;
        }

        /**
         * The OAuth 2 client id of the application (OAuth authentication, needed for payments and approvals).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param clientId the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder clientId(String clientId) {
            doSetProperty("clientId", clientId);
            return this;
        }

        /**
         * The OAuth 2 client secret of the application.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param clientSecret the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder clientSecret(String clientSecret) {
            doSetProperty("clientSecret", clientSecret);
            return this;
        }

        /**
         * The organization login of an API key (API-key authentication; read access).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param login the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder login(String login) {
            doSetProperty("login", login);
            return this;
        }

        /**
         * The OAuth 2 refresh token obtained at consent. Qonto rotates it on every refresh; use tokenFile or tokenStore
         * to keep the rotated one across restarts.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param refreshToken the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder refreshToken(String refreshToken) {
            doSetProperty("refreshToken", refreshToken);
            return this;
        }

        /**
         * The secret key of an API key (API-key authentication; read access).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param secretKey the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder secretKey(String secretKey) {
            doSetProperty("secretKey", secretKey);
            return this;
        }

        /**
         * The sandbox staging token, sent as X-Qonto-Staging-Token on every call.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param stagingToken the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder stagingToken(String stagingToken) {
            doSetProperty("stagingToken", stagingToken);
            return this;
        }

        /**
         * Webhooks: the secret of the webhook subscription, when you manage the subscription yourself. Deliveries whose
         * X-Qonto-Signature does not match it are refused. Not needed with webhookSubscribe=true.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param webhookSecret the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder webhookSecret(String webhookSecret) {
            doSetProperty("webhookSecret", webhookSecret);
            return this;
        }

        /**
         * Webhooks: path of a file that keeps the secrets of the subscriptions webhookSubscribe manages (owner-readable
         * only, written atomically and forced to disk), so that a restart keeps the subscription's secret.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param webhookSecretFile the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder webhookSecretFile(String webhookSecretFile) {
            doSetProperty("webhookSecretFile", webhookSecretFile);
            return this;
        }

        /**
         * Webhooks of a resource a consumer can poll too, such as transactions: also poll it every delay milliseconds,
         * sharing the consumer's cursor and the webhook's deduplication, so that an event Qonto lost, or one from
         * before the subscription, reaches the route once all the same.
         *
         * <p>The option is a: {@code boolean} type.</p>
         *
         * <p>Default: false. Group: webhook.</p>
         *
         * @param gapFill the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder gapFill(boolean gapFill) {
            doSetProperty("gapFill", gapFill);
            return this;
        }

        /**
         * Webhooks of a resource a consumer can poll too, such as transactions: also poll it every delay milliseconds,
         * sharing the consumer's cursor and the webhook's deduplication, so that an event Qonto lost, or one from
         * before the subscription, reaches the route once all the same.
         *
         * <p>The option will be converted to a {@code boolean} type.</p>
         *
         * <p>Default: false. Group: webhook.</p>
         *
         * @param gapFill the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder gapFill(String gapFill) {
            doSetProperty("gapFill", gapFill);
            return this;
        }

        /**
         * Webhooks: an endpoint URI (seda:..., or a persistent queue) each verified event is handed to before Qonto
         * gets its answer; the route then runs from there. Without it Qonto is answered once the route has processed
         * the event, which must then take less than Qonto's one second.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: webhook.</p>
         *
         * @param webhookHandOff the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder webhookHandOff(String webhookHandOff) {
            doSetProperty("webhookHandOff", webhookHandOff);
            return this;
        }

        /**
         * Webhooks: on start, find or create the subscription of this callback URL to the topic (with Camel's
         * webhookAutoRegister, true by default), with a secret chosen here and saved before Qonto learns it. Needs
         * OAuth with the webhook scope and the topic's scope.
         *
         * <p>The option is a: {@code boolean} type.</p>
         *
         * <p>Default: false. Group: webhook.</p>
         *
         * @param webhookSubscribe the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder webhookSubscribe(boolean webhookSubscribe) {
            doSetProperty("webhookSubscribe", webhookSubscribe);
            return this;
        }

        /**
         * Webhooks: on start, find or create the subscription of this callback URL to the topic (with Camel's
         * webhookAutoRegister, true by default), with a secret chosen here and saved before Qonto learns it. Needs
         * OAuth with the webhook scope and the topic's scope.
         *
         * <p>The option will be converted to a {@code boolean} type.</p>
         *
         * <p>Default: false. Group: webhook.</p>
         *
         * @param webhookSubscribe the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder webhookSubscribe(String webhookSubscribe) {
            doSetProperty("webhookSubscribe", webhookSubscribe);
            return this;
        }

        /**
         * Webhooks: how far in milliseconds the timestamp of a delivery's signature may be from now; a delivery signed
         * earlier or later is refused as stale.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 300000. Group: webhook.</p>
         *
         * @param webhookTolerance the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder webhookTolerance(long webhookTolerance) {
            doSetProperty("webhookTolerance", webhookTolerance);
            return this;
        }

        /**
         * Webhooks: how far in milliseconds the timestamp of a delivery's signature may be from now; a delivery signed
         * earlier or later is refused as stale.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 300000. Group: webhook.</p>
         *
         * @param webhookTolerance the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder webhookTolerance(String webhookTolerance) {
            doSetProperty("webhookTolerance", webhookTolerance);
            return this;
        }

        /**
         * Webhooks: with webhookSubscribe, delete the subscription when the route stops. Events happening while it is
         * deleted are never sent.
         *
         * <p>The option is a: {@code boolean} type.</p>
         *
         * <p>Default: false. Group: webhook.</p>
         *
         * @param webhookUnsubscribeOnStop the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder webhookUnsubscribeOnStop(boolean webhookUnsubscribeOnStop) {
            doSetProperty("webhookUnsubscribeOnStop", webhookUnsubscribeOnStop);
            return this;
        }

        /**
         * Webhooks: with webhookSubscribe, delete the subscription when the route stops. Events happening while it is
         * deleted are never sent.
         *
         * <p>The option will be converted to a {@code boolean} type.</p>
         *
         * <p>Default: false. Group: webhook.</p>
         *
         * @param webhookUnsubscribeOnStop the value to set
         * @return the dsl builder
         */
        default QontoEndpointConsumerBuilder webhookUnsubscribeOnStop(String webhookUnsubscribeOnStop) {
            doSetProperty("webhookUnsubscribeOnStop", webhookUnsubscribeOnStop);
            return this;
        }
    }

    /**
     * Advanced builder for endpoint consumers for the Qonto component.
     */
    public interface AdvancedQontoEndpointConsumerBuilder extends EndpointConsumerBuilder {

        /**
         * {@return the basic options of this builder}
         */
        default QontoEndpointConsumerBuilder basic() {
            return (QontoEndpointConsumerBuilder) this;
        }

        /**
         * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
         * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
         * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
         * component allows Camel to be alerted if an exception was thrown. Some components handle this internally only,
         * and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to
         * hook into the 3rd party component and make this possible for future releases. By default the consumer will
         * use the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR
         * level and ignored.
         *
         * <p>The option is a: {@code boolean} type.</p>
         *
         * <p>Default: false. Group: consumer (advanced).</p>
         *
         * @param bridgeErrorHandler the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder bridgeErrorHandler(boolean bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /**
         * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
         * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
         * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
         * component allows Camel to be alerted if an exception was thrown. Some components handle this internally only,
         * and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to
         * hook into the 3rd party component and make this possible for future releases. By default the consumer will
         * use the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR
         * level and ignored.
         *
         * <p>The option will be converted to a {@code boolean} type.</p>
         *
         * <p>Default: false. Group: consumer (advanced).</p>
         *
         * @param bridgeErrorHandler the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder bridgeErrorHandler(String bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /**
         * The timestamp the consumer resumes from. transactions: updated_at (default; an updated transaction is
         * delivered again), settled_at or emitted_at; sepaTransfers: updated_at; requests: created_at (default) or
         * processed_at.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: consumer (advanced).</p>
         *
         * @param cursorField the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder cursorField(String cursorField) {
            doSetProperty("cursorField", cursorField);
            return this;
        }

        /**
         * To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is enabled then
         * this option is not in use. By default the consumer will deal with exceptions, that will be logged at WARN or
         * ERROR level and ignored.
         *
         * <p>The option is a: {@code org.apache.camel.spi.ExceptionHandler} type.</p>
         *
         * <p>Group: consumer (advanced).</p>
         *
         * @param exceptionHandler the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder exceptionHandler(
                org.apache.camel.spi.ExceptionHandler exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /**
         * To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is enabled then
         * this option is not in use. By default the consumer will deal with exceptions, that will be logged at WARN or
         * ERROR level and ignored.
         *
         * <p>The option will be converted to a {@code org.apache.camel.spi.ExceptionHandler} type.</p>
         *
         * <p>Group: consumer (advanced).</p>
         *
         * @param exceptionHandler the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder exceptionHandler(String exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /**
         * Sets the exchange pattern when the consumer creates an exchange.
         *
         * <p>The option is a: {@code org.apache.camel.ExchangePattern} type.</p>
         *
         * <p>Group: consumer (advanced).</p>
         *
         * @param exchangePattern the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder exchangePattern(org.apache.camel.ExchangePattern exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /**
         * Sets the exchange pattern when the consumer creates an exchange.
         *
         * <p>The option will be converted to a {@code org.apache.camel.ExchangePattern} type.</p>
         *
         * <p>Group: consumer (advanced).</p>
         *
         * @param exchangePattern the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder exchangePattern(String exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /**
         * A pluggable org.apache.camel.PollingConsumerPollingStrategy allowing you to provide your custom
         * implementation to control error handling usually occurred during the poll operation before an Exchange have
         * been created and being routed in Camel.
         *
         * <p>The option is a: {@code org.apache.camel.spi.PollingConsumerPollStrategy} type.</p>
         *
         * <p>Group: consumer (advanced).</p>
         *
         * @param pollStrategy the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder pollStrategy(
                org.apache.camel.spi.PollingConsumerPollStrategy pollStrategy) {
            doSetProperty("pollStrategy", pollStrategy);
            return this;
        }

        /**
         * A pluggable org.apache.camel.PollingConsumerPollingStrategy allowing you to provide your custom
         * implementation to control error handling usually occurred during the poll operation before an Exchange have
         * been created and being routed in Camel.
         *
         * <p>The option will be converted to a {@code org.apache.camel.spi.PollingConsumerPollStrategy} type.</p>
         *
         * <p>Group: consumer (advanced).</p>
         *
         * @param pollStrategy the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder pollStrategy(String pollStrategy) {
            doSetProperty("pollStrategy", pollStrategy);
            return this;
        }

        /**
         * The key of the cursor in the state repository. Defaults to one derived from the resource, the cursor field
         * and the filters, so routes with different filters keep separate cursors.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: consumer (advanced).</p>
         *
         * @param stateKey the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder stateKey(String stateKey) {
            doSetProperty("stateKey", stateKey);
            return this;
        }

        /**
         * Overrides the API base URL of the environment, e.g. to point at the Qonto emulator in tests.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: advanced.</p>
         *
         * @param baseUrl the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder baseUrl(String baseUrl) {
            doSetProperty("baseUrl", baseUrl);
            return this;
        }

        /**
         * The longest in milliseconds one call to Qonto may take in all: waiting for the rate limiter, every attempt
         * with its answer read to the end, and the waits between attempts. An answer trickled slowly fails at this
         * deadline even when each part of it arrives within responseTimeout. Exceeding it fails with
         * QontoTimeoutException.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 120000. Group: advanced.</p>
         *
         * @param callTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder callTimeout(long callTimeout) {
            doSetProperty("callTimeout", callTimeout);
            return this;
        }

        /**
         * The longest in milliseconds one call to Qonto may take in all: waiting for the rate limiter, every attempt
         * with its answer read to the end, and the waits between attempts. An answer trickled slowly fails at this
         * deadline even when each part of it arrives within responseTimeout. Exceeding it fails with
         * QontoTimeoutException.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 120000. Group: advanced.</p>
         *
         * @param callTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder callTimeout(String callTimeout) {
            doSetProperty("callTimeout", callTimeout);
            return this;
        }

        /**
         * A QontoClient to use instead of one built from the options; the component neither configures nor closes it.
         *
         * <p>The option is a: {@code io.camelqonto.client.QontoClient} type.</p>
         *
         * <p>Group: advanced.</p>
         *
         * @param client the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder client(io.camelqonto.client.QontoClient client) {
            doSetProperty("client", client);
            return this;
        }

        /**
         * A QontoClient to use instead of one built from the options; the component neither configures nor closes it.
         *
         * <p>The option will be converted to a {@code io.camelqonto.client.QontoClient} type.</p>
         *
         * <p>Group: advanced.</p>
         *
         * @param client the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder client(String client) {
            doSetProperty("client", client);
            return this;
        }

        /**
         * Timeout in milliseconds to establish a connection to Qonto.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 10000. Group: advanced.</p>
         *
         * @param connectTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Timeout in milliseconds to establish a connection to Qonto.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 10000. Group: advanced.</p>
         *
         * @param connectTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Attempts in all, the first included. A 429 is retried on any call (Qonto did nothing); a 500 on reads; 502,
         * 503, 504, I/O errors and garbled answers on calls that are safe to repeat (reads, and writes carrying an
         * idempotency key). 1 disables retries.
         *
         * <p>The option is a: {@code int} type.</p>
         *
         * <p>Default: 4. Group: advanced.</p>
         *
         * @param maxAttempts the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder maxAttempts(int maxAttempts) {
            doSetProperty("maxAttempts", maxAttempts);
            return this;
        }

        /**
         * Attempts in all, the first included. A 429 is retried on any call (Qonto did nothing); a 500 on reads; 502,
         * 503, 504, I/O errors and garbled answers on calls that are safe to repeat (reads, and writes carrying an
         * idempotency key). 1 disables retries.
         *
         * <p>The option will be converted to a {@code int} type.</p>
         *
         * <p>Default: 4. Group: advanced.</p>
         *
         * @param maxAttempts the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder maxAttempts(String maxAttempts) {
            doSetProperty("maxAttempts", maxAttempts);
            return this;
        }

        /**
         * The most connections open to Qonto at once, shared by the endpoints that use the same client.
         *
         * <p>The option is a: {@code int} type.</p>
         *
         * <p>Default: 20. Group: advanced.</p>
         *
         * @param maxConnections the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder maxConnections(int maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /**
         * The most connections open to Qonto at once, shared by the endpoints that use the same client.
         *
         * <p>The option will be converted to a {@code int} type.</p>
         *
         * <p>Default: 20. Group: advanced.</p>
         *
         * @param maxConnections the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder maxConnections(String maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /**
         * The largest answer body in bytes read into memory (16 MiB by default, far above Qonto's largest page). A
         * larger answer fails the call with QontoResponseTooLargeException, without being read further, and is not
         * retried.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 16777216. Group: advanced.</p>
         *
         * @param maxResponseSize the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder maxResponseSize(long maxResponseSize) {
            doSetProperty("maxResponseSize", maxResponseSize);
            return this;
        }

        /**
         * The largest answer body in bytes read into memory (16 MiB by default, far above Qonto's largest page). A
         * larger answer fails the call with QontoResponseTooLargeException, without being read further, and is not
         * retried.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 16777216. Group: advanced.</p>
         *
         * @param maxResponseSize the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder maxResponseSize(String maxResponseSize) {
            doSetProperty("maxResponseSize", maxResponseSize);
            return this;
        }

        /**
         * The longest Retry-After in milliseconds that is waited for; a longer one fails the call at once. A
         * Retry-After, and any 429, pauses every endpoint sharing the rate limiter, since Qonto counts requests per IP
         * address.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 30000. Group: advanced.</p>
         *
         * @param maxRetryAfter the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder maxRetryAfter(long maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * The longest Retry-After in milliseconds that is waited for; a longer one fails the call at once. A
         * Retry-After, and any 429, pauses every endpoint sharing the rate limiter, since Qonto counts requests per IP
         * address.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 30000. Group: advanced.</p>
         *
         * @param maxRetryAfter the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder maxRetryAfter(String maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * Timeout in milliseconds to wait for Qonto's answer.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 30000. Group: advanced.</p>
         *
         * @param responseTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder responseTimeout(long responseTimeout) {
            doSetProperty("responseTimeout", responseTimeout);
            return this;
        }

        /**
         * Timeout in milliseconds to wait for Qonto's answer.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 30000. Group: advanced.</p>
         *
         * @param responseTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder responseTimeout(String responseTimeout) {
            doSetProperty("responseTimeout", responseTimeout);
            return this;
        }

        /**
         * Wait in milliseconds before the first retry; it doubles on each further retry, with jitter.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 500. Group: advanced.</p>
         *
         * @param retryInitialDelay the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder retryInitialDelay(long retryInitialDelay) {
            doSetProperty("retryInitialDelay", retryInitialDelay);
            return this;
        }

        /**
         * Wait in milliseconds before the first retry; it doubles on each further retry, with jitter.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 500. Group: advanced.</p>
         *
         * @param retryInitialDelay the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder retryInitialDelay(String retryInitialDelay) {
            doSetProperty("retryInitialDelay", retryInitialDelay);
            return this;
        }

        /**
         * Cap in milliseconds of the wait between retries.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 10000. Group: advanced.</p>
         *
         * @param retryMaxDelay the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder retryMaxDelay(long retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }

        /**
         * Cap in milliseconds of the wait between retries.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 10000. Group: advanced.</p>
         *
         * @param retryMaxDelay the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder retryMaxDelay(String retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }

        /**
         * Overrides the OAuth 2 token endpoint of the environment.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: advanced.</p>
         *
         * @param tokenUrl the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder tokenUrl(String tokenUrl) {
            doSetProperty("tokenUrl", tokenUrl);
            return this;
        }

        /**
         * Lets baseUrl and tokenUrl use plain http to a host other than this machine. Without it they must be https
         * URLs, or http to localhost, 127.0.0.0/8 or ::1 (an emulator, a local proxy), because plain http carries
         * credentials and payments unencrypted. The URLs are checked when the endpoint starts.
         *
         * <p>The option is a: {@code boolean} type.</p>
         *
         * <p>Default: false. Group: security (advanced).</p>
         *
         * @param allowInsecureHttp the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder allowInsecureHttp(boolean allowInsecureHttp) {
            doSetProperty("allowInsecureHttp", allowInsecureHttp);
            return this;
        }

        /**
         * Lets baseUrl and tokenUrl use plain http to a host other than this machine. Without it they must be https
         * URLs, or http to localhost, 127.0.0.0/8 or ::1 (an emulator, a local proxy), because plain http carries
         * credentials and payments unencrypted. The URLs are checked when the endpoint starts.
         *
         * <p>The option will be converted to a {@code boolean} type.</p>
         *
         * <p>Default: false. Group: security (advanced).</p>
         *
         * @param allowInsecureHttp the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder allowInsecureHttp(String allowInsecureHttp) {
            doSetProperty("allowInsecureHttp", allowInsecureHttp);
            return this;
        }

        /**
         * Path of a file that keeps the current OAuth tokens, so the rotated refresh token survives restarts. The
         * refreshToken option seeds it while the file does not exist yet.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security (advanced).</p>
         *
         * @param tokenFile the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder tokenFile(String tokenFile) {
            doSetProperty("tokenFile", tokenFile);
            return this;
        }

        /**
         * A TokenStore bean that keeps the current OAuth tokens, for example a database-backed one shared by several
         * instances.
         *
         * <p>The option is a: {@code io.camelqonto.client.auth.TokenStore} type.</p>
         *
         * <p>Group: security (advanced).</p>
         *
         * @param tokenStore the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder tokenStore(io.camelqonto.client.auth.TokenStore tokenStore) {
            doSetProperty("tokenStore", tokenStore);
            return this;
        }

        /**
         * A TokenStore bean that keeps the current OAuth tokens, for example a database-backed one shared by several
         * instances.
         *
         * <p>The option will be converted to a {@code io.camelqonto.client.auth.TokenStore} type.</p>
         *
         * <p>Group: security (advanced).</p>
         *
         * @param tokenStore the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder tokenStore(String tokenStore) {
            doSetProperty("tokenStore", tokenStore);
            return this;
        }

        /**
         * Webhooks: a WebhookSecretStore bean keeping the secrets of managed subscriptions, e.g. one backed by a
         * database; takes precedence over webhookSecretFile.
         *
         * <p>The option is a: {@code io.camelqonto.client.webhook.WebhookSecretStore} type.</p>
         *
         * <p>Group: security (advanced).</p>
         *
         * @param webhookSecretStore the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder webhookSecretStore(
                io.camelqonto.client.webhook.WebhookSecretStore webhookSecretStore) {
            doSetProperty("webhookSecretStore", webhookSecretStore);
            return this;
        }

        /**
         * Webhooks: a WebhookSecretStore bean keeping the secrets of managed subscriptions, e.g. one backed by a
         * database; takes precedence over webhookSecretFile.
         *
         * <p>The option will be converted to a {@code io.camelqonto.client.webhook.WebhookSecretStore} type.</p>
         *
         * <p>Group: security (advanced).</p>
         *
         * @param webhookSecretStore the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder webhookSecretStore(String webhookSecretStore) {
            doSetProperty("webhookSecretStore", webhookSecretStore);
            return this;
        }

        /**
         * Webhooks: the IdempotentRepository that remembers delivered events (by event id) so that none reaches the
         * route twice. Defaults to an in-memory one of the last 10000 events per endpoint; a persistent one remembers
         * across restarts.
         *
         * <p>The option is a: {@code org.apache.camel.spi.IdempotentRepository} type.</p>
         *
         * <p>Group: webhook (advanced).</p>
         *
         * @param webhookIdempotentRepository the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder webhookIdempotentRepository(
                org.apache.camel.spi.IdempotentRepository webhookIdempotentRepository) {
            doSetProperty("webhookIdempotentRepository", webhookIdempotentRepository);
            return this;
        }

        /**
         * Webhooks: the IdempotentRepository that remembers delivered events (by event id) so that none reaches the
         * route twice. Defaults to an in-memory one of the last 10000 events per endpoint; a persistent one remembers
         * across restarts.
         *
         * <p>The option will be converted to a {@code org.apache.camel.spi.IdempotentRepository} type.</p>
         *
         * <p>Group: webhook (advanced).</p>
         *
         * @param webhookIdempotentRepository the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointConsumerBuilder webhookIdempotentRepository(String webhookIdempotentRepository) {
            doSetProperty("webhookIdempotentRepository", webhookIdempotentRepository);
            return this;
        }
    }

    /**
     * Builder for endpoint producers for the Qonto component.
     */
    public interface QontoEndpointProducerBuilder extends EndpointProducerBuilder {

        /**
         * {@return the advanced options of this builder}
         */
        default AdvancedQontoEndpointProducerBuilder advanced() {
            return (AdvancedQontoEndpointProducerBuilder) this;
        }

        /**
         * The Qonto environment: production, or sandbox (which needs a staging token).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Default: production. Group: common.</p>
         *
         * @param environment the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder environment(String environment) {
            doSetProperty("environment", environment);
            return this;
        }

        /**
         * What the body holds, for consumers and producers alike: model (the typed record, keeping every key Qonto
         * sent), json (Qonto's JSON as a string) or map (a Map of the JSON).
         *
         * <p>The option is a: {@code io.camelqonto.component.QontoOutputType} type.</p>
         *
         * <p>Default: model. Group: common.</p>
         *
         * @param outputType the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder outputType(io.camelqonto.component.QontoOutputType outputType) {
            doSetProperty("outputType", outputType);
            return this;
        }

        /**
         * What the body holds, for consumers and producers alike: model (the typed record, keeping every key Qonto
         * sent), json (Qonto's JSON as a string) or map (a Map of the JSON).
         *
         * <p>The option will be converted to a {@code io.camelqonto.component.QontoOutputType} type.</p>
         *
         * <p>Default: model. Group: common.</p>
         *
         * @param outputType the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder outputType(String outputType) {
            doSetProperty("outputType", outputType);
            return this;
        }

        /**
         * The object a collection belongs to, for the collections read under one: the transaction of
         * transactionAttachments, the payment link of paymentLinkPayments. The consumer reads the collection under it;
         * a producer uses it when the message names no object (header CamelQontoId).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: common.</p>
         *
         * @param parentId the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder parentId(String parentId) {
            doSetProperty("parentId", parentId);
            return this;
        }

        /**
         * Items per page requested from Qonto when listing or consuming (1 to 100).
         *
         * <p>The option is a: {@code int} type.</p>
         *
         * <p>Default: 100. Group: common.</p>
         *
         * @param perPage the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder perPage(int perPage) {
            doSetProperty("perPage", perPage);
            return this;
        }

        /**
         * Items per page requested from Qonto when listing or consuming (1 to 100).
         *
         * <p>The option will be converted to a {@code int} type.</p>
         *
         * <p>Default: 100. Group: common.</p>
         *
         * @param perPage the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder perPage(String perPage) {
            doSetProperty("perPage", perPage);
            return this;
        }

        /**
         * sepaTransfer create: the Verification of Payee results that let a transfer go, a comma list of
         * MATCH_RESULT_MATCH, MATCH_RESULT_CLOSE_MATCH, MATCH_RESULT_NO_MATCH, MATCH_RESULT_NOT_POSSIBLE,
         * MATCH_RESULT_UNSPECIFIED.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Default: MATCH_RESULT_MATCH. Group: producer.</p>
         *
         * @param acceptedMatchResults the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder acceptedMatchResults(String acceptedMatchResults) {
            doSetProperty("acceptedMatchResults", acceptedMatchResults);
            return this;
        }

        /**
         * attachment, transactionAttachment, supplierInvoices, insuranceContract: The media type of the uploaded file,
         * e.g. application/pdf; else Content-Type, else the file name's extension tells. The header
         * CamelQontoContentType overrides it.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param contentType the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder contentType(String contentType) {
            doSetProperty("contentType", contentType);
            return this;
        }

        /**
         * request: The IBAN of the account to debit (default: the main account). The header CamelQontoDebitIban
         * overrides it.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param debitIban the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder debitIban(String debitIban) {
            doSetProperty("debitIban", debitIban);
            return this;
        }

        /**
         * request: The reason given to the requester. The header CamelQontoDeclinedNote overrides it.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param declinedNote the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder declinedNote(String declinedNote) {
            doSetProperty("declinedNote", declinedNote);
            return this;
        }

        /**
         * attachment, transactionAttachment, supplierInvoices, insuranceContract: The name Qonto stores the uploaded
         * file under; else CamelFileName, else the name of the File or Path body. The header CamelQontoFileName
         * overrides it.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param fileName the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder fileName(String fileName) {
            doSetProperty("fileName", fileName);
            return this;
        }

        /**
         * A Simple expression giving a business key for writes Qonto wants idempotent, e.g. ${header.invoiceNumber}. A
         * value that is not a UUID is turned into a stable name-based UUID, so the same business key never pays twice
         * within Qonto's 30-minute window. The CamelQontoIdempotencyKey header takes precedence; without either a
         * random key is used per exchange.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param idempotencyKeyExpression the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder idempotencyKeyExpression(String idempotencyKeyExpression) {
            doSetProperty("idempotencyKeyExpression", idempotencyKeyExpression);
            return this;
        }

        /**
         * sepaTransfers: Only the items with these ids, a comma list (at most 100). sepaBeneficiary, legacyBeneficiary:
         * The beneficiaries, a comma list of ids; else the body (a list, a comma list or a beneficiary), else
         * CamelQontoId. The header CamelQontoIds overrides it. cards: Only the items with these ids, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param ids the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder ids(String ids) {
            doSetProperty("ids", ids);
            return this;
        }

        /**
         * The most pages a list operation fetches; the CamelQontoTruncated header tells when Qonto had more.
         *
         * <p>The option is a: {@code int} type.</p>
         *
         * <p>Default: 1000. Group: producer.</p>
         *
         * @param maxPages the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder maxPages(int maxPages) {
            doSetProperty("maxPages", maxPages);
            return this;
        }

        /**
         * The most pages a list operation fetches; the CamelQontoTruncated header tells when Qonto had more.
         *
         * <p>The option will be converted to a {@code int} type.</p>
         *
         * <p>Default: 1000. Group: producer.</p>
         *
         * @param maxPages the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder maxPages(String maxPages) {
            doSetProperty("maxPages", maxPages);
            return this;
        }

        /**
         * card: The card's new nickname. The header CamelQontoNickname overrides it.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param nickname the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder nickname(String nickname) {
            doSetProperty("nickname", nickname);
            return this;
        }

        /**
         * The operation a producer performs on the resource; which ones a resource allows is in the README's resource
         * table. The CamelQontoOperation header overrides it; without either, the resource's default operation runs
         * (list for collections, create for sepaTransfer, get for most single objects; request needs approve or
         * decline).
         *
         * <p>The option is a: {@code io.camelqonto.client.catalog.Action} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param operation the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder operation(io.camelqonto.client.catalog.Action operation) {
            doSetProperty("operation", operation);
            return this;
        }

        /**
         * The operation a producer performs on the resource; which ones a resource allows is in the README's resource
         * table. The CamelQontoOperation header overrides it; without either, the resource's default operation runs
         * (list for collections, create for sepaTransfer, get for most single objects; request needs approve or
         * decline).
         *
         * <p>The option will be converted to a {@code io.camelqonto.client.catalog.Action} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param operation the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder operation(String operation) {
            doSetProperty("operation", operation);
            return this;
        }

        /**
         * clientInvoice: The day the invoice was paid, ISO-8601, not in the future; today when not set. The header
         * CamelQontoPaidAt overrides it.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param paidAt the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder paidAt(String paidAt) {
            doSetProperty("paidAt", paidAt);
            return this;
        }

        /**
         * What happens when Qonto asks for Strong Customer Authentication: fail (throw, with the session token in the
         * CamelQontoScaSessionToken header so the route can resume later), wait (poll the session until the user
         * decides, then replay the request), or mock (sandbox and emulator only: approve the session automatically).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Default: fail. Group: producer.</p>
         *
         * @param scaMode the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder scaMode(String scaMode) {
            doSetProperty("scaMode", scaMode);
            return this;
        }

        /**
         * supplierInvoices: Skip matching the uploaded files with transactions' attachments (true). The header
         * CamelQontoSkipAttachmentMatcher overrides it.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param skipAttachmentMatcher the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder skipAttachmentMatcher(String skipAttachmentMatcher) {
            doSetProperty("skipAttachmentMatcher", skipAttachmentMatcher);
            return this;
        }

        /**
         * internationalTransfer: The currency the transfers are sent from, e.g. EUR (required). supplierInvoices: Where
         * the uploaded invoices come from. The header CamelQontoSource overrides it.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param source the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder source(String source) {
            doSetProperty("source", source);
            return this;
        }

        /**
         * insuranceContract: What the document is, e.g. contract or statement. The header CamelQontoType overrides it.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param type the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder type(String type) {
            doSetProperty("type", type);
            return this;
        }

        /**
         * Where writes Qonto wants idempotent are recorded once they succeeded: their idempotency key, with Qonto's
         * answer (id, status, the object). A write whose key is recorded is not sent again; the exchange gets the
         * recorded answer, with the header CamelQontoReplayed=true. Qonto itself forgets a key after 30 minutes: a
         * persistent repository (a FileStateRepository, or any StateRepository backed by a database) extends that to as
         * long as the repository keeps its entries. The key is recorded only after Qonto answered, so a write whose
         * answer was lost is covered by Qonto's 30-minute window alone. Not set: no record beyond Qonto's window.
         *
         * <p>The option is a: {@code org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String>}
         * type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param writeRepository the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder writeRepository(
                org.apache.camel.spi.StateRepository<String, String> writeRepository) {
            doSetProperty("writeRepository", writeRepository);
            return this;
        }

        /**
         * Where writes Qonto wants idempotent are recorded once they succeeded: their idempotency key, with Qonto's
         * answer (id, status, the object). A write whose key is recorded is not sent again; the exchange gets the
         * recorded answer, with the header CamelQontoReplayed=true. Qonto itself forgets a key after 30 minutes: a
         * persistent repository (a FileStateRepository, or any StateRepository backed by a database) extends that to as
         * long as the repository keeps its entries. The key is recorded only after Qonto answered, so a write whose
         * answer was lost is covered by Qonto's 30-minute window alone. Not set: no record beyond Qonto's window.
         *
         * <p>The option will be converted to a {@code org.apache.camel.spi.StateRepository<java.lang.String,
         * java.lang.String>} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param writeRepository the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder writeRepository(String writeRepository) {
            doSetProperty("writeRepository", writeRepository);
            return this;
        }

        /**
         * paymentLink: The amount of the link to be, a decimal string such as 25.00; with currency.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param amount the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder amount(String amount) {
            doSetProperty("amount", amount);
            return this;
        }

        /**
         * supplierInvoices: Only the invoices these members approve, a comma list of membership ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param approverId the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder approverId(String approverId) {
            doSetProperty("approverId", approverId);
            return this;
        }

        /**
         * supplierInvoices: Only the invoices of these attachments, a comma list of ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param attachmentId the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder attachmentId(String attachmentId) {
            doSetProperty("attachmentId", attachmentId);
            return this;
        }

        /**
         * transactions: The bank account whose transactions are read (this or iban is required).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param bankAccountId the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder bankAccountId(String bankAccountId) {
            doSetProperty("bankAccountId", bankAccountId);
            return this;
        }

        /**
         * statements: Only the statements of these bank accounts, a comma list of ids. cards: Only the cards of these
         * bank accounts, a comma list of ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param bankAccountIds the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder bankAccountIds(String bankAccountIds) {
            doSetProperty("bankAccountIds", bankAccountIds);
            return this;
        }

        /**
         * sepaTransfers, externalTransfers: Only transfers to these beneficiaries, a comma list of ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param beneficiaryIds the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder beneficiaryIds(String beneficiaryIds) {
            doSetProperty("beneficiaryIds", beneficiaryIds);
            return this;
        }

        /**
         * cards: Filter by card level, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param cardLevels the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder cardLevels(String cardLevels) {
            doSetProperty("cardLevels", cardLevels);
            return this;
        }

        /**
         * requests: Only requests created at or after this ISO-8601 instant. clientInvoices, supplierInvoices: Only
         * invoices created at or after this ISO-8601 instant. creditNotes: Only credit notes created at or after this
         * ISO-8601 instant. quotes: Only quotes created at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param createdAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder createdAtFrom(String createdAtFrom) {
            doSetProperty("createdAtFrom", createdAtFrom);
            return this;
        }

        /**
         * clientInvoices, supplierInvoices: Only invoices created at or before this ISO-8601 instant. creditNotes: Only
         * credit notes created at or before this ISO-8601 instant. quotes: Only quotes created at or before this
         * ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param createdAtTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder createdAtTo(String createdAtTo) {
            doSetProperty("createdAtTo", createdAtTo);
            return this;
        }

        /**
         * paymentLink: The currency of the link to be, such as EUR; with amount. internationalBeneficiaries: The
         * beneficiaries' currency, ISO 4217, e.g. USD (required).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param currency the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder currency(String currency) {
            doSetProperty("currency", currency);
            return this;
        }

        /**
         * supplierInvoices: Filter by document type, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param documentType the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder documentType(String documentType) {
            doSetProperty("documentType", documentType);
            return this;
        }

        /**
         * supplierInvoices: Filter by due date, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param dueDate the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder dueDate(String dueDate) {
            doSetProperty("dueDate", dueDate);
            return this;
        }

        /**
         * clients: Only the clients with this e-mail address (case ignored).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param email the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder email(String email) {
            doSetProperty("email", email);
            return this;
        }

        /**
         * transactions: Only transactions emitted at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param emittedAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder emittedAtFrom(String emittedAtFrom) {
            doSetProperty("emittedAtFrom", emittedAtFrom);
            return this;
        }

        /**
         * transactions: Only transactions emitted at or before this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param emittedAtTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder emittedAtTo(String emittedAtTo) {
            doSetProperty("emittedAtTo", emittedAtTo);
            return this;
        }

        /**
         * supplierInvoices: Leave credit notes out (true).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param excludeCreditNotes the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder excludeCreditNotes(String excludeCreditNotes) {
            doSetProperty("excludeCreditNotes", excludeCreditNotes);
            return this;
        }

        /**
         * clientInvoices: Leave out invoices imported into Qonto (true, Qonto's default) or include them (false).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param excludeImported the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder excludeImported(String excludeImported) {
            doSetProperty("excludeImported", excludeImported);
            return this;
        }

        /**
         * cards: Only the cards of these members, a comma list of membership ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param holderIds the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder holderIds(String holderIds) {
            doSetProperty("holderIds", holderIds);
            return this;
        }

        /**
         * transactions: The IBAN of the bank account whose transactions are read (bankAccountId is preferred: it keeps
         * the IBAN out of the endpoint URI). Never sent to Qonto in a URL: the account is looked up by IBAN once.
         * sepaBeneficiaries, legacyBeneficiaries: Only the beneficiaries with these IBANs, a comma list. Matched on the
         * listed items, never sent to Qonto in a URL.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param iban the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder iban(String iban) {
            doSetProperty("iban", iban);
            return this;
        }

        /**
         * statements: Only the statements of these IBANs, a comma list. Never sent to Qonto in a URL: each IBAN goes
         * out as the id of its account, looked up once.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param ibans the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder ibans(String ibans) {
            doSetProperty("ibans", ibans);
            return this;
        }

        /**
         * organization: Include the external (aggregated) bank accounts.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param includeExternalAccounts the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder includeExternalAccounts(String includeExternalAccounts) {
            doSetProperty("includeExternalAccounts", includeExternalAccounts);
            return this;
        }

        /**
         * transactions, transaction: Embed related objects, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param includes the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder includes(String includes) {
            doSetProperty("includes", includes);
            return this;
        }

        /**
         * supplierInvoices: Only invoices issued in a period Qonto names, such as this_week.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param issueDate the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder issueDate(String issueDate) {
            doSetProperty("issueDate", issueDate);
            return this;
        }

        /**
         * supplierInvoices: Only invoices issued on or after this ISO-8601 date.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param issueDateFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder issueDateFrom(String issueDateFrom) {
            doSetProperty("issueDateFrom", issueDateFrom);
            return this;
        }

        /**
         * paymentLink: The customer's language, such as fr; instead of amount and currency.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param locale the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder locale(String locale) {
            doSetProperty("locale", locale);
            return this;
        }

        /**
         * supplierInvoices: Only invoices matched with transactions (true) or not (false).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param matchedTransactions the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder matchedTransactions(String matchedTransactions) {
            doSetProperty("matchedTransactions", matchedTransactions);
            return this;
        }

        /**
         * supplierInvoices: Only invoices that miss data to be paid (true) or not (false).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param missingData the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder missingData(String missingData) {
            doSetProperty("missingData", missingData);
            return this;
        }

        /**
         * team: The name of the team to create, 2 to 100 characters. The header CamelQontoName overrides it.
         * bankAccount: The name of the business account. The header CamelQontoName overrides it. clients: Only clients
         * whose name contains this text (at least 2 characters; case and accents ignored). insuranceContract: The
         * document's name. The header CamelQontoName overrides it.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param name the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder name(String name) {
            doSetProperty("name", name);
            return this;
        }

        /**
         * transactions: Filter by operation type, a comma list such as transfer, card, direct_debit, income, qonto_fee,
         * cheque.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param operationType the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder operationType(String operationType) {
            doSetProperty("operationType", operationType);
            return this;
        }

        /**
         * supplierInvoices: Compare the payable amount with a bound in a currency: lte:100.00:EUR or gte:100.00:EUR.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param payableAmount the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder payableAmount(String payableAmount) {
            doSetProperty("payableAmount", payableAmount);
            return this;
        }

        /**
         * supplierInvoices: Only invoices paid in a period Qonto names, such as this_week.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param paymentDate the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder paymentDate(String paymentDate) {
            doSetProperty("paymentDate", paymentDate);
            return this;
        }

        /**
         * statements: Only statements of this month or later, MM-YYYY.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param periodFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder periodFrom(String periodFrom) {
            doSetProperty("periodFrom", periodFrom);
            return this;
        }

        /**
         * statements: Only statements of this month or earlier, MM-YYYY.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param periodTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder periodTo(String periodTo) {
            doSetProperty("periodTo", periodTo);
            return this;
        }

        /**
         * requests: Only requests processed at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param processedAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder processedAtFrom(String processedAtFrom) {
            doSetProperty("processedAtFrom", processedAtFrom);
            return this;
        }

        /**
         * Query parameters the catalog does not know yet, by Qonto's name: query.some_filter=value is sent as
         * some_filter=value on every read of this endpoint. Values are checked like other text filters. This is a
         * multi-value option with prefix: query.
         *
         * <p>The option is multivalued: each call adds one value, under its key with the prefix {@code query.}.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param key the key, without the prefix
         * @param value the value
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder query(String key, Object value) {
            doSetMultiValueProperty("query", "query." + key, value);
            return this;
        }

        /**
         * Query parameters the catalog does not know yet, by Qonto's name: query.some_filter=value is sent as
         * some_filter=value on every read of this endpoint. Values are checked like other text filters. This is a
         * multi-value option with prefix: query.
         *
         * <p>The option is multivalued: this call adds every value of the map, under its key with the prefix {@code
         * query.}.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param values the values by key, without the prefix
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder query(java.util.Map<String, Object> values) {
            doSetMultiValueProperties("query", "query.", values);
            return this;
        }

        /**
         * supplierInvoices: The fields search looks in, a comma list such as supplier_name,invoice_number.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param queryFields the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder queryFields(String queryFields) {
            doSetProperty("queryFields", queryFields);
            return this;
        }

        /**
         * sepaTransfers: Only the transfers these recurring transfers created, a comma list of ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param recurringTransferIds the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder recurringTransferIds(String recurringTransferIds) {
            doSetProperty("recurringTransferIds", recurringTransferIds);
            return this;
        }

        /**
         * requests: Filter by request type, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param requestType the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder requestType(String requestType) {
            doSetProperty("requestType", requestType);
            return this;
        }

        /**
         * sepaTransfers, externalTransfers: Only transfers scheduled on or after this ISO-8601 date.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param scheduledDateFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder scheduledDateFrom(String scheduledDateFrom) {
            doSetProperty("scheduledDateFrom", scheduledDateFrom);
            return this;
        }

        /**
         * sepaTransfers, externalTransfers: Only transfers scheduled on or before this ISO-8601 date.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param scheduledDateTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder scheduledDateTo(String scheduledDateTo) {
            doSetProperty("scheduledDateTo", scheduledDateTo);
            return this;
        }

        /**
         * cards: Text searched in the holder's first and last name, and the card's id, nickname, last digits, status,
         * pre-expiry date and expiry year and month. supplierInvoices: Text searched in the fields of queryFields.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param search the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder search(String search) {
            doSetProperty("search", search);
            return this;
        }

        /**
         * transactions: Only transactions settled at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param settledAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder settledAtFrom(String settledAtFrom) {
            doSetProperty("settledAtFrom", settledAtFrom);
            return this;
        }

        /**
         * transactions: Only transactions settled at or before this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param settledAtTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder settledAtTo(String settledAtTo) {
            doSetProperty("settledAtTo", settledAtTo);
            return this;
        }

        /**
         * transactions: Only credits or only debits.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param side the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder side(String side) {
            doSetProperty("side", side);
            return this;
        }

        /**
         * transactions, requests, sepaTransfers, clientInvoices, creditNotes, quotes, supplierInvoices: Sort order of a
         * list operation, field:direction. Consumers sort by their cursor field and refuse it. sepaBeneficiaries,
         * statements, cards, clients, paymentLinks, paymentLinkPayments, legacyBeneficiaries: Sort order of a list
         * operation, field:direction.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param sortBy the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder sortBy(String sortBy) {
            doSetProperty("sortBy", sortBy);
            return this;
        }

        /**
         * transactions, requests, sepaTransfers, sepaBeneficiaries, clientInvoices, quotes, paymentLinks,
         * externalTransfers, legacyBeneficiaries, supplierInvoices: Filter by status, a comma list.
         * paymentLinkPayments: Only the payments with this status.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param status the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder status(String status) {
            doSetProperty("status", status);
            return this;
        }

        /**
         * cards: Filter by status, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param statuses the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder statuses(String statuses) {
            doSetProperty("statuses", statuses);
            return this;
        }

        /**
         * clients: Only the clients with this tax identification number (case ignored).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param taxIdentificationNumber the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder taxIdentificationNumber(String taxIdentificationNumber) {
            doSetProperty("taxIdentificationNumber", taxIdentificationNumber);
            return this;
        }

        /**
         * sepaBeneficiaries, legacyBeneficiaries: Only trusted (true) or untrusted (false) beneficiaries.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param trusted the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder trusted(String trusted) {
            doSetProperty("trusted", trusted);
            return this;
        }

        /**
         * transactions, sepaTransfers, clientInvoices, externalTransfers, legacyBeneficiaries, supplierInvoices: Only
         * items updated at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param updatedAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder updatedAtFrom(String updatedAtFrom) {
            doSetProperty("updatedAtFrom", updatedAtFrom);
            return this;
        }

        /**
         * transactions, sepaTransfers, clientInvoices, externalTransfers, legacyBeneficiaries, supplierInvoices: Only
         * items updated at or before this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param updatedAtTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder updatedAtTo(String updatedAtTo) {
            doSetProperty("updatedAtTo", updatedAtTo);
            return this;
        }

        /**
         * clients: Only the clients with this VAT number (case ignored).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param vatNumber the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder vatNumber(String vatNumber) {
            doSetProperty("vatNumber", vatNumber);
            return this;
        }

        /**
         * transactions: Only transactions with (true) or without (false) attachments.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param withAttachments the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder withAttachments(String withAttachments) {
            doSetProperty("withAttachments", withAttachments);
            return this;
        }

        /**
         * An OAuth 2 access token to start with. Without a refresh token it is used until it expires.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param accessToken the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder accessToken(String accessToken) {
            doSetProperty("accessToken", accessToken);
            return this;
        }

        /**
         * The OAuth 2 client id of the application (OAuth authentication, needed for payments and approvals).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param clientId the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder clientId(String clientId) {
            doSetProperty("clientId", clientId);
            return this;
        }

        /**
         * The OAuth 2 client secret of the application.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param clientSecret the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder clientSecret(String clientSecret) {
            doSetProperty("clientSecret", clientSecret);
            return this;
        }

        /**
         * The organization login of an API key (API-key authentication; read access).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param login the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder login(String login) {
            doSetProperty("login", login);
            return this;
        }

        /**
         * The OAuth 2 refresh token obtained at consent. Qonto rotates it on every refresh; use tokenFile or tokenStore
         * to keep the rotated one across restarts.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param refreshToken the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder refreshToken(String refreshToken) {
            doSetProperty("refreshToken", refreshToken);
            return this;
        }

        /**
         * The secret key of an API key (API-key authentication; read access).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param secretKey the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder secretKey(String secretKey) {
            doSetProperty("secretKey", secretKey);
            return this;
        }

        /**
         * The sandbox staging token, sent as X-Qonto-Staging-Token on every call.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param stagingToken the value to set
         * @return the dsl builder
         */
        default QontoEndpointProducerBuilder stagingToken(String stagingToken) {
            doSetProperty("stagingToken", stagingToken);
            return this;
        }
    }

    /**
     * Advanced builder for endpoint producers for the Qonto component.
     */
    public interface AdvancedQontoEndpointProducerBuilder extends EndpointProducerBuilder {

        /**
         * {@return the basic options of this builder}
         */
        default QontoEndpointProducerBuilder basic() {
            return (QontoEndpointProducerBuilder) this;
        }

        /**
         * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
         * allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting
         * and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can
         * be handled during routing messages via Camel's routing error handlers. Beware that when the first message is
         * processed then creating and starting the producer may take a little time and prolong the total processing
         * time of the processing.
         *
         * <p>The option is a: {@code boolean} type.</p>
         *
         * <p>Default: false. Group: producer (advanced).</p>
         *
         * @param lazyStartProducer the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder lazyStartProducer(boolean lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
         * allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting
         * and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can
         * be handled during routing messages via Camel's routing error handlers. Beware that when the first message is
         * processed then creating and starting the producer may take a little time and prolong the total processing
         * time of the processing.
         *
         * <p>The option will be converted to a {@code boolean} type.</p>
         *
         * <p>Default: false. Group: producer (advanced).</p>
         *
         * @param lazyStartProducer the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder lazyStartProducer(String lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * Interval in milliseconds between SCA session polls in scaMode=wait; never less than one second, as Qonto
         * asks.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 2000. Group: producer (advanced).</p>
         *
         * @param scaPollInterval the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder scaPollInterval(long scaPollInterval) {
            doSetProperty("scaPollInterval", scaPollInterval);
            return this;
        }

        /**
         * Interval in milliseconds between SCA session polls in scaMode=wait; never less than one second, as Qonto
         * asks.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 2000. Group: producer (advanced).</p>
         *
         * @param scaPollInterval the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder scaPollInterval(String scaPollInterval) {
            doSetProperty("scaPollInterval", scaPollInterval);
            return this;
        }

        /**
         * How long in milliseconds scaMode=wait waits for the user's decision; Qonto ends sessions after 15 minutes.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 900000. Group: producer (advanced).</p>
         *
         * @param scaTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder scaTimeout(long scaTimeout) {
            doSetProperty("scaTimeout", scaTimeout);
            return this;
        }

        /**
         * How long in milliseconds scaMode=wait waits for the user's decision; Qonto ends sessions after 15 minutes.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 900000. Group: producer (advanced).</p>
         *
         * @param scaTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder scaTimeout(String scaTimeout) {
            doSetProperty("scaTimeout", scaTimeout);
            return this;
        }

        /**
         * The second factor Qonto should use for SCA (X-Qonto-2fa-Preference), e.g. paired-device, passkey or sms-otp.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer (advanced).</p>
         *
         * @param twoFactorPreference the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder twoFactorPreference(String twoFactorPreference) {
            doSetProperty("twoFactorPreference", twoFactorPreference);
            return this;
        }

        /**
         * Overrides the API base URL of the environment, e.g. to point at the Qonto emulator in tests.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: advanced.</p>
         *
         * @param baseUrl the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder baseUrl(String baseUrl) {
            doSetProperty("baseUrl", baseUrl);
            return this;
        }

        /**
         * The longest in milliseconds one call to Qonto may take in all: waiting for the rate limiter, every attempt
         * with its answer read to the end, and the waits between attempts. An answer trickled slowly fails at this
         * deadline even when each part of it arrives within responseTimeout. Exceeding it fails with
         * QontoTimeoutException.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 120000. Group: advanced.</p>
         *
         * @param callTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder callTimeout(long callTimeout) {
            doSetProperty("callTimeout", callTimeout);
            return this;
        }

        /**
         * The longest in milliseconds one call to Qonto may take in all: waiting for the rate limiter, every attempt
         * with its answer read to the end, and the waits between attempts. An answer trickled slowly fails at this
         * deadline even when each part of it arrives within responseTimeout. Exceeding it fails with
         * QontoTimeoutException.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 120000. Group: advanced.</p>
         *
         * @param callTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder callTimeout(String callTimeout) {
            doSetProperty("callTimeout", callTimeout);
            return this;
        }

        /**
         * A QontoClient to use instead of one built from the options; the component neither configures nor closes it.
         *
         * <p>The option is a: {@code io.camelqonto.client.QontoClient} type.</p>
         *
         * <p>Group: advanced.</p>
         *
         * @param client the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder client(io.camelqonto.client.QontoClient client) {
            doSetProperty("client", client);
            return this;
        }

        /**
         * A QontoClient to use instead of one built from the options; the component neither configures nor closes it.
         *
         * <p>The option will be converted to a {@code io.camelqonto.client.QontoClient} type.</p>
         *
         * <p>Group: advanced.</p>
         *
         * @param client the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder client(String client) {
            doSetProperty("client", client);
            return this;
        }

        /**
         * Timeout in milliseconds to establish a connection to Qonto.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 10000. Group: advanced.</p>
         *
         * @param connectTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Timeout in milliseconds to establish a connection to Qonto.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 10000. Group: advanced.</p>
         *
         * @param connectTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Attempts in all, the first included. A 429 is retried on any call (Qonto did nothing); a 500 on reads; 502,
         * 503, 504, I/O errors and garbled answers on calls that are safe to repeat (reads, and writes carrying an
         * idempotency key). 1 disables retries.
         *
         * <p>The option is a: {@code int} type.</p>
         *
         * <p>Default: 4. Group: advanced.</p>
         *
         * @param maxAttempts the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder maxAttempts(int maxAttempts) {
            doSetProperty("maxAttempts", maxAttempts);
            return this;
        }

        /**
         * Attempts in all, the first included. A 429 is retried on any call (Qonto did nothing); a 500 on reads; 502,
         * 503, 504, I/O errors and garbled answers on calls that are safe to repeat (reads, and writes carrying an
         * idempotency key). 1 disables retries.
         *
         * <p>The option will be converted to a {@code int} type.</p>
         *
         * <p>Default: 4. Group: advanced.</p>
         *
         * @param maxAttempts the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder maxAttempts(String maxAttempts) {
            doSetProperty("maxAttempts", maxAttempts);
            return this;
        }

        /**
         * The most connections open to Qonto at once, shared by the endpoints that use the same client.
         *
         * <p>The option is a: {@code int} type.</p>
         *
         * <p>Default: 20. Group: advanced.</p>
         *
         * @param maxConnections the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder maxConnections(int maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /**
         * The most connections open to Qonto at once, shared by the endpoints that use the same client.
         *
         * <p>The option will be converted to a {@code int} type.</p>
         *
         * <p>Default: 20. Group: advanced.</p>
         *
         * @param maxConnections the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder maxConnections(String maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /**
         * The largest answer body in bytes read into memory (16 MiB by default, far above Qonto's largest page). A
         * larger answer fails the call with QontoResponseTooLargeException, without being read further, and is not
         * retried.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 16777216. Group: advanced.</p>
         *
         * @param maxResponseSize the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder maxResponseSize(long maxResponseSize) {
            doSetProperty("maxResponseSize", maxResponseSize);
            return this;
        }

        /**
         * The largest answer body in bytes read into memory (16 MiB by default, far above Qonto's largest page). A
         * larger answer fails the call with QontoResponseTooLargeException, without being read further, and is not
         * retried.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 16777216. Group: advanced.</p>
         *
         * @param maxResponseSize the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder maxResponseSize(String maxResponseSize) {
            doSetProperty("maxResponseSize", maxResponseSize);
            return this;
        }

        /**
         * The longest Retry-After in milliseconds that is waited for; a longer one fails the call at once. A
         * Retry-After, and any 429, pauses every endpoint sharing the rate limiter, since Qonto counts requests per IP
         * address.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 30000. Group: advanced.</p>
         *
         * @param maxRetryAfter the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder maxRetryAfter(long maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * The longest Retry-After in milliseconds that is waited for; a longer one fails the call at once. A
         * Retry-After, and any 429, pauses every endpoint sharing the rate limiter, since Qonto counts requests per IP
         * address.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 30000. Group: advanced.</p>
         *
         * @param maxRetryAfter the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder maxRetryAfter(String maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * Timeout in milliseconds to wait for Qonto's answer.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 30000. Group: advanced.</p>
         *
         * @param responseTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder responseTimeout(long responseTimeout) {
            doSetProperty("responseTimeout", responseTimeout);
            return this;
        }

        /**
         * Timeout in milliseconds to wait for Qonto's answer.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 30000. Group: advanced.</p>
         *
         * @param responseTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder responseTimeout(String responseTimeout) {
            doSetProperty("responseTimeout", responseTimeout);
            return this;
        }

        /**
         * Wait in milliseconds before the first retry; it doubles on each further retry, with jitter.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 500. Group: advanced.</p>
         *
         * @param retryInitialDelay the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder retryInitialDelay(long retryInitialDelay) {
            doSetProperty("retryInitialDelay", retryInitialDelay);
            return this;
        }

        /**
         * Wait in milliseconds before the first retry; it doubles on each further retry, with jitter.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 500. Group: advanced.</p>
         *
         * @param retryInitialDelay the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder retryInitialDelay(String retryInitialDelay) {
            doSetProperty("retryInitialDelay", retryInitialDelay);
            return this;
        }

        /**
         * Cap in milliseconds of the wait between retries.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 10000. Group: advanced.</p>
         *
         * @param retryMaxDelay the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder retryMaxDelay(long retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }

        /**
         * Cap in milliseconds of the wait between retries.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 10000. Group: advanced.</p>
         *
         * @param retryMaxDelay the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder retryMaxDelay(String retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }

        /**
         * Overrides the OAuth 2 token endpoint of the environment.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: advanced.</p>
         *
         * @param tokenUrl the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder tokenUrl(String tokenUrl) {
            doSetProperty("tokenUrl", tokenUrl);
            return this;
        }

        /**
         * Lets baseUrl and tokenUrl use plain http to a host other than this machine. Without it they must be https
         * URLs, or http to localhost, 127.0.0.0/8 or ::1 (an emulator, a local proxy), because plain http carries
         * credentials and payments unencrypted. The URLs are checked when the endpoint starts.
         *
         * <p>The option is a: {@code boolean} type.</p>
         *
         * <p>Default: false. Group: security (advanced).</p>
         *
         * @param allowInsecureHttp the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder allowInsecureHttp(boolean allowInsecureHttp) {
            doSetProperty("allowInsecureHttp", allowInsecureHttp);
            return this;
        }

        /**
         * Lets baseUrl and tokenUrl use plain http to a host other than this machine. Without it they must be https
         * URLs, or http to localhost, 127.0.0.0/8 or ::1 (an emulator, a local proxy), because plain http carries
         * credentials and payments unencrypted. The URLs are checked when the endpoint starts.
         *
         * <p>The option will be converted to a {@code boolean} type.</p>
         *
         * <p>Default: false. Group: security (advanced).</p>
         *
         * @param allowInsecureHttp the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder allowInsecureHttp(String allowInsecureHttp) {
            doSetProperty("allowInsecureHttp", allowInsecureHttp);
            return this;
        }

        /**
         * Path of a file that keeps the current OAuth tokens, so the rotated refresh token survives restarts. The
         * refreshToken option seeds it while the file does not exist yet.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security (advanced).</p>
         *
         * @param tokenFile the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder tokenFile(String tokenFile) {
            doSetProperty("tokenFile", tokenFile);
            return this;
        }

        /**
         * A TokenStore bean that keeps the current OAuth tokens, for example a database-backed one shared by several
         * instances.
         *
         * <p>The option is a: {@code io.camelqonto.client.auth.TokenStore} type.</p>
         *
         * <p>Group: security (advanced).</p>
         *
         * @param tokenStore the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder tokenStore(io.camelqonto.client.auth.TokenStore tokenStore) {
            doSetProperty("tokenStore", tokenStore);
            return this;
        }

        /**
         * A TokenStore bean that keeps the current OAuth tokens, for example a database-backed one shared by several
         * instances.
         *
         * <p>The option will be converted to a {@code io.camelqonto.client.auth.TokenStore} type.</p>
         *
         * <p>Group: security (advanced).</p>
         *
         * @param tokenStore the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointProducerBuilder tokenStore(String tokenStore) {
            doSetProperty("tokenStore", tokenStore);
            return this;
        }
    }

    /**
     * Builder for endpoint for the Qonto component.
     */
    public interface QontoEndpointBuilder extends QontoEndpointConsumerBuilder, QontoEndpointProducerBuilder {

        /**
         * {@return the advanced options of this builder}
         */
        default AdvancedQontoEndpointBuilder advanced() {
            return (AdvancedQontoEndpointBuilder) this;
        }

        /**
         * The Qonto environment: production, or sandbox (which needs a staging token).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Default: production. Group: common.</p>
         *
         * @param environment the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder environment(String environment) {
            doSetProperty("environment", environment);
            return this;
        }

        /**
         * What the body holds, for consumers and producers alike: model (the typed record, keeping every key Qonto
         * sent), json (Qonto's JSON as a string) or map (a Map of the JSON).
         *
         * <p>The option is a: {@code io.camelqonto.component.QontoOutputType} type.</p>
         *
         * <p>Default: model. Group: common.</p>
         *
         * @param outputType the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder outputType(io.camelqonto.component.QontoOutputType outputType) {
            doSetProperty("outputType", outputType);
            return this;
        }

        /**
         * What the body holds, for consumers and producers alike: model (the typed record, keeping every key Qonto
         * sent), json (Qonto's JSON as a string) or map (a Map of the JSON).
         *
         * <p>The option will be converted to a {@code io.camelqonto.component.QontoOutputType} type.</p>
         *
         * <p>Default: model. Group: common.</p>
         *
         * @param outputType the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder outputType(String outputType) {
            doSetProperty("outputType", outputType);
            return this;
        }

        /**
         * The object a collection belongs to, for the collections read under one: the transaction of
         * transactionAttachments, the payment link of paymentLinkPayments. The consumer reads the collection under it;
         * a producer uses it when the message names no object (header CamelQontoId).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: common.</p>
         *
         * @param parentId the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder parentId(String parentId) {
            doSetProperty("parentId", parentId);
            return this;
        }

        /**
         * Items per page requested from Qonto when listing or consuming (1 to 100).
         *
         * <p>The option is a: {@code int} type.</p>
         *
         * <p>Default: 100. Group: common.</p>
         *
         * @param perPage the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder perPage(int perPage) {
            doSetProperty("perPage", perPage);
            return this;
        }

        /**
         * Items per page requested from Qonto when listing or consuming (1 to 100).
         *
         * <p>The option will be converted to a {@code int} type.</p>
         *
         * <p>Default: 100. Group: common.</p>
         *
         * @param perPage the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder perPage(String perPage) {
            doSetProperty("perPage", perPage);
            return this;
        }

        /**
         * sepaTransfers: Only the items with these ids, a comma list (at most 100). sepaBeneficiary, legacyBeneficiary:
         * The beneficiaries, a comma list of ids; else the body (a list, a comma list or a beneficiary), else
         * CamelQontoId. The header CamelQontoIds overrides it. cards: Only the items with these ids, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param ids the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder ids(String ids) {
            doSetProperty("ids", ids);
            return this;
        }

        /**
         * internationalTransfer: The currency the transfers are sent from, e.g. EUR (required). supplierInvoices: Where
         * the uploaded invoices come from. The header CamelQontoSource overrides it.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: producer.</p>
         *
         * @param source the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder source(String source) {
            doSetProperty("source", source);
            return this;
        }

        /**
         * paymentLink: The amount of the link to be, a decimal string such as 25.00; with currency.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param amount the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder amount(String amount) {
            doSetProperty("amount", amount);
            return this;
        }

        /**
         * supplierInvoices: Only the invoices these members approve, a comma list of membership ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param approverId the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder approverId(String approverId) {
            doSetProperty("approverId", approverId);
            return this;
        }

        /**
         * supplierInvoices: Only the invoices of these attachments, a comma list of ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param attachmentId the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder attachmentId(String attachmentId) {
            doSetProperty("attachmentId", attachmentId);
            return this;
        }

        /**
         * transactions: The bank account whose transactions are read (this or iban is required).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param bankAccountId the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder bankAccountId(String bankAccountId) {
            doSetProperty("bankAccountId", bankAccountId);
            return this;
        }

        /**
         * statements: Only the statements of these bank accounts, a comma list of ids. cards: Only the cards of these
         * bank accounts, a comma list of ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param bankAccountIds the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder bankAccountIds(String bankAccountIds) {
            doSetProperty("bankAccountIds", bankAccountIds);
            return this;
        }

        /**
         * sepaTransfers, externalTransfers: Only transfers to these beneficiaries, a comma list of ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param beneficiaryIds the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder beneficiaryIds(String beneficiaryIds) {
            doSetProperty("beneficiaryIds", beneficiaryIds);
            return this;
        }

        /**
         * cards: Filter by card level, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param cardLevels the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder cardLevels(String cardLevels) {
            doSetProperty("cardLevels", cardLevels);
            return this;
        }

        /**
         * requests: Only requests created at or after this ISO-8601 instant. clientInvoices, supplierInvoices: Only
         * invoices created at or after this ISO-8601 instant. creditNotes: Only credit notes created at or after this
         * ISO-8601 instant. quotes: Only quotes created at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param createdAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder createdAtFrom(String createdAtFrom) {
            doSetProperty("createdAtFrom", createdAtFrom);
            return this;
        }

        /**
         * clientInvoices, supplierInvoices: Only invoices created at or before this ISO-8601 instant. creditNotes: Only
         * credit notes created at or before this ISO-8601 instant. quotes: Only quotes created at or before this
         * ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param createdAtTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder createdAtTo(String createdAtTo) {
            doSetProperty("createdAtTo", createdAtTo);
            return this;
        }

        /**
         * paymentLink: The currency of the link to be, such as EUR; with amount. internationalBeneficiaries: The
         * beneficiaries' currency, ISO 4217, e.g. USD (required).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param currency the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder currency(String currency) {
            doSetProperty("currency", currency);
            return this;
        }

        /**
         * supplierInvoices: Filter by document type, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param documentType the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder documentType(String documentType) {
            doSetProperty("documentType", documentType);
            return this;
        }

        /**
         * supplierInvoices: Filter by due date, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param dueDate the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder dueDate(String dueDate) {
            doSetProperty("dueDate", dueDate);
            return this;
        }

        /**
         * clients: Only the clients with this e-mail address (case ignored).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param email the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder email(String email) {
            doSetProperty("email", email);
            return this;
        }

        /**
         * transactions: Only transactions emitted at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param emittedAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder emittedAtFrom(String emittedAtFrom) {
            doSetProperty("emittedAtFrom", emittedAtFrom);
            return this;
        }

        /**
         * transactions: Only transactions emitted at or before this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param emittedAtTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder emittedAtTo(String emittedAtTo) {
            doSetProperty("emittedAtTo", emittedAtTo);
            return this;
        }

        /**
         * supplierInvoices: Leave credit notes out (true).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param excludeCreditNotes the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder excludeCreditNotes(String excludeCreditNotes) {
            doSetProperty("excludeCreditNotes", excludeCreditNotes);
            return this;
        }

        /**
         * clientInvoices: Leave out invoices imported into Qonto (true, Qonto's default) or include them (false).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param excludeImported the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder excludeImported(String excludeImported) {
            doSetProperty("excludeImported", excludeImported);
            return this;
        }

        /**
         * cards: Only the cards of these members, a comma list of membership ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param holderIds the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder holderIds(String holderIds) {
            doSetProperty("holderIds", holderIds);
            return this;
        }

        /**
         * transactions: The IBAN of the bank account whose transactions are read (bankAccountId is preferred: it keeps
         * the IBAN out of the endpoint URI). Never sent to Qonto in a URL: the account is looked up by IBAN once.
         * sepaBeneficiaries, legacyBeneficiaries: Only the beneficiaries with these IBANs, a comma list. Matched on the
         * listed items, never sent to Qonto in a URL.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param iban the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder iban(String iban) {
            doSetProperty("iban", iban);
            return this;
        }

        /**
         * statements: Only the statements of these IBANs, a comma list. Never sent to Qonto in a URL: each IBAN goes
         * out as the id of its account, looked up once.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param ibans the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder ibans(String ibans) {
            doSetProperty("ibans", ibans);
            return this;
        }

        /**
         * organization: Include the external (aggregated) bank accounts.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param includeExternalAccounts the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder includeExternalAccounts(String includeExternalAccounts) {
            doSetProperty("includeExternalAccounts", includeExternalAccounts);
            return this;
        }

        /**
         * transactions, transaction: Embed related objects, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param includes the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder includes(String includes) {
            doSetProperty("includes", includes);
            return this;
        }

        /**
         * supplierInvoices: Only invoices issued in a period Qonto names, such as this_week.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param issueDate the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder issueDate(String issueDate) {
            doSetProperty("issueDate", issueDate);
            return this;
        }

        /**
         * supplierInvoices: Only invoices issued on or after this ISO-8601 date.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param issueDateFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder issueDateFrom(String issueDateFrom) {
            doSetProperty("issueDateFrom", issueDateFrom);
            return this;
        }

        /**
         * paymentLink: The customer's language, such as fr; instead of amount and currency.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param locale the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder locale(String locale) {
            doSetProperty("locale", locale);
            return this;
        }

        /**
         * supplierInvoices: Only invoices matched with transactions (true) or not (false).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param matchedTransactions the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder matchedTransactions(String matchedTransactions) {
            doSetProperty("matchedTransactions", matchedTransactions);
            return this;
        }

        /**
         * supplierInvoices: Only invoices that miss data to be paid (true) or not (false).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param missingData the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder missingData(String missingData) {
            doSetProperty("missingData", missingData);
            return this;
        }

        /**
         * team: The name of the team to create, 2 to 100 characters. The header CamelQontoName overrides it.
         * bankAccount: The name of the business account. The header CamelQontoName overrides it. clients: Only clients
         * whose name contains this text (at least 2 characters; case and accents ignored). insuranceContract: The
         * document's name. The header CamelQontoName overrides it.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param name the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder name(String name) {
            doSetProperty("name", name);
            return this;
        }

        /**
         * transactions: Filter by operation type, a comma list such as transfer, card, direct_debit, income, qonto_fee,
         * cheque.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param operationType the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder operationType(String operationType) {
            doSetProperty("operationType", operationType);
            return this;
        }

        /**
         * supplierInvoices: Compare the payable amount with a bound in a currency: lte:100.00:EUR or gte:100.00:EUR.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param payableAmount the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder payableAmount(String payableAmount) {
            doSetProperty("payableAmount", payableAmount);
            return this;
        }

        /**
         * supplierInvoices: Only invoices paid in a period Qonto names, such as this_week.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param paymentDate the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder paymentDate(String paymentDate) {
            doSetProperty("paymentDate", paymentDate);
            return this;
        }

        /**
         * statements: Only statements of this month or later, MM-YYYY.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param periodFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder periodFrom(String periodFrom) {
            doSetProperty("periodFrom", periodFrom);
            return this;
        }

        /**
         * statements: Only statements of this month or earlier, MM-YYYY.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param periodTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder periodTo(String periodTo) {
            doSetProperty("periodTo", periodTo);
            return this;
        }

        /**
         * requests: Only requests processed at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param processedAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder processedAtFrom(String processedAtFrom) {
            doSetProperty("processedAtFrom", processedAtFrom);
            return this;
        }

        /**
         * Query parameters the catalog does not know yet, by Qonto's name: query.some_filter=value is sent as
         * some_filter=value on every read of this endpoint. Values are checked like other text filters. This is a
         * multi-value option with prefix: query.
         *
         * <p>The option is multivalued: each call adds one value, under its key with the prefix {@code query.}.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param key the key, without the prefix
         * @param value the value
         * @return the dsl builder
         */
        default QontoEndpointBuilder query(String key, Object value) {
            doSetMultiValueProperty("query", "query." + key, value);
            return this;
        }

        /**
         * Query parameters the catalog does not know yet, by Qonto's name: query.some_filter=value is sent as
         * some_filter=value on every read of this endpoint. Values are checked like other text filters. This is a
         * multi-value option with prefix: query.
         *
         * <p>The option is multivalued: this call adds every value of the map, under its key with the prefix {@code
         * query.}.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param values the values by key, without the prefix
         * @return the dsl builder
         */
        default QontoEndpointBuilder query(java.util.Map<String, Object> values) {
            doSetMultiValueProperties("query", "query.", values);
            return this;
        }

        /**
         * supplierInvoices: The fields search looks in, a comma list such as supplier_name,invoice_number.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param queryFields the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder queryFields(String queryFields) {
            doSetProperty("queryFields", queryFields);
            return this;
        }

        /**
         * sepaTransfers: Only the transfers these recurring transfers created, a comma list of ids.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param recurringTransferIds the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder recurringTransferIds(String recurringTransferIds) {
            doSetProperty("recurringTransferIds", recurringTransferIds);
            return this;
        }

        /**
         * requests: Filter by request type, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param requestType the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder requestType(String requestType) {
            doSetProperty("requestType", requestType);
            return this;
        }

        /**
         * sepaTransfers, externalTransfers: Only transfers scheduled on or after this ISO-8601 date.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param scheduledDateFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder scheduledDateFrom(String scheduledDateFrom) {
            doSetProperty("scheduledDateFrom", scheduledDateFrom);
            return this;
        }

        /**
         * sepaTransfers, externalTransfers: Only transfers scheduled on or before this ISO-8601 date.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param scheduledDateTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder scheduledDateTo(String scheduledDateTo) {
            doSetProperty("scheduledDateTo", scheduledDateTo);
            return this;
        }

        /**
         * cards: Text searched in the holder's first and last name, and the card's id, nickname, last digits, status,
         * pre-expiry date and expiry year and month. supplierInvoices: Text searched in the fields of queryFields.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param search the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder search(String search) {
            doSetProperty("search", search);
            return this;
        }

        /**
         * transactions: Only transactions settled at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param settledAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder settledAtFrom(String settledAtFrom) {
            doSetProperty("settledAtFrom", settledAtFrom);
            return this;
        }

        /**
         * transactions: Only transactions settled at or before this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param settledAtTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder settledAtTo(String settledAtTo) {
            doSetProperty("settledAtTo", settledAtTo);
            return this;
        }

        /**
         * transactions: Only credits or only debits.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param side the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder side(String side) {
            doSetProperty("side", side);
            return this;
        }

        /**
         * transactions, requests, sepaTransfers, clientInvoices, creditNotes, quotes, supplierInvoices: Sort order of a
         * list operation, field:direction. Consumers sort by their cursor field and refuse it. sepaBeneficiaries,
         * statements, cards, clients, paymentLinks, paymentLinkPayments, legacyBeneficiaries: Sort order of a list
         * operation, field:direction.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param sortBy the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder sortBy(String sortBy) {
            doSetProperty("sortBy", sortBy);
            return this;
        }

        /**
         * transactions, requests, sepaTransfers, sepaBeneficiaries, clientInvoices, quotes, paymentLinks,
         * externalTransfers, legacyBeneficiaries, supplierInvoices: Filter by status, a comma list.
         * paymentLinkPayments: Only the payments with this status.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param status the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder status(String status) {
            doSetProperty("status", status);
            return this;
        }

        /**
         * cards: Filter by status, a comma list.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param statuses the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder statuses(String statuses) {
            doSetProperty("statuses", statuses);
            return this;
        }

        /**
         * clients: Only the clients with this tax identification number (case ignored).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param taxIdentificationNumber the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder taxIdentificationNumber(String taxIdentificationNumber) {
            doSetProperty("taxIdentificationNumber", taxIdentificationNumber);
            return this;
        }

        /**
         * sepaBeneficiaries, legacyBeneficiaries: Only trusted (true) or untrusted (false) beneficiaries.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param trusted the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder trusted(String trusted) {
            doSetProperty("trusted", trusted);
            return this;
        }

        /**
         * transactions, sepaTransfers, clientInvoices, externalTransfers, legacyBeneficiaries, supplierInvoices: Only
         * items updated at or after this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param updatedAtFrom the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder updatedAtFrom(String updatedAtFrom) {
            doSetProperty("updatedAtFrom", updatedAtFrom);
            return this;
        }

        /**
         * transactions, sepaTransfers, clientInvoices, externalTransfers, legacyBeneficiaries, supplierInvoices: Only
         * items updated at or before this ISO-8601 instant.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param updatedAtTo the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder updatedAtTo(String updatedAtTo) {
            doSetProperty("updatedAtTo", updatedAtTo);
            return this;
        }

        /**
         * clients: Only the clients with this VAT number (case ignored).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param vatNumber the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder vatNumber(String vatNumber) {
            doSetProperty("vatNumber", vatNumber);
            return this;
        }

        /**
         * transactions: Only transactions with (true) or without (false) attachments.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: filter.</p>
         *
         * @param withAttachments the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder withAttachments(String withAttachments) {
            doSetProperty("withAttachments", withAttachments);
            return this;
        }

        /**
         * An OAuth 2 access token to start with. Without a refresh token it is used until it expires.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param accessToken the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder accessToken(String accessToken) {
            doSetProperty("accessToken", accessToken);
            return this;
        }

        /**
         * The OAuth 2 client id of the application (OAuth authentication, needed for payments and approvals).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param clientId the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder clientId(String clientId) {
            doSetProperty("clientId", clientId);
            return this;
        }

        /**
         * The OAuth 2 client secret of the application.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param clientSecret the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder clientSecret(String clientSecret) {
            doSetProperty("clientSecret", clientSecret);
            return this;
        }

        /**
         * The organization login of an API key (API-key authentication; read access).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param login the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder login(String login) {
            doSetProperty("login", login);
            return this;
        }

        /**
         * The OAuth 2 refresh token obtained at consent. Qonto rotates it on every refresh; use tokenFile or tokenStore
         * to keep the rotated one across restarts.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param refreshToken the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder refreshToken(String refreshToken) {
            doSetProperty("refreshToken", refreshToken);
            return this;
        }

        /**
         * The secret key of an API key (API-key authentication; read access).
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param secretKey the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder secretKey(String secretKey) {
            doSetProperty("secretKey", secretKey);
            return this;
        }

        /**
         * The sandbox staging token, sent as X-Qonto-Staging-Token on every call.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security.</p>
         *
         * @param stagingToken the value to set
         * @return the dsl builder
         */
        default QontoEndpointBuilder stagingToken(String stagingToken) {
            doSetProperty("stagingToken", stagingToken);
            return this;
        }
    }

    /**
     * Advanced builder for endpoint for the Qonto component.
     */
    public interface AdvancedQontoEndpointBuilder
            extends AdvancedQontoEndpointConsumerBuilder, AdvancedQontoEndpointProducerBuilder {

        /**
         * {@return the basic options of this builder}
         */
        default QontoEndpointBuilder basic() {
            return (QontoEndpointBuilder) this;
        }

        /**
         * Overrides the API base URL of the environment, e.g. to point at the Qonto emulator in tests.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: advanced.</p>
         *
         * @param baseUrl the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder baseUrl(String baseUrl) {
            doSetProperty("baseUrl", baseUrl);
            return this;
        }

        /**
         * The longest in milliseconds one call to Qonto may take in all: waiting for the rate limiter, every attempt
         * with its answer read to the end, and the waits between attempts. An answer trickled slowly fails at this
         * deadline even when each part of it arrives within responseTimeout. Exceeding it fails with
         * QontoTimeoutException.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 120000. Group: advanced.</p>
         *
         * @param callTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder callTimeout(long callTimeout) {
            doSetProperty("callTimeout", callTimeout);
            return this;
        }

        /**
         * The longest in milliseconds one call to Qonto may take in all: waiting for the rate limiter, every attempt
         * with its answer read to the end, and the waits between attempts. An answer trickled slowly fails at this
         * deadline even when each part of it arrives within responseTimeout. Exceeding it fails with
         * QontoTimeoutException.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 120000. Group: advanced.</p>
         *
         * @param callTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder callTimeout(String callTimeout) {
            doSetProperty("callTimeout", callTimeout);
            return this;
        }

        /**
         * A QontoClient to use instead of one built from the options; the component neither configures nor closes it.
         *
         * <p>The option is a: {@code io.camelqonto.client.QontoClient} type.</p>
         *
         * <p>Group: advanced.</p>
         *
         * @param client the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder client(io.camelqonto.client.QontoClient client) {
            doSetProperty("client", client);
            return this;
        }

        /**
         * A QontoClient to use instead of one built from the options; the component neither configures nor closes it.
         *
         * <p>The option will be converted to a {@code io.camelqonto.client.QontoClient} type.</p>
         *
         * <p>Group: advanced.</p>
         *
         * @param client the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder client(String client) {
            doSetProperty("client", client);
            return this;
        }

        /**
         * Timeout in milliseconds to establish a connection to Qonto.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 10000. Group: advanced.</p>
         *
         * @param connectTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Timeout in milliseconds to establish a connection to Qonto.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 10000. Group: advanced.</p>
         *
         * @param connectTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Attempts in all, the first included. A 429 is retried on any call (Qonto did nothing); a 500 on reads; 502,
         * 503, 504, I/O errors and garbled answers on calls that are safe to repeat (reads, and writes carrying an
         * idempotency key). 1 disables retries.
         *
         * <p>The option is a: {@code int} type.</p>
         *
         * <p>Default: 4. Group: advanced.</p>
         *
         * @param maxAttempts the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder maxAttempts(int maxAttempts) {
            doSetProperty("maxAttempts", maxAttempts);
            return this;
        }

        /**
         * Attempts in all, the first included. A 429 is retried on any call (Qonto did nothing); a 500 on reads; 502,
         * 503, 504, I/O errors and garbled answers on calls that are safe to repeat (reads, and writes carrying an
         * idempotency key). 1 disables retries.
         *
         * <p>The option will be converted to a {@code int} type.</p>
         *
         * <p>Default: 4. Group: advanced.</p>
         *
         * @param maxAttempts the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder maxAttempts(String maxAttempts) {
            doSetProperty("maxAttempts", maxAttempts);
            return this;
        }

        /**
         * The most connections open to Qonto at once, shared by the endpoints that use the same client.
         *
         * <p>The option is a: {@code int} type.</p>
         *
         * <p>Default: 20. Group: advanced.</p>
         *
         * @param maxConnections the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder maxConnections(int maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /**
         * The most connections open to Qonto at once, shared by the endpoints that use the same client.
         *
         * <p>The option will be converted to a {@code int} type.</p>
         *
         * <p>Default: 20. Group: advanced.</p>
         *
         * @param maxConnections the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder maxConnections(String maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /**
         * The largest answer body in bytes read into memory (16 MiB by default, far above Qonto's largest page). A
         * larger answer fails the call with QontoResponseTooLargeException, without being read further, and is not
         * retried.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 16777216. Group: advanced.</p>
         *
         * @param maxResponseSize the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder maxResponseSize(long maxResponseSize) {
            doSetProperty("maxResponseSize", maxResponseSize);
            return this;
        }

        /**
         * The largest answer body in bytes read into memory (16 MiB by default, far above Qonto's largest page). A
         * larger answer fails the call with QontoResponseTooLargeException, without being read further, and is not
         * retried.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 16777216. Group: advanced.</p>
         *
         * @param maxResponseSize the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder maxResponseSize(String maxResponseSize) {
            doSetProperty("maxResponseSize", maxResponseSize);
            return this;
        }

        /**
         * The longest Retry-After in milliseconds that is waited for; a longer one fails the call at once. A
         * Retry-After, and any 429, pauses every endpoint sharing the rate limiter, since Qonto counts requests per IP
         * address.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 30000. Group: advanced.</p>
         *
         * @param maxRetryAfter the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder maxRetryAfter(long maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * The longest Retry-After in milliseconds that is waited for; a longer one fails the call at once. A
         * Retry-After, and any 429, pauses every endpoint sharing the rate limiter, since Qonto counts requests per IP
         * address.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 30000. Group: advanced.</p>
         *
         * @param maxRetryAfter the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder maxRetryAfter(String maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * Timeout in milliseconds to wait for Qonto's answer.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 30000. Group: advanced.</p>
         *
         * @param responseTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder responseTimeout(long responseTimeout) {
            doSetProperty("responseTimeout", responseTimeout);
            return this;
        }

        /**
         * Timeout in milliseconds to wait for Qonto's answer.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 30000. Group: advanced.</p>
         *
         * @param responseTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder responseTimeout(String responseTimeout) {
            doSetProperty("responseTimeout", responseTimeout);
            return this;
        }

        /**
         * Wait in milliseconds before the first retry; it doubles on each further retry, with jitter.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 500. Group: advanced.</p>
         *
         * @param retryInitialDelay the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder retryInitialDelay(long retryInitialDelay) {
            doSetProperty("retryInitialDelay", retryInitialDelay);
            return this;
        }

        /**
         * Wait in milliseconds before the first retry; it doubles on each further retry, with jitter.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 500. Group: advanced.</p>
         *
         * @param retryInitialDelay the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder retryInitialDelay(String retryInitialDelay) {
            doSetProperty("retryInitialDelay", retryInitialDelay);
            return this;
        }

        /**
         * Cap in milliseconds of the wait between retries.
         *
         * <p>The option is a: {@code long} type.</p>
         *
         * <p>Default: 10000. Group: advanced.</p>
         *
         * @param retryMaxDelay the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder retryMaxDelay(long retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }

        /**
         * Cap in milliseconds of the wait between retries.
         *
         * <p>The option will be converted to a {@code long} type.</p>
         *
         * <p>Default: 10000. Group: advanced.</p>
         *
         * @param retryMaxDelay the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder retryMaxDelay(String retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }

        /**
         * Overrides the OAuth 2 token endpoint of the environment.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: advanced.</p>
         *
         * @param tokenUrl the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder tokenUrl(String tokenUrl) {
            doSetProperty("tokenUrl", tokenUrl);
            return this;
        }

        /**
         * Lets baseUrl and tokenUrl use plain http to a host other than this machine. Without it they must be https
         * URLs, or http to localhost, 127.0.0.0/8 or ::1 (an emulator, a local proxy), because plain http carries
         * credentials and payments unencrypted. The URLs are checked when the endpoint starts.
         *
         * <p>The option is a: {@code boolean} type.</p>
         *
         * <p>Default: false. Group: security (advanced).</p>
         *
         * @param allowInsecureHttp the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder allowInsecureHttp(boolean allowInsecureHttp) {
            doSetProperty("allowInsecureHttp", allowInsecureHttp);
            return this;
        }

        /**
         * Lets baseUrl and tokenUrl use plain http to a host other than this machine. Without it they must be https
         * URLs, or http to localhost, 127.0.0.0/8 or ::1 (an emulator, a local proxy), because plain http carries
         * credentials and payments unencrypted. The URLs are checked when the endpoint starts.
         *
         * <p>The option will be converted to a {@code boolean} type.</p>
         *
         * <p>Default: false. Group: security (advanced).</p>
         *
         * @param allowInsecureHttp the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder allowInsecureHttp(String allowInsecureHttp) {
            doSetProperty("allowInsecureHttp", allowInsecureHttp);
            return this;
        }

        /**
         * Path of a file that keeps the current OAuth tokens, so the rotated refresh token survives restarts. The
         * refreshToken option seeds it while the file does not exist yet.
         *
         * <p>The option is a: {@code java.lang.String} type.</p>
         *
         * <p>Group: security (advanced).</p>
         *
         * @param tokenFile the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder tokenFile(String tokenFile) {
            doSetProperty("tokenFile", tokenFile);
            return this;
        }

        /**
         * A TokenStore bean that keeps the current OAuth tokens, for example a database-backed one shared by several
         * instances.
         *
         * <p>The option is a: {@code io.camelqonto.client.auth.TokenStore} type.</p>
         *
         * <p>Group: security (advanced).</p>
         *
         * @param tokenStore the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder tokenStore(io.camelqonto.client.auth.TokenStore tokenStore) {
            doSetProperty("tokenStore", tokenStore);
            return this;
        }

        /**
         * A TokenStore bean that keeps the current OAuth tokens, for example a database-backed one shared by several
         * instances.
         *
         * <p>The option will be converted to a {@code io.camelqonto.client.auth.TokenStore} type.</p>
         *
         * <p>Group: security (advanced).</p>
         *
         * @param tokenStore the value to set
         * @return the dsl builder
         */
        default AdvancedQontoEndpointBuilder tokenStore(String tokenStore) {
            doSetProperty("tokenStore", tokenStore);
            return this;
        }
    }

    /**
     * The builders of qonto endpoints and the names of the Qonto headers, for a route builder to implement: an {@code
     * EndpointRouteBuilder}, or any {@code RouteBuilder}.
     */
    public interface QontoBuilders {

        /**
         * Qonto (io.camelqonto:camel-qonto): Reads and writes one Qonto resource of the operation catalog
         * (QontoOperation), and receives the events of its webhook topic as {code webhook:qonto:} on any Camel HTTP
         * server (see QontoWebhook).
         *
         * <p>Category: finance,api. Since: 0.1.0.</p>
         *
         * @return the dsl builder for the headers' name
         */
        default QontoHeaderNameBuilder qonto() {
            return QontoHeaderNameBuilder.INSTANCE;
        }

        /**
         * Qonto (io.camelqonto:camel-qonto): Reads and writes one Qonto resource of the operation catalog
         * (QontoOperation), and receives the events of its webhook topic as {code webhook:qonto:} on any Camel HTTP
         * server (see QontoWebhook).
         *
         * <p>Category: finance,api. Since: 0.1.0.</p>
         *
         * <p>Syntax: {@code qonto:resource}. Path parameter: {@code resource} (required): The Qonto resource: a plural
         * one (requests, transactions, sepaTransfers, sepaBeneficiaries, bankAccounts, ...) is a collection to consume
         * or list; a singular one (request, transaction, sepaTransfer, ...) is one object to create, get or act on. The
         * README's resource table lists them all with their operations. One of: organization, bankAccounts,
         * bankAccount, transactions, transaction, requests, request, sepaTransfers, sepaTransfer, sepaBeneficiaries,
         * sepaBeneficiary, labels, label, memberships, statements, statement, cards, card, cardAppearances, membership,
         * teams, team, einvoicingSettings, clients, client, clientInvoices, clientInvoice, creditNotes, creditNote,
         * quotes, quote, paymentLinkConnection, paymentLink, paymentLinks, paymentLinkPayments, recurringTransfers,
         * recurringTransfer, bulkTransfers, bulkTransfer, internalTransfer, multiTransferRequest,
         * internationalTransfer, internationalQuote, internationalBeneficiary, internationalBeneficiaries,
         * externalTransfers, externalTransfer, legacyBeneficiaries, legacyBeneficiary, attachment,
         * transactionAttachments, transactionAttachment, supplierInvoices, supplierInvoice, insuranceContract,
         * oauthConsent, embedAuthLink, encodedRequest, webhookSubscriptions, webhookSubscription, scaSession, accounts,
         * organizations, consent-revocations, terminal-payments.</p>
         *
         * @param path resource
         * @return the dsl builder
         */
        default QontoEndpointBuilder qonto(String path) {
            return QontoEndpointBuilderFactory.endpointBuilder("qonto", path);
        }

        /**
         * Qonto (io.camelqonto:camel-qonto): Reads and writes one Qonto resource of the operation catalog
         * (QontoOperation), and receives the events of its webhook topic as {code webhook:qonto:} on any Camel HTTP
         * server (see QontoWebhook).
         *
         * <p>Category: finance,api. Since: 0.1.0.</p>
         *
         * <p>Syntax: {@code qonto:resource}. Path parameter: {@code resource} (required): The Qonto resource: a plural
         * one (requests, transactions, sepaTransfers, sepaBeneficiaries, bankAccounts, ...) is a collection to consume
         * or list; a singular one (request, transaction, sepaTransfer, ...) is one object to create, get or act on. The
         * README's resource table lists them all with their operations. One of: organization, bankAccounts,
         * bankAccount, transactions, transaction, requests, request, sepaTransfers, sepaTransfer, sepaBeneficiaries,
         * sepaBeneficiary, labels, label, memberships, statements, statement, cards, card, cardAppearances, membership,
         * teams, team, einvoicingSettings, clients, client, clientInvoices, clientInvoice, creditNotes, creditNote,
         * quotes, quote, paymentLinkConnection, paymentLink, paymentLinks, paymentLinkPayments, recurringTransfers,
         * recurringTransfer, bulkTransfers, bulkTransfer, internalTransfer, multiTransferRequest,
         * internationalTransfer, internationalQuote, internationalBeneficiary, internationalBeneficiaries,
         * externalTransfers, externalTransfer, legacyBeneficiaries, legacyBeneficiary, attachment,
         * transactionAttachments, transactionAttachment, supplierInvoices, supplierInvoice, insuranceContract,
         * oauthConsent, embedAuthLink, encodedRequest, webhookSubscriptions, webhookSubscription, scaSession, accounts,
         * organizations, consent-revocations, terminal-payments.</p>
         *
         * @param componentName to use a custom component name for the endpoint instead of the default name
         * @param path resource
         * @return the dsl builder
         */
        default QontoEndpointBuilder qonto(String componentName, String path) {
            return QontoEndpointBuilderFactory.endpointBuilder(componentName, path);
        }
    }

    /**
     * The builder of headers' name for the Qonto component.
     */
    public static final class QontoHeaderNameBuilder {

        private static final QontoHeaderNameBuilder INSTANCE = new QontoHeaderNameBuilder();

        private QontoHeaderNameBuilder() {
        }

        /**
         * The operation to perform (list, get, create, update, cancel, downloadProof, verifyPayee, approve, decline,
         * untrust); overrides the operation option.
         *
         * <p>The header is a: {@code String} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoOperation}
         */
        public String qontoOperation() {
            return "CamelQontoOperation";
        }

        /**
         * The id of the Qonto object: set on consumed items and on producer results; read by operations on one object
         * (get, update, cancel, downloadProof, approve, decline, untrust).
         *
         * <p>The header is a: {@code String} type. Group: common.</p>
         *
         * @return the name of the header, {@code CamelQontoId}
         */
        public String qontoId() {
            return "CamelQontoId";
        }

        /**
         * The resource the consumed item comes from, e.g. requests or transactions.
         *
         * <p>The header is a: {@code String} type. Group: consumer.</p>
         *
         * @return the name of the header, {@code CamelQontoResource}
         */
        public String qontoResource() {
            return "CamelQontoResource";
        }

        /**
         * The value of the item's cursor field (e.g. its updated_at): once the item is processed, the consumer resumes
         * from there.
         *
         * <p>The header is a: {@code java.time.Instant} type. Group: consumer.</p>
         *
         * @return the name of the header, {@code CamelQontoCursor}
         */
        public String qontoCursor() {
            return "CamelQontoCursor";
        }

        /**
         * The status of the consumed item or of the producer's result.
         *
         * <p>The header is a: {@code String} type. Group: common.</p>
         *
         * @return the name of the header, {@code CamelQontoStatus}
         */
        public String qontoStatus() {
            return "CamelQontoStatus";
        }

        /**
         * The type of an approval request (transfer, multi_transfer, flash_card, virtual_card): set on consumed
         * requests, read by approve and decline.
         *
         * <p>The header is a: {@code String} type. Group: common.</p>
         *
         * @return the name of the header, {@code CamelQontoRequestType}
         */
        public String qontoRequestType() {
            return "CamelQontoRequestType";
        }

        /**
         * The side of a consumed transaction: credit or debit.
         *
         * <p>The header is a: {@code String} type. Group: consumer.</p>
         *
         * @return the name of the header, {@code CamelQontoSide}
         */
        public String qontoSide() {
            return "CamelQontoSide";
        }

        /**
         * approve: the IBAN of the account to debit; overrides the debitIban option.
         *
         * <p>The header is a: {@code String} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoDebitIban}
         */
        public String qontoDebitIban() {
            return "CamelQontoDebitIban";
        }

        /**
         * decline: the reason given to the requester; overrides the declinedNote option.
         *
         * <p>The header is a: {@code String} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoDeclinedNote}
         */
        public String qontoDeclinedNote() {
            return "CamelQontoDeclinedNote";
        }

        /**
         * markAsPaid (client invoices): the day the invoice was paid, ISO-8601; overrides the paidAt option. Today when
         * neither is set.
         *
         * <p>The header is a: {@code String} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoPaidAt}
         */
        public String qontoPaidAt() {
            return "CamelQontoPaidAt";
        }

        /**
         * The idempotency key of a write Qonto wants idempotent. Set it to choose the key; otherwise the producer sets
         * it before sending, so a redelivery or an SCA replay of the same exchange reuses it. Removed once the write
         * succeeded.
         *
         * <p>The header is a: {@code String} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoIdempotencyKey}
         */
        public String qontoIdempotencyKey() {
            return "CamelQontoIdempotencyKey";
        }

        /**
         * true when a write was not sent because the writeRepository records that its idempotency key already
         * succeeded: the body and headers are the recorded answer. Removed after a write that was sent.
         *
         * <p>The header is a: {@code Boolean} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoReplayed}
         */
        public String qontoReplayed() {
            return "CamelQontoReplayed";
        }

        /**
         * The token of an SCA session. With scaMode=fail the producer sets it when Qonto asks for SCA; an exchange that
         * carries it (and the same CamelQontoIdempotencyKey) replays the write once the session is allowed. Removed
         * once the write succeeded.
         *
         * <p>The header is a: {@code String} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoScaSessionToken}
         */
        public String qontoScaSessionToken() {
            return "CamelQontoScaSessionToken";
        }

        /**
         * The Verification of Payee proof token: set by verifyPayee, read by sepaTransfer create (which otherwise
         * verifies the payee itself).
         *
         * <p>The header is a: {@code String} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoVopProofToken}
         */
        public String qontoVopProofToken() {
            return "CamelQontoVopProofToken";
        }

        /**
         * verifyPayee: the match result, e.g. MATCH_RESULT_MATCH or MATCH_RESULT_CLOSE_MATCH.
         *
         * <p>The header is a: {@code String} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoMatchResult}
         */
        public String qontoMatchResult() {
            return "CamelQontoMatchResult";
        }

        /**
         * list: the number of items Qonto reports for the query, when it reports one.
         *
         * <p>The header is a: {@code Integer} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoTotalCount}
         */
        public String qontoTotalCount() {
            return "CamelQontoTotalCount";
        }

        /**
         * list: the number of pages fetched.
         *
         * <p>The header is a: {@code Integer} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoPagesFetched}
         */
        public String qontoPagesFetched() {
            return "CamelQontoPagesFetched";
        }

        /**
         * list: true when the listing stopped at maxPages while Qonto had more pages.
         *
         * <p>The header is a: {@code Boolean} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoTruncated}
         */
        public String qontoTruncated() {
            return "CamelQontoTruncated";
        }

        /**
         * Query parameters for this message only, by Camel or Qonto name (status or status), overriding the endpoint's;
         * checked like the URI's.
         *
         * <p>The header is a: {@code java.util.Map} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoQuery}
         */
        public String qontoQuery() {
            return "CamelQontoQuery";
        }

        /**
         * sepaBeneficiary untrust: the beneficiaries to untrust, a comma list of ids (else the body, else
         * CamelQontoId).
         *
         * <p>The header is a: {@code String} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoIds}
         */
        public String qontoIds() {
            return "CamelQontoIds";
        }

        /**
         * An item that cannot be read into its model: Qonto's JSON of it, on the failed exchange handed to the error
         * handler (a dead letter channel, with bridgeErrorHandler=true).
         *
         * <p>The header is a: {@code String} type. Group: consumer.</p>
         *
         * @return the name of the header, {@code CamelQontoRawJson}
         */
        public String qontoRawJson() {
            return "CamelQontoRawJson";
        }

        /**
         * On an item of a collection consumed without a cursor (cards, teams, memberships, ...): new when it was not
         * delivered before, changed when it was, with other content.
         *
         * <p>The header is a: {@code String} type. Group: consumer.</p>
         *
         * @return the name of the header, {@code CamelQontoChange}
         */
        public String qontoChange() {
            return "CamelQontoChange";
        }

        /**
         * Webhooks: the id of the event Qonto delivered, the same on each of its retries; absent on items the gap-fill
         * poll found.
         *
         * <p>The header is a: {@code String} type. Group: consumer.</p>
         *
         * @return the name of the header, {@code CamelQontoEventId}
         */
        public String qontoEventId() {
            return "CamelQontoEventId";
        }

        /**
         * Webhooks: the event's type, its topic, e.g. v1/transactions.
         *
         * <p>The header is a: {@code String} type. Group: consumer.</p>
         *
         * @return the name of the header, {@code CamelQontoEventType}
         */
        public String qontoEventType() {
            return "CamelQontoEventType";
        }

        /**
         * Webhooks: the event's name, e.g. created or updated.
         *
         * <p>The header is a: {@code String} type. Group: consumer.</p>
         *
         * @return the name of the header, {@code CamelQontoEventName}
         */
        public String qontoEventName() {
            return "CamelQontoEventName";
        }

        /**
         * Webhooks: when the event happened, as Qonto says.
         *
         * <p>The header is a: {@code java.time.Instant} type. Group: consumer.</p>
         *
         * @return the name of the header, {@code CamelQontoEventCreatedAt}
         */
        public String qontoEventCreatedAt() {
            return "CamelQontoEventCreatedAt";
        }

        /**
         * Uploads (attachments, supplier invoices, insurance documents): the name Qonto stores the file under;
         * overrides the fileName option and CamelFileName.
         *
         * <p>The header is a: {@code String} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoFileName}
         */
        public String qontoFileName() {
            return "CamelQontoFileName";
        }

        /**
         * Uploads: the file's media type (application/pdf, image/jpeg, image/png); overrides the contentType option and
         * Content-Type.
         *
         * <p>The header is a: {@code String} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoContentType}
         */
        public String qontoContentType() {
            return "CamelQontoContentType";
        }

        /**
         * transactionAttachment delete, insuranceContract removeDocument: the attachment or document removed
         * (CamelQontoId names the transaction or the contract).
         *
         * <p>The header is a: {@code String} type. Group: producer.</p>
         *
         * @return the name of the header, {@code CamelQontoAttachmentId}
         */
        public String qontoAttachmentId() {
            return "CamelQontoAttachmentId";
        }
    }

    /**
     * The builder of an endpoint of the component registered under {@code componentName}; routes reach it through
     * {@link QontoBuilders}.
     *
     * @param componentName the name the component is registered under
     * @param path the endpoint's path
     * @return the dsl builder
     */
    static QontoEndpointBuilder endpointBuilder(String componentName, String path) {
        class QontoEndpointBuilderImpl extends AbstractEndpointBuilder
                implements QontoEndpointBuilder, AdvancedQontoEndpointBuilder {
            QontoEndpointBuilderImpl(String path) {
                super(componentName, path);
            }

            // IBANs anywhere (query.* options, text) masked as the component's endpoints print
            // them, then the options the catalog marks secret (credentials, IBANs) hidden whole; in
            // the encoded URI, where no value holds an '&' that would end its masking early
            @Override
            public String toString() {
                return io.camelqonto.component.UriMasking.mask(getUri(null)).replaceAll("(?<=[?&])(debitIban|iban|ibans|accessToken|clientSecret|refreshToken|secretKey|stagingToken|webhookSecret)=[^&]*", "$1=xxxxxx");
            }
        }
        return new QontoEndpointBuilderImpl(path);
    }
}
