package io.camelqonto.client;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The quiet connections behave like HttpClient's own, over plain sockets and TLS alike. */
class QuietConnectionFactoryTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort())
            .build();

    private static ClassicHttpResponse exchange(ManagedHttpClientConnection connection) throws Exception {
        BasicClassicHttpRequest request = new BasicClassicHttpRequest("GET", "/ping");
        request.addHeader("Host", "localhost");
        connection.sendRequestHeader(request);
        connection.flush();
        ClassicHttpResponse response = connection.receiveResponseHeader();
        connection.receiveResponseEntity(response);
        return response;
    }

    @Test
    void talksHttpOverAPlainSocket() throws Exception {
        wm.stubFor(get("/ping").willReturn(okJson("{}")));
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("localhost", wm.getPort()));

        ManagedHttpClientConnection connection = QuietConnectionFactory.INSTANCE.createConnection(socket);
        assertThat(connection.getSocket()).isSameAs(socket);
        assertThat(exchange(connection).getCode()).isEqualTo(200);
        assertThat(connection.getSSLSession()).isNull();

        connection.close();
        connection.close();
        assertThat(connection.isOpen()).isFalse();
        assertThat(socket.isClosed()).isTrue();
    }

    @Test
    void talksHttpOverTlsAfterTheUpgrade() throws Exception {
        wm.stubFor(get("/ping").willReturn(okJson("{}")));
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress("localhost", wm.getHttpsPort()));
        ManagedHttpClientConnection connection = QuietConnectionFactory.INSTANCE.createConnection(plain);

        // the way HttpClient's connection operator upgrades a connection
        SSLSocket tls = (SSLSocket) trustingContext().getSocketFactory().createSocket(plain, "localhost",
                wm.getHttpsPort(), true);
        tls.startHandshake();
        connection.bind(tls, plain);

        assertThat(connection.getSocket()).isSameAs(tls);
        assertThat(connection.getSSLSession()).isNotNull();
        assertThat(exchange(connection).getCode()).isEqualTo(200);
        connection.close();
    }

    @Test
    void anIdleConnectionWaitsWithoutTimeoutAndGetsItsTimeoutBackWhenReused() throws Exception {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("localhost", wm.getPort()));
        ManagedHttpClientConnection connection = QuietConnectionFactory.INSTANCE.createConnection(socket);

        connection.setSocketTimeout(Timeout.ofSeconds(7));
        connection.passivate();
        assertThat(connection.getSocketTimeout()).isEqualTo(Timeout.ZERO_MILLISECONDS);
        connection.activate();
        assertThat(connection.getSocketTimeout()).isEqualTo(Timeout.ofSeconds(7));
        connection.close();
    }

    /** WireMock's certificate is self-signed; this test is about the connection, not about trust. */
    private static SSLContext trustingContext() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
