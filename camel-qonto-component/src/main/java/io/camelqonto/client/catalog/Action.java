package io.camelqonto.client.catalog;

/**
 * What an operation does to its resource. With the resource it names one operation of the catalog; in Camel it is
 * the value of the {@code operation} option and of the {@code CamelQontoOperation} header.
 */
public enum Action {
    list,
    get,
    create,
    update,
    cancel,
    downloadProof,
    downloadFile,
    verifyPayee,
    approve,
    decline,
    untrust,
    allow,
    delete,

    // ---- cards, card requests, memberships, teams, business accounts ----
    bulkCreate,
    getIframeUrl,
    lock,
    unlock,
    reportLost,
    reportStolen,
    discard,
    updateLimits,
    updateRestrictions,
    updateOptions,
    updateNickname,
    createFlashCard,
    createVirtualCard,
    invite,
    close,
    downloadIbanCertificate,


    // ---- clients, client invoices, credit notes, quotes, payment links ----
    finalize,
    send,
    markAsPaid,
    unmarkAsPaid,
    deactivate,
    paymentMethods,


    // ---- transfers: recurring, bulk, internal, international, legacy, payee verification ----
    trust,
    verifyPayees,
    skipPayeeVerification,
    checkout,
    requirements,
    eligibility,
    currencies,


    // ---- attachments, supplier invoices, insurance, authentication, embed ----
    upload,
    deleteAll,
    uploadDocument,
    removeDocument,
    revoke,
    dispatch,


    // ---- webhook subscriptions ----

}
