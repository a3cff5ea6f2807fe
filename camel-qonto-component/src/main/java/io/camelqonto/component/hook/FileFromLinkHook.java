package io.camelqonto.component.hook;

import io.camelqonto.model.FileLink;

/** The file behind a resource's pre-signed link becomes the result, streamed (a statement's PDF). */
final class FileFromLinkHook implements OperationHook {

    @Override
    public Object afterResult(HookContext context, Object result) {
        if (!(result instanceof FileLink link)) {
            throw new IllegalStateException("the result " + result + " has no file link");
        }
        return context.client().download(link);
    }
}
