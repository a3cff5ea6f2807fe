package io.camelqonto.client.catalog;

/**
 * What an operation does to its resource. With the resource it names one operation of the catalog; in Camel it is
 * the value of the {@code operation} option and of the {@code CamelQontoOperation} header.
 */
public enum Action {
    /** Reads a collection, page by page; the action of a consumer. */
    list,
    /** Reads one object, by id unless the resource is a single object of the organization or user. */
    get,
    /** Creates an object, from the message body or from the operation's named inputs. */
    create,
    /** Changes an object, from the message body or from the operation's named inputs. */
    update,
    /** Cancels a transfer or invoice that has not gone through yet. */
    cancel,
    /** Downloads the proof of a SEPA transfer, as a PDF. */
    downloadProof,
    /** Downloads the file behind an object's pre-signed link, a statement's or an attachment's. */
    downloadFile,
    /** Verification of Payee: checks that a name matches the holder of an IBAN before a transfer. */
    verifyPayee,
    /** Approves a pending approval request. */
    approve,
    /** Declines a pending approval request. */
    decline,
    /** Withdraws trust from beneficiaries, so that transfers to them need Strong Customer Authentication again. */
    untrust,
    /** Sandbox only: approves a pending Strong Customer Authentication session. */
    allow,
    /** Deletes an object for good. */
    delete,

    // ---- cards, card requests, memberships, teams, business accounts ----
    /** Creates several objects in one call: cards, or supplier invoices from uploaded files. */
    bulkCreate,
    /** Reads the link of a page showing a card's number, expiry and CVV, for an iframe. */
    getIframeUrl,
    /** Locks a card until it is unlocked. */
    lock,
    /** Unlocks a locked card. */
    unlock,
    /** Reports a physical card as lost, which blocks it for good. */
    reportLost,
    /** Reports a physical card as stolen, which blocks it for good. */
    reportStolen,
    /** Discards a virtual or flash card, which blocks it for good. */
    discard,
    /** Changes a card's spending and withdrawal limits. */
    updateLimits,
    /** Changes the days and merchant categories a card may pay on. */
    updateRestrictions,
    /** Allows or forbids a card's cash withdrawals, contactless, online and foreign payments. */
    updateOptions,
    /** Renames a card. */
    updateNickname,
    /** Asks for a flash card, for a reviewer to approve. */
    createFlashCard,
    /** Asks for a virtual card, for a reviewer to approve. */
    createVirtualCard,
    /** Invites a member to the organization. */
    invite,
    /** Closes a business account. */
    close,
    /** Downloads the IBAN certificate of a business account, as a PDF. */
    downloadIbanCertificate,


    // ---- clients, client invoices, credit notes, quotes, payment links ----
    /** Finalizes a draft client invoice, which gives it its number. */
    finalize,
    /** E-mails a client invoice or a quote. */
    send,
    /** Marks a client invoice as paid. */
    markAsPaid,
    /** Sets a paid client invoice back to unpaid. */
    unmarkAsPaid,
    /** Deactivates an open payment link. */
    deactivate,
    /** Lists the payment methods a payment link can offer. */
    paymentMethods,


    // ---- transfers: recurring, bulk, internal, international, legacy, payee verification ----
    /** Trusts beneficiaries, so that transfers to them need no Strong Customer Authentication. */
    trust,
    /** Bulk Verification of Payee: one proof for the payees of a bulk transfer. */
    verifyPayees,
    /** Gets the proof a bulk transfer needs while leaving its payees unverified. */
    skipPayeeVerification,
    /** Sends legacy transfers to beneficiaries given by IBAN. */
    checkout,
    /** Lists the details an international beneficiary or transfer must give. */
    requirements,
    /** Tells whether the organization may send international transfers. */
    eligibility,
    /** Lists the currencies international transfers can be sent in. */
    currencies,


    // ---- attachments, supplier invoices, insurance, authentication, embed ----
    /** Uploads a file, the message body. */
    upload,
    /** Removes every attachment of a transaction. */
    deleteAll,
    /** Uploads a document to an insurance contract. */
    uploadDocument,
    /** Removes a document from an insurance contract. */
    removeDocument,
    /** Revokes the user's consent to the application, which ends all its tokens. */
    revoke,
    /** Forwards a request encoded by Qonto's client SDK and hands back its encoded answer. */
    dispatch,


    // ---- webhook subscriptions ----

}
