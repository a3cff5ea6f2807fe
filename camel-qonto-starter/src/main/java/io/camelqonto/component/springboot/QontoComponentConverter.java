package io.camelqonto.component.springboot;

import java.util.LinkedHashSet;
import java.util.Set;

import io.camelqonto.client.QontoClient;
import io.camelqonto.client.RateLimiter;
import io.camelqonto.client.auth.TokenStore;
import io.camelqonto.client.webhook.WebhookSecretStore;
import io.camelqonto.component.QontoConfiguration;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Lets the bean-typed options be given as references to Spring beans, e.g.
 * {@code camel.component.qonto.state-repository=#bean:ledgerState} or {@code camel.component.qonto.rate-limiter=#bean:qontoBudget}
 * ({@code #name} works too).
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
public class QontoComponentConverter implements GenericConverter {

    private static final Set<Class<?>> BEAN_TYPES
            = Set.of(QontoConfiguration.class, QontoClient.class, TokenStore.class, StateRepository.class,
                    RateLimiter.class, WebhookSecretStore.class, IdempotentRepository.class);

    private final ApplicationContext applicationContext;

    /** @param applicationContext where the referenced beans are looked up */
    public QontoComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> pairs = new LinkedHashSet<>();
        for (Class<?> type : BEAN_TYPES) {
            pairs.add(new ConvertiblePair(String.class, type));
        }
        return pairs;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString();
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException("A " + targetType.getType().getSimpleName()
                    + " option takes a bean reference such as #bean:name, not '" + reference + "'");
        }
        String name = reference.startsWith("#bean:") ? reference.substring("#bean:".length()) : reference.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }
}
