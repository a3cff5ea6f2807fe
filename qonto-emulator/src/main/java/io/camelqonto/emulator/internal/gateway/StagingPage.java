package io.camelqonto.emulator.internal.gateway;

import io.camelqonto.emulator.internal.http.ApiResponse;

/**
 * What Qonto's sandbox answers a call without the right {@code X-Qonto-Staging-Token}: not an API error but
 * the HTML sign-in page of its single sign-on provider, with status 200.
 */
final class StagingPage {

    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>OneLogin</title></head>
            <body>
            <div id="root"><h1>Sign in to Qonto</h1>
            <form method="post" action="https://qonto.onelogin.com/login">
            <label>Username <input name="username" type="text"></label>
            <button type="submit">Continue</button>
            </form></div>
            </body>
            </html>
            """;

    private StagingPage() {
    }

    static ApiResponse response() {
        return ApiResponse.text(200, "text/html; charset=utf-8", HTML);
    }
}
