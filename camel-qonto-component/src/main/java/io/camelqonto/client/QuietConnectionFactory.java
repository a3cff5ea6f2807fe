package io.camelqonto.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Creates HTTP connections that never log what they send or receive.
 * <p>
 * HttpClient's own connections write every request header (the {@code Authorization} header and
 * the staging token included) to the {@code org.apache.hc.client5.http.headers} logger, and every
 * byte (OAuth form bodies with the client secret and refresh token included) to
 * {@code org.apache.hc.client5.http.wire}, as soon as someone turns those loggers to DEBUG. A
 * logging configuration is not ours to control, so this client's connections simply have no such
 * logging: they behave like HttpClient's default connections otherwise.
 */
final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    static final QuietConnectionFactory INSTANCE = new QuietConnectionFactory();

    private QuietConnectionFactory() {
    }

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        QuietConnection connection = new QuietConnection();
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    /** HttpClient's default managed connection minus its header and wire logging. */
    static final class QuietConnection extends DefaultBHttpClientConnection implements ManagedHttpClientConnection {

        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile Timeout socketTimeout;

        QuietConnection() {
            super(Http1Config.DEFAULT, null, null, null, null, null, null, DefaultHttpResponseParserFactory.INSTANCE);
        }

        @Override
        public void bind(Socket socket) throws IOException {
            bind(new SocketHolder(socket), socket);
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bind(new SocketHolder(sslSocket, socket), sslSocket);
        }

        private void bind(SocketHolder holder, Socket effective) throws IOException {
            if (closed.get()) {
                // the pool shut down while this connection was being opened
                effective.close();
                throw new InterruptedIOException("Connection already shut down");
            }
            super.bind(holder);
            socketTimeout = Timeout.ofMilliseconds(effective.getSoTimeout());
        }

        @Override
        public Socket getSocket() {
            SocketHolder holder = getSocketHolder();
            return holder == null ? null : holder.getSocket();
        }

        @Override
        public void setSocketTimeout(Timeout timeout) {
            super.setSocketTimeout(timeout);
            socketTimeout = timeout;
        }

        /** Idle in the pool: wait without timeout so that the pool's own checks decide when it is stale. */
        @Override
        public void passivate() {
            super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
        }

        @Override
        public void activate() {
            super.setSocketTimeout(socketTimeout);
        }

        @Override
        public void close() throws IOException {
            if (closed.compareAndSet(false, true)) {
                super.close();
            }
        }

        @Override
        public void close(CloseMode closeMode) {
            if (closed.compareAndSet(false, true)) {
                super.close(closeMode);
            }
        }
    }
}
