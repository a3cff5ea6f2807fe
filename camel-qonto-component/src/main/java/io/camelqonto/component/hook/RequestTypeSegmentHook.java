package io.camelqonto.component.hook;

import io.camelqonto.model.ApprovalRequest;

/** Approve and decline URLs name the request type in the plural ({@code transfers}); users write either form. */
final class RequestTypeSegmentHook implements OperationHook {

    private static final String REQUEST_TYPE = "request_type";

    @Override
    public void beforeSend(WriteContext write) {
        write.pathValues().computeIfPresent(REQUEST_TYPE, (name, type) -> ApprovalRequest.pathSegment(type));
    }
}
