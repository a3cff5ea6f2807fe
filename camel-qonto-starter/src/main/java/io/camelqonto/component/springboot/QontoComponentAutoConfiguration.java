package io.camelqonto.component.springboot;

import java.util.Map;

import io.camelqonto.component.QontoComponent;
import io.camelqonto.component.QontoConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies {@code camel.component.qonto.*} to the {@code qonto} component when Camel creates it. The properties go
 * through the component's generated configurer, which is what lets flat names such as {@code login} reach the
 * nested configuration. {@code camel.component.qonto.enabled=false} (or {@code camel.component.enabled=false})
 * turns this off; so does {@code camel.component.qonto.customizer.enabled=false} for the customizer alone.
 */
@AutoConfiguration(after = {CamelAutoConfiguration.class, QontoComponentConverter.class})
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, QontoComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.qonto"})
public class QontoComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final QontoComponentConfiguration configuration;

    /**
     * @param applicationContext the application, where bean references of the properties are looked up
     * @param camelContext       the Camel context the component belongs to
     * @param configuration      the {@code camel.component.qonto.*} properties
     */
    public QontoComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
            QontoComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    /** {@return the customizer that applies the properties to the {@code qonto} component when Camel creates it} */
    @Lazy
    @Bean
    public ComponentCustomizer configureQontoComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                Map<String, Object> properties = CamelPropertiesHelper.getNonNullProperties(camelContext, configuration);
                // The flat options are set on the component's configuration object, so a configuration bean must
                // be in place before them: bound in the map's hash order it could replace what was set before it.
                // It is copied, so that the flat options do not change a bean the application may use elsewhere.
                if (properties.remove("configuration") instanceof QontoConfiguration base) {
                    ((QontoComponent) target).setConfiguration(base.copy());
                }
                CamelPropertiesHelper.setCamelProperties(camelContext, target, properties, false);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.qonto.customizer") && target instanceof QontoComponent;
            }
        };
    }
}
