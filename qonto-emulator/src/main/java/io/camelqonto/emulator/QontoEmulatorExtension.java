package io.camelqonto.emulator;

import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link QontoEmulator} for a test class: started before the first test, reset before each test
 * (unless turned off), stopped after the last one. Tests and lifecycle methods get it as a parameter.
 *
 * <pre>{@code
 * @ExtendWith(QontoEmulatorExtension.class)
 * class MyRouteTest {
 *     @Test
 *     void sendsTheTransfer(QontoEmulator qonto) { ... }
 * }
 *
 * class MyOtherTest {
 *     @RegisterExtension
 *     static QontoEmulatorExtension qonto = QontoEmulatorExtension.builder()
 *             .configure(emulator -> emulator.seed(7)).build();
 *     ...  qonto.emulator().baseUrl() ...
 * }
 * }</pre>
 */
public final class QontoEmulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private final Consumer<QontoEmulator.Builder> configuration;
    private final boolean resetBeforeEach;
    private QontoEmulator emulator;
    /** The class whose lifecycle started the emulator; nested classes share it and must not stop it. */
    private String owner;

    /** Default settings; the constructor {@code @ExtendWith} uses. */
    public QontoEmulatorExtension() {
        this(emulator -> { }, true);
    }

    private QontoEmulatorExtension(Consumer<QontoEmulator.Builder> configuration, boolean resetBeforeEach) {
        this.configuration = configuration;
        this.resetBeforeEach = resetBeforeEach;
    }

    /** {@return a builder for an extension with other settings, for {@code @RegisterExtension}} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the running emulator} */
    public QontoEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("The emulator starts before the first test of the class");
        }
        return emulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (emulator == null) {
            QontoEmulator.Builder builder = QontoEmulator.builder();
            configuration.accept(builder);
            emulator = builder.start();
            owner = context.getUniqueId();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (emulator != null && context.getUniqueId().equals(owner)) {
            emulator.stop();
            emulator = null;
            owner = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (resetBeforeEach) {
            emulator().reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == QontoEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return emulator();
    }

    /** Configures a {@link QontoEmulatorExtension} for {@code @RegisterExtension}. */
    public static final class Builder {

        private Consumer<QontoEmulator.Builder> configuration = emulator -> { };
        private boolean resetBeforeEach = true;

        private Builder() {
        }

        /**
         * Settings of the emulator, e.g. {@code emulator -> emulator.seed(7).stagingToken("s3cr3t")}.
         *
         * @param configuration applied to the emulator's builder before it starts
         * @return this builder
         */
        public Builder configure(Consumer<QontoEmulator.Builder> configuration) {
            this.configuration = Objects.requireNonNull(configuration, "configuration");
            return this;
        }

        /**
         * Whether each test starts from the seeded state (default true).
         *
         * @param resetBeforeEach false to let a test see what the previous ones left
         * @return this builder
         */
        public Builder resetBeforeEach(boolean resetBeforeEach) {
            this.resetBeforeEach = resetBeforeEach;
            return this;
        }

        /** {@return the extension} */
        public QontoEmulatorExtension build() {
            return new QontoEmulatorExtension(configuration, resetBeforeEach);
        }
    }
}
